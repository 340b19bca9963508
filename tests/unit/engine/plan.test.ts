// @vitest-environment node
/**
 * The plan (src/engine/plan.ts) as a data table: applicants of the carried case table
 * (./projection-cases.ts) under a projection, and the lines they get — what to do by when, each with
 * its clause. Edge cases first: a date exactly on the cut-off, a year already over, planned hours.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess'
import type { Answers } from '../../../src/engine/answers'
import type { RulePack } from '../../../src/engine/pack'
import { plan, type PlanLine } from '../../../src/engine/plan'
import { pack as ningbo } from '../../../src/policy/ningbo-2024-187'
import { projectPack } from '../../../src/policy/projection'
import { applyPatch } from './cases'
import { carriedBases } from './projection-cases'

const base = ningbo as RulePack<string>

interface Row {
  name: string
  year: number
  today: string
  patch: Record<string, unknown>
  /** Lines that must be there (partial match, in any order). */
  has: Partial<PlanLine>[]
  /** Kinds that must not be there. */
  lacks?: PlanLine['kind'][]
}

const ROWS: Row[] = [
  {
    name: 'seniority reached exactly on the new cut-off: no seniority line; submit by 2027-08-21',
    year: 2027,
    today: '2026-12-01',
    patch: { titleDate: '2023-12-31' },
    has: [{ kind: 'submit', date: '2027-08-21', late: false, clauses: ['N2.1'] }],
    lacks: ['seniority', 'retirement', 'social-security', 'ce-hours'],
  },
  {
    name: 'seniority one day late: holds 2028-01-01, after the 2027 cut-off (not in time)',
    year: 2027,
    today: '2026-12-01',
    patch: {
      titleDate: '2024-01-01',
      exceptional: { '1': false, '2': false, '3': false, '4': false, '5': false, '6': false },
    },
    has: [{ kind: 'seniority', date: '2028-01-01', cutoff: '2027-12-31', inTime: false }],
  },
  {
    name: 'social security 11 months to 2026-12-31: reached 2027-01-31',
    year: 2026,
    today: '2026-03-01',
    patch: { socialSecurityMonths: 11 },
    has: [{ kind: 'social-security', date: '2027-01-31', inTime: false, clauses: ['N5.1.1'] }],
  },
  {
    name: 'retirement before the cut-off (reform: 2025-04-15), not deferred: deferral is the only way',
    year: 2025,
    today: '2024-12-01',
    patch: { birthDate: '1965-03-15', retirementDeferred: false },
    has: [{ kind: 'retirement', date: '2025-04-15', cutoff: '2025-12-31', deferred: false, clauses: ['N1.4'] }],
  },
  {
    name: 'retirement exactly on the cut-off (2026-12-31) is within the period',
    year: 2026,
    today: '2026-01-01',
    patch: { birthDate: '1966-07-31' },
    has: [{ kind: 'retirement', date: '2026-12-31', deferred: null }],
  },
  {
    name: 'retirement the day after the cut-off: no line',
    year: 2026,
    today: '2026-01-01',
    patch: { birthDate: '1966-08-01' },
    has: [],
    lacks: ['retirement'],
  },
  {
    name: 'CE: 2025 short by 10 professional hours (a past year by 2026-12-01, late); 2027 open until the online deadline',
    year: 2027,
    today: '2026-12-01',
    patch: { ceHours: { '2025': { professional: 50, public: 40 }, '2027': { professional: 0, public: 0 } } },
    has: [
      {
        kind: 'ce-hours',
        year: 2025,
        professional: 10,
        public: 0,
        total: 0,
        by: '2025-12-31',
        late: true,
        planned: false,
      },
      { kind: 'ce-hours', year: 2027, professional: 60, public: 18, total: 90, by: '2027-08-21', late: false },
    ],
  },
  {
    name: 'CE 2027 not answered: asked, and hours may still be planned',
    year: 2027,
    today: '2026-12-01',
    patch: { ceHours: { '2027': undefined } },
    has: [{ kind: 'ce-answer', year: 2027, planned: true, clauses: ['N4.2'] }],
  },
  {
    name: 'assessment 2026 not known yet: at least pass',
    year: 2027,
    today: '2026-12-01',
    patch: { assessments: { '2026': undefined } },
    has: [{ kind: 'assessment', years: [2026], passing: ['excellent', 'pass'], clauses: ['A1.5'] }],
  },
  {
    name: 'evidence (engineer, 4 years): window 2024-01-01 … 2027-12-31; 2021-01-01 … 2023-12-31 falls out',
    year: 2027,
    today: '2026-12-01',
    patch: {},
    has: [
      {
        kind: 'evidence',
        years: 4,
        from: '2024-01-01',
        dropsFrom: '2021-01-01',
        dropsUntil: '2023-12-31',
        clauses: ['N3.1'],
      },
    ],
  },
  {
    name: 'submit: the 2025 online deadline has passed on 2025-08-22',
    year: 2025,
    today: '2025-08-22',
    patch: {},
    has: [{ kind: 'submit', date: '2025-08-21', late: true }],
  },
]

describe('the plan for a projected round', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_n, row) => {
    const pack = projectPack(base, row.year)
    const answers = applyPatch(carriedBases(row.year).engineer, row.patch) as Answers
    const lines = plan(assess(answers, pack, { today: row.today }), pack, answers, row.today)
    for (const want of row.has) expect(lines).toContainEqual(expect.objectContaining(want))
    for (const kind of row.lacks ?? []) expect(lines.map((l) => l.kind)).not.toContain(kind)
    // Every line cites a clause of the pack and rests on the projection.
    for (const l of lines) {
      expect(l.clauses.length, l.kind).toBeGreaterThan(0)
      for (const c of l.clauses) expect(pack.clauses).toHaveProperty([c])
      expect(l.inferences).toContain('projection')
    }
  })

  it('no track: no plan', () => {
    const pack = projectPack(base, 2027)
    expect(plan(assess({ version: 3 }, pack), pack, { version: 3 }, '2026-12-01')).toEqual([])
  })
})
