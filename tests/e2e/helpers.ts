import { expect, type Page } from '@playwright/test'
import { AxeBuilder } from '@axe-core/playwright'

/** WCAG 2.0/2.1 A + AA and the WCAG 2.2 AA additions. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const

interface AxeOptions {
  /** CSS selectors to leave out of the scan (use sparingly, and say why). */
  exclude?: string[]
}

/**
 * Runs axe-core on the current page and fails with a readable list of violations:
 * rule, impact, help text, and the offending nodes with axe's own explanation.
 */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags([...AXE_TAGS])
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector)
  const { violations } = await builder.analyze()

  const report = violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => {
          const target = n.target.map(String).join(' ')
          const why = (n.failureSummary ?? '').replace(/\n/g, '\n        ')
          return `    - ${target}\n      ${n.html}\n        ${why}`
        })
        .join('\n')
      return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}`
    })
    .join('\n\n')

  // Compare rule ids only: the message above carries the details, without a 150-line object diff.
  expect(
    violations.map((v) => v.id),
    `axe found ${violations.length} violation(s) on ${page.url()}:\n\n${report}\n`,
  ).toEqual([])
}
