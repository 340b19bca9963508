// @vitest-environment node
/**
 * The engine knows no notice: no value of the 2024 pack appears in src/engine's code (comments
 * apart: each requirement module is headed by the clauses and words it was written against).
 * Scanned: the document numbers and document ids, the pack's dates, material, deadline, inference
 * and clause ids, its track and specialty ids, and the thresholds and years that cannot be mistaken for arithmetic (≥ 13: small
 * counts such as 2, 4 or 12 are also plain arithmetic, e.g. months in a year).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ningbo2024 } from '../../../src/policy/ningbo-2024-187'
import { ASSESSMENT_GRADES, EDUCATION_LEVELS } from '../../../src/engine/types'
import * as vocabulary from '../../../src/engine/vocabulary'

/** The national vocabulary may stay in the engine (no rule depends on its values): not scanned. */
const VOCABULARY = new Set<string>([...EDUCATION_LEVELS, ...ASSESSMENT_GRADES])

/**
 * The answers format's data dictionary (src/engine/vocabulary.ts) is the one engine module that may
 * spell the track and specialty ids: it lists them for the file formats, and no rule reads them.
 */
const DICTIONARY_FILE = 'vocabulary.ts'
const DICTIONARY = new Set<string>([...vocabulary.TRACK_IDS, ...vocabulary.SPECIALTY_IDS])

const root = fileURLToPath(new URL('../../../src/engine/', import.meta.url))

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []
  })
}

/** The code without comments (strings kept). */
function code(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

function packStrings(): string[] {
  const out = new Set<string>([ningbo2024.id, ningbo2024.docNo, ningbo2024.date])
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) out.add(v)
      for (const m of v.matchAll(/[\u4e00-\u9fa5]+〔\d{4}〕\s*\d+\s*号/g)) out.add(m[0])
    } else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(ningbo2024)
  for (const id of Object.keys(ningbo2024.documents)) out.add(id)
  for (const m of ningbo2024.materials) out.add(m.id)
  for (const d of ningbo2024.deadlines) out.add(d.id)
  for (const id of Object.keys(ningbo2024.inferences)) out.add(id)
  for (const id of Object.keys(ningbo2024.clauses)) out.add(id)
  for (const id of Object.keys(ningbo2024.tracks)) out.add(id)
  for (const id of Object.keys(ningbo2024.specialties)) out.add(id)
  return [...out].filter((s) => !VOCABULARY.has(s))
}

function packNumbers(): number[] {
  const out = new Set<number>()
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'number' && v >= 13) out.add(v)
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k)
  }
  walk(ningbo2024.params)
  walk(ningbo2024.tracks)
  out.add(ningbo2024.year)
  return [...out]
}

/**
 * Allowed: the answers format's migration from v1 reads v1's `retirementAge` (60 / 55 / 50) to give
 * the retirement group — a fact of the old file format, not of a notice. Exact, so any other
 * literal (or these disappearing) fails.
 */
const PENDING: Record<string, number[]> = { 'answers.ts': [60, 55, 50, 60, 55, 50, 60, 55, 50, 60, 55, 50] }

describe('src/engine holds no value of a notice', () => {
  const sources = files(root).map((f) => ({ f: f.slice(root.length), text: code(readFileSync(f, 'utf8')) }))

  it('reads every engine module, the requirements too', () => {
    expect(sources.map((s) => s.f)).toEqual(expect.arrayContaining(['assess.ts', 'requirements/exceptional.ts']))
    expect(sources.length).toBeGreaterThan(20)
  })

  it('the data dictionary lists ids only: no rule, and nothing else of the pack', () => {
    expect(Object.keys(vocabulary).sort()).toEqual(
      ['CONDITION_IDS', 'SPECIALTY_IDS', 'TRACK_IDS', 'isSpecialtyId', 'isTrackId'].sort(),
    )
    // Every track and specialty the 2024 pack offers is a vocabulary id, so the scan below covers them.
    expect([...DICTIONARY]).toEqual(
      expect.arrayContaining([...Object.keys(ningbo2024.tracks), ...Object.keys(ningbo2024.specialties)]),
    )
    expect(packStrings()).toEqual(expect.arrayContaining(['senior-se', 'special-equipment', 'food-quality']))
    // Outside the dictionary, the engine's modules import the lists but never spell an id.
    const spelled = sources.filter(
      ({ f, text }) => f !== DICTIONARY_FILE && [...DICTIONARY].some((id) => text.includes(`'${id}'`)),
    )
    expect(spelled.map((s) => s.f)).toEqual([])
  })

  it('finds the scanner works: it sees the values in the pack’s own code', () => {
    const own = code(
      readFileSync(fileURLToPath(new URL('../../../src/policy/ningbo-2024-187/index.ts', import.meta.url)), 'utf8'),
    )
    expect(packStrings().filter((s) => own.includes(`'${s}'`)).length).toBeGreaterThan(40)
    expect(packNumbers().filter((n) => new RegExp(`\\b${n}\\b`).test(own))).toEqual(
      expect.arrayContaining([90, 60, 18, 2024]),
    )
  })

  it.each(packStrings().map((s) => [s] as const))('no %s', (s) => {
    for (const { f, text } of sources) {
      if (f === DICTIONARY_FILE && DICTIONARY.has(s)) continue
      // Ids are looked for as string literals (a word such as `counting` may name a field too).
      const quoted =
        /^[\w.-]+$/.test(s) && !/^\d{4}-/.test(s) ? new RegExp(`['"\`]${s.replace(/\./g, '\\.')}['"\`]`) : null
      if (quoted) expect(quoted.test(text), `${f} quotes clause ${s}`).toBe(false)
      else expect(text.includes(s), `${f} holds ${s}`).toBe(false)
    }
  })

  it('no threshold or year of the pack as a number literal', () => {
    const numbers = packNumbers()
    expect(numbers).toEqual(expect.arrayContaining([90, 60, 18, 15, 20, 2001, 2002, 2024]))
    for (const { f, text } of sources) {
      const literals = [
        ...text
          .replace(/\/\^[^\n]*?\$\/[a-z]*/g, '')
          .replace(/(['"`])(?:\\.|(?!\1).)*\1/g, "''")
          .matchAll(/\b\d+\b/g),
      ].map((m) => Number(m[0]))
      const found = literals.filter((n) => numbers.includes(n))
      expect(found, f).toEqual(PENDING[f] ?? [])
    }
  })
})
