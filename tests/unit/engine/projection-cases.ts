/**
 * The projection case tables: the applicants of the 2024 case table (./cases.ts BASES) carried to
 * the 2025, 2026 and 2027 rounds (src/policy/projection.ts), with the verdicts the carried-forward
 * rules imply at each boundary. Run by the same code as every pack's table (./packs.ts).
 *
 * Carried applicants: the 2024 bases, plus what a later round asks and they would answer for the
 * years it adds — CE hours 70 + 24 for every year to Y, assessments "pass" for every year to Y-1.
 * Cut-offs: 2025-12-31, 2026-12-31, 2027-12-31. Retirement: the 2025 reform (by month of birth).
 */
import type { Answers } from '../../../src/engine/answers'
import { BASES, type EngineCase } from './cases'

export const PROJECTION_YEARS = [2025, 2026, 2027] as const
export type ProjectionYear = (typeof PROJECTION_YEARS)[number]

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

/** The 2024 bases carried to `year`: hours and grades answered for the years the round adds. */
export function carriedBases(year: number): Record<EngineCase['base'], Answers> {
  const out = structuredClone(BASES)
  for (const a of Object.values(out)) {
    if (a.track === undefined) continue
    a.ceHours = {
      ...a.ceHours,
      ...Object.fromEntries(range(2025, year).map((y) => [String(y), { professional: 70, public: 24 }])),
    }
    if (a.assessments)
      a.assessments = { ...a.assessments, ...Object.fromEntries(range(2024, year - 1).map((y) => [String(y), 'pass'])) }
  }
  return out
}

const pe = (n: number[]) => Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [String(i), n.includes(i)]))

type Row = EngineCase & { year: ProjectionYear }

