/**
 * The engine's case table: applicants and the verdicts the notice implies, edge cases first.
 * Each case is a patch over a base applicant (deep-merged; `undefined` deletes a field), so the
 * case says exactly what differs. Reused by the share-link and benchmark code.
 *
 * Dates: seniority is counted to 2024-12-31 (N1.4). "满 N 年" is complete on the anniversary.
 */
import type { Answers } from '../../../src/engine/answers'
import type { Overall, PathId, RequirementId, Status } from '../../../src/engine/types'

export interface EngineCase {
  name: string
  /** Which base applicant the patch applies to. */
  base: 'engineer' | 'senior' | 'senior-se' | 'principal' | 'empty'
  patch: Record<string, unknown>
  expect: {
    overall: Overall
    path?: PathId | null
    statuses?: Partial<Record<RequirementId, Status>>
    holdsFrom?: Partial<Record<RequirementId, string | null>>
    /** null = must be absent. */
    eligibleFrom?: string | null
    checklistHas?: string[]
    checklistLacks?: string[]
    inferences?: string[]
    clausesInclude?: Partial<Record<RequirementId, string[]>>
    /** The answers a needs-info requirement names as missing (exactly). */
    missing?: Partial<Record<RequirementId, string[]>>
    /** Requirements the track does not have in this pack. */
    absent?: RequirementId[]
    /** Message keys a requirement's advice must include. */
    advice?: Partial<Record<RequirementId, string[]>>
  }
}

const ceYears = (years: number[], professional = 70, pub = 24) =>
  Object.fromEntries(years.map((y) => [String(y), { professional, public: pub }]))

const noDiscipline = { forged: false, falseMaterials: false, undisclosedViolation: false, otherSerious: false }

export const BASES: Record<EngineCase['base'], Answers> = {
  engineer: {
    version: 3,
    track: 'engineer',
    specialty: 'quality',
    skilledTalent: false,
    worksInNingbo: true,
    unitType: 'enterprise',
    residency: 'mainland',
    birthDate: '1988-06-15',
    retirementGroup: 'man',
    education: { level: 'bachelor', year: 2010, obtainedIn: 'mainland' },
    titleHeld: true,
    titleDate: '2018-07-01',
    socialSecurityMonths: 36,
    socialSecurityOtherProvince: false,
    ceHours: ceYears([2022, 2023, 2024]),
    assessments: { '2021': 'pass', '2022': 'excellent', '2023': 'pass' },
    department: 'management',
    abilities: { '1': true, '2': true, '3': true, '4': true },
    political: true,
    evidenceInWindow: true,
    discipline: noDiscipline,
  },
  senior: {
    version: 3,
    track: 'senior',
    specialty: 'metrology',
    skilledTalent: false,
    seniorBasis: 'normal',
    worksInNingbo: true,
    unitType: 'enterprise',
    residency: 'mainland',
    birthDate: '1978-03-10',
    retirementGroup: 'man',
    education: { level: 'master', year: 2004, obtainedIn: 'mainland' },
    titleHeld: true,
    titleDate: '2015-12-01',
    socialSecurityOtherProvince: false,
    ceHours: ceYears([2022, 2023, 2024]),
    evidenceInWindow: true,
    discipline: noDiscipline,
  },
  'senior-se': {
    version: 3,
    track: 'senior-se',
    specialty: 'special-equipment',
    skilledTalent: false,
    seniorBasis: 'normal',
    worksInNingbo: true,
    unitType: 'public-institution',
    withinPostRatio: true,
    approvedInPersonnelSystem: true,
    residency: 'mainland',
    birthDate: '1975-09-01',
    retirementGroup: 'man',
    education: { level: 'bachelor', year: 1997, obtainedIn: 'mainland' },
    titleHeld: true,
    titleDate: '2012-10-01',
    socialSecurityOtherProvince: false,
    ceHours: ceYears([2020, 2021, 2022, 2023, 2024]),
    evidenceInWindow: true,
    discipline: noDiscipline,
  },
  principal: {
    version: 3,
    track: 'principal',
    specialty: 'standardization',
    skilledTalent: false,
    worksInNingbo: true,
    unitType: 'enterprise',
    residency: 'mainland',
    birthDate: '1970-01-20',
    retirementGroup: 'man',
    education: { level: 'doctorate', year: 2002, obtainedIn: 'mainland' },
    titleHeld: true,
    titleDate: '2016-01-01',
    socialSecurityOtherProvince: false,
    ceHours: ceYears([2022, 2023, 2024]),
    evidenceInWindow: true,
    discipline: noDiscipline,
  },
  empty: { version: 3 },
}

