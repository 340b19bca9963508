// @vitest-environment node
/**
 * What may import what (the folder READMEs in src/*). Every import of every module, `@/…` and
 * relative ones resolved to a top-level folder of src/, checked against the rules below.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = new URL('../../../src/', import.meta.url).pathname
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter(
  (f) => /\.(ts|vue)$/.test(f) && !f.endsWith('.d.ts'),
)

/** Each import of `file`: a folder of src/ (`engine`, `stores`, …) or a package name. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8')
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(([, spec]) => {
    if (spec!.startsWith('@/')) return spec!.slice(2).split('/')[0]!
    if (spec!.startsWith('.')) {
      const target = relative(SRC, normalize(join(SRC, dirname(file), spec!)))
      return target.includes('/') ? target.split('/')[0]! : target
    }
    return spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!
  })
}

const folder = (f: string) => (f.includes('/') ? f.split('/')[0]! : f)
const UI = ['vue', 'pinia', 'vant', 'vue-router', 'dexie']

/** [folder, what it must not import, why]. */
const RULES: [string, string[], string][] = [
  ['engine', [...UI, 'policy', 'flow', 'share', 'stores', 'components', 'pages', 'i18n', 'locales', 'db'], 'pure'],
  ['policy', [...UI, 'stores', 'components', 'pages', 'flow', 'share', 'db'], 'packs are data'],
  ['share', ['vue', 'pinia', 'vant', 'dexie', 'stores', 'components', 'pages', 'composables'], 'pure'],
  ['flow', ['pinia', 'vant', 'dexie', 'stores', 'components', 'pages', 'composables', 'db'], 'the flow as data'],
  ['checklist', [...UI, 'stores', 'components', 'pages', 'db'], 'plain functions'],
  ['backup', ['vue', 'pinia', 'vant', 'stores', 'components', 'pages'], 'used through the backup store'],
  ['db', ['pinia', 'vant', 'stores', 'components', 'pages'], 'the database only'],
  ['utils', ['engine', 'policy', 'stores', 'components', 'pages', 'db', 'flow', 'share', 'i18n'], 'no app knowledge'],
  ['stores', ['components', 'pages'], 'state, not UI'],
  ['composables', ['components', 'pages'], 'shared logic'],
  ['components', ['pages'], 'pages compose components'],
]

describe('layers', () => {
  it('reads the imports of every module', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(importsOf('stores/answers.ts')).toContain('db')
  })

  it.each(RULES)('%s imports none of its forbidden folders (%#)', (dir, forbidden, why) => {
    const bad = files
      .filter((f) => folder(f) === dir)
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => forbidden.includes(i))
          .map((i) => `${f} → ${i}`),
      )
    expect(bad, why).toEqual([])
  })

  it('only the router imports pages', () => {
    const bad = files
      .filter((f) => !['router', 'pages'].includes(folder(f)))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => i === 'pages')
          .map(() => f),
      )
    expect(bad).toEqual([])
  })
})