export const PROJECTION_CASES: Row[] = [
  // ── The carried applicants as they are ──
  ...PROJECTION_YEARS.flatMap((year): Row[] => [
    {
      year,
      name: `${year}: the engineer base, carried, is eligible on the normal route; the projection is an inference`,
      base: 'engineer',
      patch: {},
      expect: {
        overall: 'eligible',
        path: 'normal',
        inferences: ['projection', 'projection-retirement', 'counting'],
        eligibleFrom: null,
      },
    },
    {
      year,
      name: `${year}: the senior, special-equipment and principal bases stay "check the provincial document"`,
      base: 'senior-se',
      patch: {},
      expect: { overall: 'check-provincial', statuses: { 'continuing-education': 'met' } },
    },
    {
      year,
      name: `${year}: the empty applicant needs information`,
      base: 'empty',
      patch: {},
      expect: { overall: 'needs-info' },
    },
  ]),
  // ── Seniority reached exactly on the new cut-off (A1.3 counted to Y-12-31, N1.4) ──
  {
    year: 2025,
    name: '2025: bachelor, title 2021-12-31 → exactly 4 years on 2025-12-31',
    base: 'engineer',
    patch: { titleDate: '2021-12-31' },
    expect: { overall: 'eligible', path: 'normal', statuses: { 'education-seniority': 'met' } },
  },
  {
    year: 2025,
    name: '2025: bachelor, title 2022-01-01 → 3 years 11 months; holds from 2026-01-01',
    base: 'engineer',
    patch: { titleDate: '2022-01-01', exceptional: pe([]) },
    expect: {
      overall: 'not-eligible',
      statuses: { 'education-seniority': 'not-met' },
      holdsFrom: { 'education-seniority': '2026-01-01' },
      eligibleFrom: '2026-01-01',
    },
  },
  {
    year: 2026,
    name: '2026: bachelor, title 2022-12-31 → exactly 4 years on 2026-12-31',
    base: 'engineer',
    patch: { titleDate: '2022-12-31' },
    expect: { overall: 'eligible', path: 'normal', statuses: { 'education-seniority': 'met' } },
  },
  {
    year: 2026,
    name: '2026: bachelor, title 2023-01-01 → not yet; holds from 2027-01-01',
    base: 'engineer',
    patch: { titleDate: '2023-01-01', exceptional: pe([]) },
    expect: {
      overall: 'not-eligible',
      holdsFrom: { 'education-seniority': '2027-01-01' },
      eligibleFrom: '2027-01-01',
    },
  },
  {
    year: 2027,
    name: '2027: bachelor, title 2023-12-31 → exactly 4 years on 2027-12-31',
    base: 'engineer',
    patch: { titleDate: '2023-12-31' },
    expect: { overall: 'eligible', path: 'normal', statuses: { 'education-seniority': 'met' } },
  },
  {
    year: 2027,
    name: '2027: bachelor, title 2024-01-01 → not yet; holds from 2028-01-01',
    base: 'engineer',
    patch: { titleDate: '2024-01-01', exceptional: pe([]) },
    expect: {
      overall: 'not-eligible',
      holdsFrom: { 'education-seniority': '2028-01-01' },
      eligibleFrom: '2028-01-01',
    },
  },
  {
    year: 2027,
    name: '2027: leap-day title 2024-02-29, college, conditions 1 and 3: 3 years on 2027-02-28 → exceptional route',
    base: 'engineer',
    patch: {
      education: { level: 'college', year: 2015, obtainedIn: 'mainland' },
      titleDate: '2024-02-29',
      exceptional: pe([1, 3]),
    },
    expect: {
      overall: 'eligible',
      path: 'exceptional',
      statuses: { exceptional: 'met', 'education-seniority': 'not-applicable' },
    },
  },
  {
    year: 2026,
    name: '2026: the same leap-day applicant: 2 years 10 months, the gateway opens 2027-02-28',
    base: 'engineer',
    patch: {
      education: { level: 'college', year: 2015, obtainedIn: 'mainland' },
      titleDate: '2024-02-29',
      exceptional: pe([1, 3]),
    },
    expect: {
      overall: 'not-eligible',
      holdsFrom: { 'education-seniority': '2028-02-29', exceptional: '2027-02-28' },
      eligibleFrom: '2027-02-28',
    },
  },
  // ── CE years shifted (N4.2: Y-2…Y; special-equipment senior Y-4…Y) ──
  {
    year: 2025,
    name: '2025: CE 2023–2025; 2022 no longer counts (0 hours there is fine)',
    base: 'engineer',
    patch: { ceHours: { '2022': { professional: 0, public: 0 } } },
    expect: { overall: 'eligible', statuses: { 'continuing-education': 'met' } },
  },
  {
    year: 2025,
    name: '2025: CE 2025 unanswered → needs info, naming 2025',
    base: 'engineer',
    patch: { ceHours: { '2025': undefined } },
    expect: {
      overall: 'needs-info',
      statuses: { 'continuing-education': 'needs-info' },
      missing: { 'continuing-education': ['ceHours.2025.professional', 'ceHours.2025.public'] },
    },
  },
  {
    year: 2027,
    name: '2027: CE 2027 at 60 + 18 hours (short of 90 in all) → not met, the open year advised',
    base: 'engineer',
    patch: { ceHours: { '2027': { professional: 60, public: 18 } } },
    expect: {
      overall: 'not-eligible',
      statuses: { 'continuing-education': 'not-met' },
      advice: { 'continuing-education': ['advice.ce-current-year'] },
    },
  },
  {
    year: 2027,
    name: '2027: CE 2025 short → a past year',
    base: 'engineer',
    patch: { ceHours: { '2025': { professional: 59, public: 40 } } },
    expect: {
      overall: 'not-eligible',
      statuses: { 'continuing-education': 'not-met' },
      advice: { 'continuing-education': ['advice.ce-past-year'] },
    },
  },
  {
    year: 2025,
    name: '2025: special-equipment senior CE 2021–2025; 2020 no longer counts',
    base: 'senior-se',
    patch: { ceHours: { '2020': { professional: 0, public: 0 } } },
    expect: { overall: 'check-provincial', statuses: { 'continuing-education': 'met' } },
  },
  {
    year: 2027,
    name: '2027: special-equipment senior CE 2023–2027; 2023 unanswered → needs info',
    base: 'senior-se',
    patch: { ceHours: { '2023': undefined } },
    expect: {
      overall: 'needs-info',
      missing: { 'continuing-education': ['ceHours.2023.professional', 'ceHours.2023.public'] },
    },
  },
  // ── Assessment years shifted (A1.5: Y-3…Y-1) ──
  {
    year: 2025,
    name: '2025: assessments 2022–2024; 2021 "fail" no longer counts',
    base: 'engineer',
    patch: { assessments: { '2021': 'fail' } },
    expect: { overall: 'eligible', statuses: { assessment: 'met' }, inferences: ['assessment-years'] },
  },
  {
    year: 2026,
    name: '2026: assessment 2025 unanswered → needs info, naming 2025',
    base: 'engineer',
    patch: { assessments: { '2025': undefined } },
    expect: { overall: 'needs-info', missing: { assessment: ['assessments.2025'] } },
  },
  {
    year: 2026,
    name: '2026: assessment 2023 basic pass → not met',
    base: 'engineer',
    patch: { assessments: { '2023': 'basic-pass' } },
    expect: { overall: 'not-eligible', statuses: { assessment: 'not-met' }, inferences: ['basic-pass'] },
  },
  // ── Retirement: the reform rule in force on the new cut-off (N1.4), before / on / after ──
  {
    year: 2025,
    name: '2025: man born 1965-03-15: 60 y 1 m under the reform → 2025-04-15, before the cut-off; not deferred → not met',
    base: 'engineer',
    patch: { birthDate: '1965-03-15', retirementDeferred: false },
    expect: {
      overall: 'not-eligible',
      statuses: { retirement: 'not-met' },
      advice: { retirement: ['advice.retirement-deferral'] },
      inferences: ['projection-retirement'],
      eligibleFrom: null,
    },
  },
  {
    year: 2025,
    name: '2025: woman (worker post) born 1975-08-31: 50 y 4 m → exactly 2025-12-31, within the period → asks about deferral',
    base: 'engineer',
    patch: { birthDate: '1975-08-31', retirementGroup: 'woman-worker' },
    expect: { overall: 'needs-info', missing: { retirement: ['retirementDeferred'] } },
  },
  {
    year: 2025,
    name: '2025: woman (worker post) born 1975-09-01: 50 y 5 m → 2026-02-01, after the cut-off → met',
    base: 'engineer',
    patch: { birthDate: '1975-09-01', retirementGroup: 'woman-worker' },
    expect: { overall: 'eligible', statuses: { retirement: 'met' } },
  },
  {
    year: 2026,
    name: '2026: man born 1966-07-30: 60 y 5 m → 2026-12-30, before the cut-off; deferred → met',
    base: 'engineer',
    patch: { birthDate: '1966-07-30', retirementDeferred: true },
    expect: { overall: 'eligible', statuses: { retirement: 'met' } },
  },
  {
    year: 2026,
    name: '2026: man born 1966-07-31: 60 y 5 m → exactly 2026-12-31 → within the period, not deferred → not met',
    base: 'engineer',
    patch: { birthDate: '1966-07-31', retirementDeferred: false },
    expect: { overall: 'not-eligible', statuses: { retirement: 'not-met' } },
  },
  {
    year: 2026,
    name: '2026: man born 1966-08-01: 60 y 5 m → 2027-01-01, after the cut-off → met',
    base: 'engineer',
    patch: { birthDate: '1966-08-01' },
    expect: { overall: 'eligible', statuses: { retirement: 'met' } },
  },
  {
    year: 2027,
    name: '2027: woman (worker post) born 1976-12-31: 51 y → exactly 2027-12-31 → asks about deferral',
    base: 'engineer',
    patch: { birthDate: '1976-12-31', retirementGroup: 'woman-worker' },
    expect: { overall: 'needs-info', missing: { retirement: ['retirementDeferred'] } },
  },
  {
    year: 2027,
    name: '2027: woman (worker post) born 1977-01-01: 51 y 1 m → 2028-02-01, after the cut-off → met',
    base: 'engineer',
    patch: { birthDate: '1977-01-01', retirementGroup: 'woman-worker' },
    expect: { overall: 'eligible', statuses: { retirement: 'met' } },
  },
  // ── Social security counted to the new cut-off (N5.1.1) ──
  {
    year: 2026,
    name: '2026: 11 months → not met, holds a month after the new cut-off (2027-01-31)',
    base: 'engineer',
    patch: { socialSecurityMonths: 11 },
    expect: {
      overall: 'not-eligible',
      statuses: { 'social-security': 'not-met' },
      holdsFrom: { 'social-security': '2027-01-31' },
      inferences: ['social-security-year'],
    },
  },
  // ── Social security from the start date (answers format 3), counted to the new cut-off ──
  {
    year: 2027,
    name: '2027: with the employer since 2026-12-31, still there → exactly 12 months on 2027-12-31',
    base: 'engineer',
    patch: { socialSecurityMonths: undefined, socialSecuritySince: '2026-12-31', socialSecurityOngoing: true },
    expect: { overall: 'eligible', statuses: { 'social-security': 'met' }, inferences: ['counting'] },
  },
  {
    year: 2027,
    name: '2027: since 2027-01-01 → 11 months; holds from 2028-01-01',
    base: 'engineer',
    patch: { socialSecurityMonths: undefined, socialSecuritySince: '2027-01-01', socialSecurityOngoing: true },
    expect: {
      overall: 'not-eligible',
      statuses: { 'social-security': 'not-met' },
      holdsFrom: { 'social-security': '2028-01-01' },
      eligibleFrom: '2028-01-01',
    },
  },
  {
    year: 2025,
    name: '2025: the start date wins over an old month count',
    base: 'engineer',
    patch: { socialSecurityMonths: 36, socialSecuritySince: '2025-06-01', socialSecurityOngoing: true },
    expect: { overall: 'not-eligible', holdsFrom: { 'social-security': '2026-06-01' } },
  },
  {
    year: 2026,
    name: '2026: a start date without "still employed" → asks it',
    base: 'engineer',
    patch: { socialSecurityMonths: undefined, socialSecuritySince: '2020-01-01' },
    expect: { overall: 'needs-info', missing: { 'social-security': ['socialSecurityOngoing'] } },
  },
  {
    year: 2026,
    name: '2026: no longer employed there → asks the last day; 2020-01-01 to 2020-06-30 is 5 months, time does not fix it',
    base: 'engineer',
    patch: {
      socialSecurityMonths: undefined,
      socialSecuritySince: '2020-01-01',
      socialSecurityOngoing: false,
      socialSecurityUntil: '2020-06-30',
    },
    expect: { overall: 'not-eligible', statuses: { 'social-security': 'not-met' }, eligibleFrom: null },
  },
  {
    year: 2026,
    name: '2026: no start date and no month count → asks the start date',
    base: 'engineer',
    patch: { socialSecurityMonths: undefined },
    expect: { overall: 'needs-info', missing: { 'social-security': ['socialSecuritySince'] } },
  },
  // ── Planned hours (answers format 3): counted, and said so ──
  {
    year: 2027,
    name: '2027: 2027 hours planned (70 + 24) → eligible, resting on planned hours',
    base: 'engineer',
    patch: { ceHours: { '2027': { professional: 70, public: 24, planned: true } } },
    expect: { overall: 'eligible', statuses: { 'continuing-education': 'met' } },
  },
  {
    year: 2027,
    name: '2027: planned hours short of the minimum (50 + 18) → not met',
    base: 'engineer',
    patch: { ceHours: { '2027': { professional: 50, public: 18, planned: true } } },
    expect: {
      overall: 'not-eligible',
      statuses: { 'continuing-education': 'not-met' },
      advice: { 'continuing-education': ['advice.ce-current-year'] },
    },
  },
]

/** The rows of one year. */
export const casesOf = (year: ProjectionYear): EngineCase[] => PROJECTION_CASES.filter((c) => c.year === year)
