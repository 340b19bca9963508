/**
 * Shared by the share-link tests: summaries built from the engine's case table, and an independent
 * check that a Summary is in range (written without the module's own validator, so the fuzz tests
 * do not trust the code they test).
 */
import { assess } from '@/engine/assess'
import type { Answers } from '@/engine/answers'
import type { RulePack } from '@/engine/pack'
import { DEPARTMENT_TYPES, DISCIPLINE_ITEMS, PATHS, REQUIREMENT_IDS, type Assessment } from '@/engine/types'
import { SPECIALTY_IDS as SPECIALTIES, TRACK_IDS as TRACKS } from '@/engine/vocabulary'
import { pack } from '@/policy/ningbo-2024-187'
import { buildSummary, type Summary } from '@/share/summary'
import { CASES, answersOf, type EngineCase } from '../engine/cases'

export const SHARE_PACK = pack as RulePack<string>
export const TODAY = '2024-08-15'
export const CHINESE_40 = '欧阳'.concat('慧'.repeat(38))
export const ORIGIN = 'https://zhicheng-self-check.example.com'

export interface Built {
  c: EngineCase
  answers: Answers
  assessment: Assessment
  summary: Summary
}

/** Every other applicable item ticked (a realistic half-done list). */
export function someDone(a: Assessment): Set<string> {
  return new Set(a.checklist.map((c) => c.id).filter((_, i) => i % 2 === 0))
}

export function buildAll(displayName?: string, generatedOn = TODAY): Built[] {
  return CASES.map((c) => {
    const answers = answersOf(c)
    const assessment = assess(answers, pack, { today: generatedOn })
    const summary = buildSummary(
      assessment,
      SHARE_PACK,
      { done: someDone(assessment) },
      { generatedOn, ...(displayName === undefined ? {} : { displayName }) },
    )
    return { c, answers, assessment, summary }
  })
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const STATUS = ['met', 'not-met', 'needs-info', 'check', 'not-applicable']
const OVERALL = ['eligible', 'not-eligible', 'needs-info', 'check-provincial']
const okDate = (d: unknown) =>
  typeof d === 'string' &&
  DATE.test(d) &&
  !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
  new Date(`${d}T00:00:00Z`).toISOString().startsWith(d) &&
  d >= '2000-01-01' &&
  d <= '2100-12-31'
const sortedSubset = (xs: unknown, of: readonly unknown[]) =>
  Array.isArray(xs) && xs.every((x, i) => of.includes(x) && (i === 0 || of.indexOf(x) > of.indexOf(xs[i - 1])))

/** Problems with `s` as a summary of `p` (empty when none). Independent of src/share/summary.ts. */
export function rangeProblems(s: Summary, p: RulePack<string> = SHARE_PACK): string[] {
  const out: string[] = []
  const must = (cond: unknown, what: string) => {
    if (!cond) out.push(what)
  }
  must(s.packId === p.id, 'packId')
  must(s.track === null || TRACKS.includes(s.track), 'track')
  must(s.specialty === null || SPECIALTIES.includes(s.specialty), 'specialty')
  must(s.path === null || PATHS.includes(s.path), 'path')
  must(OVERALL.includes(s.overall), 'overall')
  must(okDate(s.generatedOn), 'generatedOn')
  must(s.eligibleFrom === null || (okDate(s.eligibleFrom) && s.overall === 'not-eligible'), 'eligibleFrom')
  if (s.displayName !== null) {
    const n = s.displayName
    must(typeof n === 'string' && n.length > 0 && n === n.trim(), 'name trimmed')
    must(Array.from(n).length <= 40 && new TextEncoder().encode(n).length <= 120, 'name length')
    must(
      !/[\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F\u200B\u2060\uFEFF\u061C]/u.test(n),
      'name invisible characters',
    )
    must(!/[\uD800-\uDFFF]/u.test(n), 'name lone surrogate')
  }
  const ids = p.materials.map((m) => m.id)
  must(sortedSubset(s.checklist.applicable, ids), 'applicable ids')
  must(sortedSubset(s.checklist.done, s.checklist.applicable), 'done ⊆ applicable')
  const reqs = s.track ? p.tracks[s.track]!.requirements : []
  must(s.requirements.length === reqs.length, 'requirement count')
  s.requirements.forEach((r, i) => {
    must(r.id === reqs[i] && REQUIREMENT_IDS.includes(r.id), `requirement ${i} id`)
    must(STATUS.includes(r.status), `${r.id} status`)
    must(r.holdsFrom === null || okDate(r.holdsFrom), `${r.id} holdsFrom`)
    const g = r.gap
    if (!g) return
    must(g.kind === r.id, `${r.id} gap kind`)
    if (g.kind === 'ability')
      must(
        sortedSubset(g.missing, [1, 2, 3, 4]) &&
          g.missing.length &&
          (g.department === null || DEPARTMENT_TYPES.includes(g.department)),
        'ability gap',
      )
    if (g.kind === 'exceptional')
      must(
        sortedSubset(g.held, [1, 2, 3, 4, 5, 6, 7]) && (g.gatewayFrom === null || okDate(g.gatewayFrom)),
        'exceptional gap',
      )
    if (g.kind === 'assessment')
      must(sortedSubset(g.years, p.params.assessmentYears.value) && g.years.length, 'assessment gap')
    if (g.kind === 'discipline') must(sortedSubset(g.items, DISCIPLINE_ITEMS) && g.items.length, 'discipline gap')
    if (g.kind === 'public-institution')
      must(sortedSubset(g.missing, ['withinPostRatio', 'approvedInPersonnelSystem']) && g.missing.length, 'pi gap')
    if (g.kind === 'continuing-education' && s.track) {
      must(
        sortedSubset(
          g.years.map((y) => y.year),
          p.tracks[s.track]!.ceYears.value,
        ) && g.years.length,
        'ce years',
      )
      must(
        g.years.every((y) => y.total || y.professional || y.public),
        'ce flags',
      )
    }
  })
  return out
}

/** Every number anywhere in a value (for the "no figures" privacy check). */
export function numbersIn(v: unknown): number[] {
  if (typeof v === 'number') return [v]
  if (Array.isArray(v)) return v.flatMap(numbersIn)
  if (v && typeof v === 'object') return Object.values(v).flatMap(numbersIn)
  return []
}
