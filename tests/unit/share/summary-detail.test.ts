// @vitest-environment node
/**
 * The summary's gaps are built from the engine's typed `detail` (not from message keys): for every
 * share link committed before that change (tests/fixtures/share/v1-links.json), today's engine and
 * summary builder, fed the same case, produce the same summary and the same link bytes.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assess } from '@/engine/assess'
import type { RulePack } from '@/engine/pack'
import { pack } from '@/policy/ningbo-2024-187'
import { encodeSummary } from '@/share/codec'
import { buildSummary, type Summary } from '@/share/summary'
import { CASES, answersOf } from '../engine/cases'

const FIXTURE = JSON.parse(readFileSync(new URL('../../fixtures/share/v1-links.json', import.meta.url), 'utf8')) as {
  generatedOn: string
  links: { case: string; displayName: string | null; payload: string; summary: Summary }[]
}
const p = pack as RulePack<string>

describe('summaries from the typed detail write the links the old code wrote', () => {
  it('covers gaps of every kind the link format has', () => {
    const kinds = new Set(FIXTURE.links.flatMap((l) => l.summary.requirements.map((r) => r.gap?.kind).filter(Boolean)))
    expect([...kinds].sort()).toEqual(
      [
        'ability',
        'assessment',
        'continuing-education',
        'discipline',
        'education-seniority',
        'exceptional',
        'public-institution',
        'retirement',
        'scope',
      ].sort(),
    )
  })

  it.each(FIXTURE.links.map((l) => [`${l.case}${l.displayName ? ' (named)' : ''}`, l] as const))('%s', (_n, link) => {
    const c = CASES.find((x) => x.name === link.case)
    expect(c, link.case).toBeDefined()
    const assessment = assess(answersOf(c!), pack, { today: FIXTURE.generatedOn })
    const done = new Set(assessment.checklist.map((m) => m.id).filter((_, i) => i % 2 === 0))
    const summary = buildSummary(
      assessment,
      p,
      { done },
      { generatedOn: FIXTURE.generatedOn, ...(link.displayName === null ? {} : { displayName: link.displayName }) },
    )
    expect(summary).toEqual(link.summary)
    expect(encodeSummary(summary, p)).toBe(link.payload)
  })
})