const pe = (n: number[]) => Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [String(i), n.includes(i)]))

export const CASES: EngineCase[] = [
  // ── Education × years as assistant engineer (A1.3), exact thresholds ──
  {
    name: 'bachelor with 6 full years: eligible on the normal route',
    base: 'engineer',
    patch: {},
    expect: {
      overall: 'eligible',
      path: 'normal',
      statuses: { 'education-seniority': 'met', exceptional: 'not-applicable', 'social-security': 'met' },
      checklistHas: [
        'paper-evaluation-form',
        'paper-achievements',
        'paper-materials-list',
        'interview-prepare',
        'district-roster',
      ],
      checklistLacks: [
        'paper-exceptional-form',
        'paper-post-info',
        'platform-hmt-foreign',
        'platform-education-upload',
        'paper-senior',
      ],
      eligibleFrom: null,
    },
  },
  {
    name: 'bachelor, title on 2020-12-31: exactly 4 years on the cut-off counts',
    base: 'engineer',
    patch: { titleDate: '2020-12-31' },
    expect: {
      overall: 'eligible',
      path: 'normal',
      statuses: { 'education-seniority': 'met' },
      inferences: ['counting'],
    },
  },
  {
    name: 'bachelor, title on 2021-01-01: 3 years 11 months, no exceptional conditions → not yet; holds from 2025-01-01',
    base: 'engineer',
    patch: { titleDate: '2021-01-01', exceptional: pe([]) },
    expect: {
      overall: 'not-eligible',
      path: 'exceptional',
      statuses: { 'education-seniority': 'not-met', exceptional: 'not-met' },
      holdsFrom: { 'education-seniority': '2025-01-01', exceptional: null },
      eligibleFrom: '2025-01-01',
    },
  },
  {
    name: 'bachelor 3y11m with unanswered exceptional conditions → needs info, not a refusal',
    base: 'engineer',
    patch: { titleDate: '2021-01-01' },
    expect: {
      overall: 'needs-info',
      path: 'exceptional',
      statuses: { 'education-seniority': 'needs-info', exceptional: 'needs-info' },
    },
  },
  {
    name: "master's with exactly 2 years (2022-12-31)",
    base: 'engineer',
    patch: { education: { level: 'master', year: 2022, obtainedIn: 'mainland' }, titleDate: '2022-12-31' },
    expect: { overall: 'eligible', path: 'normal', statuses: { 'education-seniority': 'met' } },
  },
  {
    name: "master's with 1 year 11 months: not yet, holds from 2025-01-01; the exceptional route (3 years, 2026) cannot help",
    base: 'engineer',
    patch: {
      education: { level: 'master', year: 2022, obtainedIn: 'mainland' },
      titleDate: '2023-01-01',
      exceptional: pe([1, 2]),
    },
    expect: {
      overall: 'not-eligible',
      statuses: { 'education-seniority': 'not-met', exceptional: 'not-applicable' },
      holdsFrom: { 'education-seniority': '2025-01-01', exceptional: null },
      eligibleFrom: '2025-01-01',
    },
  },
  {
    name: 'second bachelor with 2 years',
    base: 'engineer',
    patch: { education: { level: 'second-bachelor', year: 2020, obtainedIn: 'mainland' }, titleDate: '2022-06-01' },
    expect: { overall: 'eligible', path: 'normal', statuses: { 'education-seniority': 'met' } },
  },
  {
    name: 'doctorate with 2 years: read as the master’s row (inference)',
    base: 'engineer',
    patch: { education: { level: 'doctorate', year: 2021, obtainedIn: 'mainland' }, titleDate: '2022-09-01' },
    expect: { overall: 'eligible', path: 'normal', inferences: ['doctorate'] },
  },
  {
    name: 'college (大专) with exactly 4 years',
    base: 'engineer',
    patch: { education: { level: 'college', year: 2012, obtainedIn: 'mainland' }, titleDate: '2020-12-31' },
    expect: { overall: 'eligible', path: 'normal' },
  },
  {
    name: 'leap-day title 2020-02-29: 4 full years on 2024-02-29',
    base: 'engineer',
    patch: { titleDate: '2020-02-29' },
    expect: { overall: 'eligible', path: 'normal', statuses: { 'education-seniority': 'met' } },
  },
  {
    name: 'leap-day title 2024-02-29 (college): exceptional years on 2027-02-28, normal on 2028-02-29',
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
  {
    name: 'no assistant engineer title: not eligible, time alone does not fix it',
    base: 'engineer',
    patch: { titleHeld: false, titleDate: undefined },
    expect: { overall: 'not-eligible', statuses: { 'education-seniority': 'not-met' }, eligibleFrom: null },
  },
  // ── Exceptional route (A1.4) ──
  {
    name: 'college, 3 years 6 months, exceptional conditions 1 and 5 → eligible by 破格',
    base: 'engineer',
    patch: {
      education: { level: 'college', year: 2014, obtainedIn: 'mainland' },
      titleDate: '2021-07-01',
      exceptional: pe([1, 5]),
    },
    expect: {
      overall: 'eligible',
      path: 'exceptional',
      statuses: { 'education-seniority': 'not-applicable', exceptional: 'met' },
      checklistHas: ['paper-exceptional-form'],
      clausesInclude: { exceptional: ['A1.4', 'A1.4.1', 'A1.4.5'] },
    },
  },
  {
    name: 'bachelor, exactly 3 years (2021-12-31), two conditions → eligible by 破格',
    base: 'engineer',
    patch: { titleDate: '2021-12-31', exceptional: pe([2, 6]) },
    expect: { overall: 'eligible', path: 'exceptional', statuses: { exceptional: 'met' } },
  },
  {
    name: 'bachelor, 2 years 11 months (2022-01-01), two conditions → exceptional from 2025-01-01',
    base: 'engineer',
    patch: { titleDate: '2022-01-01', exceptional: pe([2, 6]) },
    expect: {
      overall: 'not-eligible',
      path: 'normal',
      holdsFrom: { exceptional: '2025-01-01', 'education-seniority': '2026-01-01' },
      eligibleFrom: '2025-01-01',
    },
  },
  {
    name: 'college 3y6m with only one exceptional condition → not eligible (needs 2 of 7)',
    base: 'engineer',
    patch: {
      education: { level: 'college', year: 2014, obtainedIn: 'mainland' },
      titleDate: '2021-07-01',
      exceptional: pe([4]),
    },
    expect: {
      overall: 'not-eligible',
      path: 'exceptional',
      statuses: { exceptional: 'not-met' },
      holdsFrom: { exceptional: null },
      eligibleFrom: '2025-07-01',
    },
  },
  {
    name: '中专 in the specialty, 4+ years, 16 years of work + condition 3 → eligible by 破格 (conditions 3 and 7)',
    base: 'engineer',
    patch: {
      education: { level: 'secondary-vocational', year: 2005, obtainedIn: 'mainland', inSpecialty: true },
      technicalWorkYears: 16,
      titleDate: '2019-05-01',
      exceptional: pe([3]),
    },
    expect: {
      overall: 'eligible',
      path: 'exceptional',
      statuses: { exceptional: 'met', 'education-seniority': 'not-applicable' },
      clausesInclude: { exceptional: ['A1.4.3', 'A1.4.7'] },
      checklistHas: ['platform-education-upload', 'paper-exceptional-form'],
      inferences: ['education-not-extractable'],
    },
  },
  {
    name: '中专 in the specialty with exactly 15 years of work + condition 6 → eligible',
    base: 'engineer',
    patch: {
      education: { level: 'secondary-vocational', year: 2005, obtainedIn: 'mainland', inSpecialty: true },
      technicalWorkYears: 15,
      titleDate: '2019-05-01',
      exceptional: pe([6]),
    },
    expect: { overall: 'eligible', path: 'exceptional' },
  },
  {
    name: '中专 with 14 years of work + condition 6 → only one condition, not eligible',
    base: 'engineer',
    patch: {
      education: { level: 'secondary-vocational', year: 2005, obtainedIn: 'mainland', inSpecialty: true },
      technicalWorkYears: 14,
      titleDate: '2019-05-01',
      exceptional: pe([6]),
    },
    expect: { overall: 'not-eligible', path: 'exceptional', statuses: { exceptional: 'not-met' }, eligibleFrom: null },
  },
  {
    name: '中专 in another specialty, 20 years: condition 7 not met',
    base: 'engineer',
    patch: {
      education: { level: 'secondary-vocational', year: 2000, obtainedIn: 'mainland', inSpecialty: false },
      technicalWorkYears: 20,
      titleDate: '2019-05-01',
      exceptional: pe([6]),
    },
    expect: { overall: 'not-eligible', statuses: { exceptional: 'not-met' } },
  },
  {
    name: 'below 中专 with exactly 20 years + condition 2 → eligible by 破格',
    base: 'engineer',
    patch: {
      education: { level: 'below-secondary', obtainedIn: 'mainland' },
      technicalWorkYears: 20,
      titleDate: '2018-01-01',
      exceptional: pe([2]),
    },
    expect: { overall: 'eligible', path: 'exceptional' },
  },
  {
    name: 'below 中专 with 19 years + condition 2 → not eligible',
    base: 'engineer',
    patch: {
      education: { level: 'below-secondary', obtainedIn: 'mainland' },
      technicalWorkYears: 19,
      titleDate: '2018-01-01',
      exceptional: pe([2]),
    },
    expect: { overall: 'not-eligible' },
  },
  {
    name: '中专, 3 years 11 months, conditions met: exceptional from 2025-01-01 (4 full years needed without the education)',
    base: 'engineer',
    patch: {
      education: { level: 'secondary-vocational', year: 2000, obtainedIn: 'mainland', inSpecialty: true },
      technicalWorkYears: 22,
      titleDate: '2021-01-01',
      exceptional: pe([5]),
    },
    expect: {
      overall: 'not-eligible',
      statuses: { 'education-seniority': 'not-met', exceptional: 'not-met' },
      holdsFrom: { exceptional: '2025-01-01', 'education-seniority': null },
      eligibleFrom: '2025-01-01',
    },
  },
  {
    name: '中专, specialty not answered, one declared condition: needs info naming the specialty question',
    base: 'engineer',
    patch: {
      education: { level: 'secondary-vocational', year: 2000, obtainedIn: 'mainland' },
      technicalWorkYears: 18,
      titleDate: '2019-05-01',
      exceptional: pe([6]),
    },
    expect: {
      overall: 'needs-info',
      statuses: { exceptional: 'needs-info' },
      missing: { exceptional: ['education.inSpecialty'] },
    },
  },
  {
    name: '中专 not in the specialty, work years unanswered: condition 7 cannot hold, so no question about years',
    base: 'engineer',
    patch: {
      education: { level: 'secondary-vocational', year: 2000, obtainedIn: 'mainland', inSpecialty: false },
      titleDate: '2019-05-01',
      exceptional: pe([6]),
    },
    expect: { overall: 'not-eligible', statuses: { exceptional: 'not-met' } },
  },
  // ── Social security with the current employer (N5.1.1), engineer only ──
  {
    name: '12 months of social security exactly: met',
    base: 'engineer',
    patch: { socialSecurityMonths: 12 },
    expect: { overall: 'eligible', statuses: { 'social-security': 'met' }, inferences: ['social-security-year'] },
  },
  {
    name: '11 months of social security: not met, holds from 2025-01-31',
    base: 'engineer',
    patch: { socialSecurityMonths: 11 },
    expect: {
      overall: 'not-eligible',
      statuses: { 'social-security': 'not-met' },
      holdsFrom: { 'social-security': '2025-01-31' },
      eligibleFrom: '2025-01-31',
    },
  },
  {
    name: '1 month of social security: holds from 2025-11-30 (month-end arithmetic)',
    base: 'engineer',
    patch: { socialSecurityMonths: 1 },
    expect: { overall: 'not-eligible', holdsFrom: { 'social-security': '2025-11-30' } },
  },
  {
    name: 'two time-based gaps: the later date is when both hold',
    base: 'engineer',
    patch: { socialSecurityMonths: 10, titleDate: '2021-03-01', exceptional: pe([]) },
    expect: {
      overall: 'not-eligible',
      holdsFrom: { 'social-security': '2025-02-28', 'education-seniority': '2025-03-01' },
      eligibleFrom: '2025-03-01',
    },
  },
  {
    name: 'social security paid in another province: proof on the checklist',
    base: 'engineer',
    patch: { socialSecurityOtherProvince: true },
    expect: { overall: 'eligible', checklistHas: ['platform-social-security-other-province'] },
  },
  // ── Continuing education (N4.2): each year, 90 / 60 / 18 ──
  {
    name: 'continuing education exactly 90 / 72 professional / 18 public in each year: met',
    base: 'engineer',
    patch: { ceHours: ceYears([2022, 2023, 2024], 72, 18) },
    expect: { overall: 'eligible', statuses: { 'continuing-education': 'met' } },
  },
  {
    name: 'continuing education 89 in 2022 (71 + 18): not met',
    base: 'engineer',
    patch: { ceHours: { ...ceYears([2023, 2024]), '2022': { professional: 71, public: 18 } } },
    expect: { overall: 'not-eligible', statuses: { 'continuing-education': 'not-met' }, eligibleFrom: null },
  },
  {
    name: 'continuing education 59 professional in 2023 (total 90): not met',
    base: 'engineer',
    patch: { ceHours: { ...ceYears([2022, 2024]), '2023': { professional: 59, public: 31 } } },
    expect: { overall: 'not-eligible', statuses: { 'continuing-education': 'not-met' } },
  },
  {
    name: 'continuing education 17 public in 2024 (total 90): not met, can still be earned this year',
    base: 'engineer',
    patch: { ceHours: { ...ceYears([2022, 2023]), '2024': { professional: 73, public: 17 } } },
    expect: { overall: 'not-eligible', statuses: { 'continuing-education': 'not-met' } },
  },
  {
    name: 'continuing education 2023 missing: needs info',
    base: 'engineer',
    patch: { ceHours: { '2023': undefined } },
    expect: { overall: 'needs-info', statuses: { 'continuing-education': 'needs-info' } },
  },
  // ── Retirement (N1.4) ──
  {
    name: 'reaches 60 on 2024-12-31 (within the period), no deferral: not eligible',
    base: 'engineer',
    patch: { birthDate: '1964-12-31', retirementDeferred: false },
    expect: {
      overall: 'not-eligible',
      statuses: { retirement: 'not-met' },
      inferences: ['retirement-ages'],
      eligibleFrom: null,
    },
  },
  {
    name: 'reaches 60 on 2025-01-01: eligible',
    base: 'engineer',
    patch: { birthDate: '1965-01-01' },
    expect: { overall: 'eligible', statuses: { retirement: 'met' } },
  },
  {
    name: 'reaches 60 on 2024-12-31 with approved deferral: eligible',
    base: 'engineer',
    patch: { birthDate: '1964-12-31', retirementDeferred: true },
    expect: { overall: 'eligible', statuses: { retirement: 'met' } },
  },
  {
    name: 'reaches 60 on 2024-12-31, deferral not answered: needs info',
    base: 'engineer',
    patch: { birthDate: '1964-12-31' },
    expect: { overall: 'needs-info', statuses: { retirement: 'needs-info' } },
  },
  {
    name: 'born on a leap day 1964-02-29: 60 on 2024-02-29, not eligible',
    base: 'engineer',
    patch: { birthDate: '1964-02-29', retirementDeferred: false },
    expect: { overall: 'not-eligible', statuses: { retirement: 'not-met' } },
  },
  {
    name: 'woman in a professional post (55), born 1968-02-29: 55 on 2023-02-28, not eligible',
    base: 'engineer',
    patch: { birthDate: '1968-02-29', retirementGroup: 'woman-cadre', retirementDeferred: false },
    expect: { overall: 'not-eligible', statuses: { retirement: 'not-met' } },
  },
  {
    name: 'woman in a worker post (50), born 1975-01-01: 50 on 2025-01-01, eligible',
    base: 'engineer',
    patch: { birthDate: '1975-01-01', retirementGroup: 'woman-worker' },
    expect: { overall: 'eligible', statuses: { retirement: 'met' } },
  },
  // ── Assessments (A1.5), ability (A1.2), political (A1.1), evidence (N3.1) ──
  {
    name: '基本合格 in 2022: not met (inference: below 合格)',
    base: 'engineer',
    patch: { assessments: { '2021': 'pass', '2022': 'basic-pass', '2023': 'pass' } },
    expect: {
      overall: 'not-eligible',
      statuses: { assessment: 'not-met' },
      inferences: ['basic-pass', 'assessment-years'],
    },
  },
  {
    name: 'not assessed in 2021: not met',
    base: 'engineer',
    patch: { assessments: { '2021': 'not-assessed', '2022': 'pass', '2023': 'pass' } },
    expect: { overall: 'not-eligible', statuses: { assessment: 'not-met' } },
  },
  {
    name: '2023 assessment missing: needs info',
    base: 'engineer',
    patch: { assessments: { '2023': undefined } },
    expect: { overall: 'needs-info', statuses: { assessment: 'needs-info' } },
  },
  {
    name: 'ability item 3 of production/management not met: not eligible',
    base: 'engineer',
    patch: { abilities: { '1': true, '2': true, '3': false, '4': true } },
    expect: { overall: 'not-eligible', statuses: { ability: 'not-met' } },
  },
  {
    name: 'research/design department, all four items: met, citing 二(二)',
    base: 'engineer',
    patch: { department: 'research' },
    expect: {
      overall: 'eligible',
      statuses: { ability: 'met' },
      clausesInclude: { ability: ['A1.2', 'A1.2.2.1', 'A1.2.2.4'] },
    },
  },
  {
    name: 'political conditions not met: not eligible',
    base: 'engineer',
    patch: { political: false },
    expect: { overall: 'not-eligible', statuses: { political: 'not-met' } },
  },
  {
    name: 'no evidence within the 4-year window: not eligible',
    base: 'engineer',
    patch: { evidenceInWindow: false },
    expect: { overall: 'not-eligible', statuses: { evidence: 'not-met' } },
  },
  // ── Discipline (N6.1) ──
  {
    name: 'forged certificate: not eligible, cites 六(一)1',
    base: 'engineer',
    patch: { discipline: { ...noDiscipline, forged: true } },
    expect: {
      overall: 'not-eligible',
      statuses: { discipline: 'not-met' },
      clausesInclude: { discipline: ['N6.1', 'N6.1.1'] },
    },
  },
  {
    name: 'undisclosed sanction: not eligible, cites 六(一)3',
    base: 'engineer',
    patch: { discipline: { ...noDiscipline, undisclosedViolation: true } },
    expect: { overall: 'not-eligible', clausesInclude: { discipline: ['N6.1.3'] } },
  },
  {
    name: 'discipline not answered: needs info',
    base: 'engineer',
    patch: { discipline: undefined },
    expect: { overall: 'needs-info', statuses: { discipline: 'needs-info' } },
  },
  // ── Scope, unit, residency, education records ──
  {
    name: 'not working in Ningbo: not eligible',
    base: 'engineer',
    patch: { worksInNingbo: false },
    expect: { overall: 'not-eligible', statuses: { scope: 'not-met' } },
  },
  {
    name: 'food quality technology, engineer: eligible',
    base: 'engineer',
    patch: { specialty: 'food-quality' },
    expect: { overall: 'eligible', statuses: { scope: 'met' } },
  },
  {
    name: 'metrology / standardization / special equipment engineers: eligible',
    base: 'engineer',
    patch: { specialty: 'special-equipment' },
    expect: { overall: 'eligible' },
  },
  {
    name: 'public institution within the post ratio and approved: met; post form, approval and procedure on the checklist',
    base: 'engineer',
    patch: { unitType: 'public-institution', withinPostRatio: true, approvedInPersonnelSystem: true },
    expect: {
      overall: 'eligible',
      statuses: { 'public-institution': 'met' },
      checklistHas: ['paper-post-info', 'platform-public-institution', 'unit-post-procedure'],
    },
  },
  {
    name: 'public institution outside the post ratio: not eligible',
    base: 'engineer',
    patch: { unitType: 'public-institution', withinPostRatio: false, approvedInPersonnelSystem: true },
    expect: { overall: 'not-eligible', statuses: { 'public-institution': 'not-met' } },
  },
  {
    name: 'public institution, approval unknown: needs info',
    base: 'engineer',
    patch: { unitType: 'public-institution', withinPostRatio: true },
    expect: { overall: 'needs-info', statuses: { 'public-institution': 'needs-info' } },
  },
  {
    name: 'Hong Kong resident: identity, contract and employment proof on the checklist',
    base: 'engineer',
    patch: { residency: 'hmt' },
    expect: {
      overall: 'eligible',
      checklistHas: ['platform-hmt-foreign'],
      checklistLacks: ['platform-foreign-degree'],
    },
  },
  {
    name: 'foreign national with a foreign degree: degree certification and upload',
    base: 'engineer',
    patch: { residency: 'foreign', education: { level: 'master', year: 2015, obtainedIn: 'foreign' } },
    expect: {
      overall: 'eligible',
      checklistHas: ['platform-hmt-foreign', 'platform-foreign-degree', 'platform-education-upload'],
    },
  },
  {
    name: 'education obtained in 2001: upload to be safe (inference)',
    base: 'engineer',
    patch: { education: { level: 'bachelor', year: 2001, obtainedIn: 'mainland' } },
    expect: { overall: 'eligible', checklistHas: ['platform-education-upload'], inferences: ['edu-2001'] },
  },
  {
    name: 'education obtained in 2000: upload (the notice says so)',
    base: 'engineer',
    patch: { education: { level: 'bachelor', year: 2000, obtainedIn: 'mainland' } },
    expect: { overall: 'eligible', checklistHas: ['platform-education-upload'] },
  },
  {
    name: 'education obtained in 2002: extracted automatically, no upload',
    base: 'engineer',
    patch: { education: { level: 'bachelor', year: 2002, obtainedIn: 'mainland' } },
    expect: { overall: 'eligible', checklistLacks: ['platform-education-upload', 'platform-foreign-degree'] },
  },
  {
    name: 'skilled-talent route (engineer): check 浙人社发〔2022〕77号',
    base: 'engineer',
    patch: { skilledTalent: true, titleDate: '2023-01-01' },
    expect: {
      overall: 'check-provincial',
      path: 'skilled-talent',
      statuses: { 'skilled-talent': 'check', 'education-seniority': 'check', exceptional: 'not-applicable' },
      checklistHas: ['platform-skilled-talent'],
    },
  },
  // ── Senior, senior special equipment, principal ──
  {
    name: 'senior on the normal conditions: eligible as far as this notice says, check the provincial document',
    base: 'senior',
    patch: {},
    expect: {
      overall: 'check-provincial',
      path: 'normal',
      statuses: { 'provincial-conditions': 'check', 'self-score': 'not-applicable' },
      checklistHas: ['paper-senior'],
      checklistLacks: ['paper-evaluation-form', 'interview-prepare', 'platform-assessment'],
    },
  },
  {
    name: 'senior self-score exactly 90 (as verified): met',
    base: 'senior',
    patch: { seniorBasis: 'self-score', selfScore: 90 },
    expect: {
      overall: 'check-provincial',
      path: 'self-score',
      statuses: { 'self-score': 'met', 'provincial-conditions': 'not-applicable' },
      checklistHas: ['platform-self-score'],
    },
  },
  {
    name: 'senior self-score 89.5: not eligible on the self-score route',
    base: 'senior',
    patch: { seniorBasis: 'self-score', selfScore: 89.5 },
    expect: { overall: 'not-eligible', path: 'self-score', statuses: { 'self-score': 'not-met' } },
  },
  {
    name: 'senior, basis not answered: needs info',
    base: 'senior',
    patch: { seniorBasis: undefined },
    expect: { overall: 'needs-info', path: null, statuses: { 'self-score': 'needs-info' } },
  },
  {
    name: 'senior with food quality technology: not eligible (engineer only)',
    base: 'senior',
    patch: { specialty: 'food-quality' },
    expect: { overall: 'not-eligible', statuses: { scope: 'not-met' } },
  },
  {
    name: 'senior special equipment, self-score 90, hours 2020–2024: check provincial',
    base: 'senior-se',
    patch: { seniorBasis: 'self-score', selfScore: 90 },
    expect: {
      overall: 'check-provincial',
      path: 'self-score',
      statuses: { 'continuing-education': 'met', 'self-score': 'met', 'public-institution': 'met' },
    },
  },
  {
    name: 'senior special equipment with 2020 hours missing: needs info (five-year window)',
    base: 'senior-se',
    patch: { ceHours: { '2020': undefined } },
    expect: { overall: 'needs-info', statuses: { 'continuing-education': 'needs-info' } },
  },
  {
    name: 'senior special equipment with 2020 at 89 hours: not met',
    base: 'senior-se',
    patch: { ceHours: { ...ceYears([2021, 2022, 2023, 2024]), '2020': { professional: 70, public: 19 } } },
    expect: { overall: 'not-eligible', statuses: { 'continuing-education': 'not-met' } },
  },
  {
    name: 'senior special equipment in quality: not eligible (special equipment only)',
    base: 'senior-se',
    patch: { specialty: 'quality' },
    expect: { overall: 'not-eligible', statuses: { scope: 'not-met' } },
  },
  {
    name: 'principal in standardization: check provincial; the 2001 rule does not apply to 2002',
    base: 'principal',
    patch: {},
    expect: {
      overall: 'check-provincial',
      path: 'normal',
      checklistHas: ['paper-senior'],
      checklistLacks: ['platform-education-upload'],
    },
  },
  {
    name: 'principal in special equipment: allowed',
    base: 'principal',
    patch: { specialty: 'special-equipment' },
    expect: { overall: 'check-provincial', statuses: { scope: 'met' } },
  },
  {
    name: 'principal in food quality technology: not eligible',
    base: 'principal',
    patch: { specialty: 'food-quality' },
    expect: { overall: 'not-eligible', statuses: { scope: 'not-met' } },
  },
  // ── Partial answers ──
  {
    name: 'only the track chosen: needs info everywhere, no errors',
    base: 'empty',
    patch: { track: 'engineer' },
    expect: {
      overall: 'needs-info',
      path: null,
      statuses: { retirement: 'needs-info', 'education-seniority': 'needs-info', exceptional: 'not-applicable' },
    },
  },
  {
    name: 'nothing answered: needs info',
    base: 'empty',
    patch: {},
    expect: { overall: 'needs-info', path: null },
  },
]

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Deep merge: objects merge, everything else replaces, `undefined` deletes. */
export function applyPatch<T>(base: T, patch: Record<string, unknown>): T {
  const out: Record<string, unknown> = structuredClone(base) as Record<string, unknown>
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k]
    else if (isPlain(v) && isPlain(out[k])) out[k] = applyPatch(out[k], v)
    else out[k] = structuredClone(v)
  }
  return out as T
}

/** The answers of a case: its patch over its base applicant (the 2024 bases unless a pack's table gives others). */
export function answersOf(c: EngineCase): Answers {
  return answersIn(c, BASES)
}

/** The answers of a case over another pack's bases (see packs.ts). */
export function answersIn(c: EngineCase, bases: Record<EngineCase['base'], Answers>): Answers {
  return applyPatch(bases[c.base], c.patch)
}
