/**
 * Types shared by rule packs, the engine and the UI. Pure TypeScript: no Vue, Dexie or DOM.
 *
 * A rule pack is generic in `C`, the union of its clause ids, which is derived from the pack's own
 * clause table (`keyof typeof clauses`). Every reference inside a pack is typed `C`, so citing a
 * clause that does not exist is a type error.
 */

/** A calendar date, `YYYY-MM-DD`. Never a moment in time: no time zone applies. */
export type IsoDate = string

export type Lang = 'zh-CN' | 'en-US'
export interface Bilingual {
  zh: string
  en: string
}

export interface Clause {
  /** Where the clause sits in the notice, e.g. 一、申报对象及条件 · 第四段. */
  section: Bilingual
  /** The notice's own words. */
  zh: string
  /** An English gloss (not an official translation). */
  en: string
}

/**
 * Tracks, specialties and exceptional conditions: ids of the answers format's data dictionary
 * (./vocabulary.ts). Which of them a notice offers, in what order, with what names and clauses, is
 * the pack's (`RulePack.tracks`, `.specialties`, `.params.exceptional.conditionClauses`).
 */
export type { ExceptionalCondition, SpecialtyId, TrackId } from './vocabulary'
import type { SpecialtyId, TrackId } from './vocabulary'

export const PATHS = ['normal', 'exceptional', 'self-score', 'skilled-talent'] as const
export type PathId = (typeof PATHS)[number]

export const EDUCATION_LEVELS = [
  'doctorate',
  'master',
  'second-bachelor',
  'bachelor',
  'college',
  'secondary-vocational',
  'below-secondary',
] as const
export type EducationLevel = (typeof EDUCATION_LEVELS)[number]

export const ASSESSMENT_GRADES = ['excellent', 'pass', 'basic-pass', 'fail', 'not-assessed'] as const
export type AssessmentGrade = (typeof ASSESSMENT_GRADES)[number]

export const DEPARTMENT_TYPES = ['management', 'research'] as const
export type DepartmentType = (typeof DEPARTMENT_TYPES)[number]

export const DISCIPLINE_ITEMS = ['forged', 'falseMaterials', 'undisclosedViolation', 'otherSerious'] as const
export type DisciplineItem = (typeof DISCIPLINE_ITEMS)[number]

/** The requirements the engine knows how to evaluate. A pack says which apply to which track. */
export const REQUIREMENT_IDS = [
  'scope',
  'retirement',
  'political',
  'ability',
  'education-seniority',
  'exceptional',
  'provincial-conditions',
  'self-score',
  'skilled-talent',
  'assessment',
  'evidence',
  'public-institution',
  'continuing-education',
  'social-security',
  'discipline',
] as const
export type RequirementId = (typeof REQUIREMENT_IDS)[number]

export type Status = 'met' | 'not-met' | 'needs-info' | 'check' | 'not-applicable'
export type Overall = 'eligible' | 'not-eligible' | 'needs-info' | 'check-provincial'

/**
 * A message the UI renders in the user's language: a typed key of the engine's message table and its
 * parameters (see messages.ts). The engine never builds sentences itself; the pack's message table
 * does, for both languages, through `explain.ts`.
 */
export type { Message, MessageKey } from './messages'
import type { Message } from './messages'

/** An inference the verdict rests on where the notice is silent (see the pack's `inferences`). */
export type InferenceId = string

/** One year of continuing education: the hours answered, and by how much each count falls short. */
export interface CeYearDetail {
  year: number
  total: number
  professional: number
  public: number
  /** Hours missing to each minimum (0 when the minimum is reached). */
  short: { total: number; professional: number; public: number }
  /** The hours are planned, not earned yet (answers format 3). */
  planned?: boolean
}

/**
 * What a verdict rests on, typed per requirement (`id` discriminates): the figures the sentences are
 * made of, and what a summary may say about a gap. `null` where the fact is not answered yet.
 */
export type RequirementDetail =
  | {
      id: 'scope'
      specialty: SpecialtyId | null
      /** The specialties open for the track. */
      allowed: SpecialtyId[]
      /** Why it is not met: the specialty is not open for the track, or the work is not in the notice's area. */
      failed: 'specialty' | 'area' | null
    }
  | {
      id: 'retirement'
      /** The day the applicant reaches retirement age, and that age. */
      retiresOn: IsoDate | null
      /** The statutory age for this birth date: whole years and further months (0 before the reform). */
      age: number | null
      ageMonths: number | null
      /** The retirement group answered (a national vocabulary, see `retirement.ts`). */
      group: string | null
      /** The legal rule the age comes from (a rule id of the pack's retirement law), else its inference. */
      rule: string | null
      /** Retirement deferred under the rules (null unless the date falls by the cut-off: only then it counts). */
      deferred: boolean | null
    }
  | { id: 'political'; declared: boolean | null }
  | {
      id: 'ability'
      department: DepartmentType | null
      /** The department type's items, by position (1-based): held, not held, not answered. */
      items: number
      held: number[]
      missing: number[]
      unknown: number[]
    }
  | {
      id: 'education-seniority'
      /** `skilled-talent`: the conditions are another document's. */
      route: 'normal' | 'skilled-talent'
      level: EducationLevel | null
      /** Full years and months in the title at the cut-off. */
      years: number | null
      months: number | null
      /** Years the level needs (null: no row for it, or not known yet). */
      needed: number | null
      failed: 'years' | 'no-title' | 'no-row' | null
      /** The pack's alternative route could help (open now, or open before these years are complete). */
      alternativeHelps: boolean
    }
  | {
      id: 'exceptional'
      /** The conditions held (null when not counted: the route is not needed or cannot be taken). */
      held: number[] | null
      needed: number
      /** Whether the route's education × years gateway is open, and from when it would be. */
      gatewayOpen: boolean | null
      gatewayFrom: IsoDate | null
      noTitle: boolean
    }
  | { id: 'provincial-conditions'; document: string | null }
  | { id: 'self-score'; score: number | null; min: number; verified: boolean }
  | { id: 'skilled-talent'; document: string | null }
  | {
      id: 'assessment'
      grades: { year: number; grade: AssessmentGrade | null }[]
      /** The years below a passing grade, in the pack's order. */
      failed: number[]
    }
  | { id: 'evidence'; windowYears: number; inWindow: boolean | null }
  | {
      id: 'public-institution'
      unitType: 'enterprise' | 'public-institution' | null
      failed: ('withinPostRatio' | 'approvedInPersonnelSystem')[]
    }
  | {
      id: 'continuing-education'
      /** The years answered, in the track's order; `short` per count. */
      years: CeYearDetail[]
      /** The year whose hours can still be earned. */
      currentYear: number
    }
  | { id: 'social-security'; applies: boolean; months: number | null; needed: number }
  | { id: 'discipline'; declared: DisciplineItem[] }

export type DetailOf<K extends RequirementId> = Extract<RequirementDetail, { id: K }>

export interface RequirementResult<C extends string = string> {
  id: RequirementId
  status: Status
  /** The facts and figures of the verdict, typed per requirement. */
  detail: RequirementDetail
  /** The figures the verdict used, e.g. "3 years 11 months as assistant engineer; needs 4". */
  figures: Message[]
  /** What the applicant can do about it. */
  advice: Message[]
  clauses: C[]
  /** Inferences this verdict rests on (empty when it rests on the notice alone). */
  inferences: InferenceId[]
  /** For an unmet condition that time alone will fix: the first date on which it holds. */
  holdsFrom?: IsoDate
  /** Which facts (answer paths) are missing when status is needs-info. */
  missing?: string[]
}

export type ChecklistGroup = 'platform' | 'paper' | 'unit-district' | 'interview'

export interface ChecklistEntry<C extends string = string> {
  /** Stable across runs: the material's id in the pack. */
  id: string
  group: ChecklistGroup
  title: Bilingual
  detail: Bilingual
  /** Copies on paper, when the notice says. */
  copies?: number
  /** Why this item applies to this applicant. */
  reason: Message
  clauses: C[]
  /** Done by someone else (unit, district): shown as information, not ticked by the applicant. */
  byOthers: boolean
  inferences: InferenceId[]
}

export interface DeadlineEntry<C extends string = string> {
  id: string
  title: Bilingual
  /** The date, or the first day of a window; null when another document sets it. */
  date: IsoDate | null
  /** Last day of an approximate window such as "late September". */
  until?: IsoDate
  approximate: boolean
  /** When `date` is null: the document that sets it. */
  setBy?: Bilingual
  clauses: C[]
  /** Relative to `options.today` when given. */
  state?: DeadlineState
}

export type DeadlineState =
  | { kind: 'upcoming'; daysLeft: number }
  | { kind: 'today' }
  | { kind: 'in-window' }
  | { kind: 'closed'; on: IsoDate }
  | { kind: 'unknown' }

export interface Assessment<C extends string = string> {
  packId: string
  overall: Overall
  /** The path the engine found (or the one being checked when the verdict is not yet eligible). */
  path: PathId | null
  track: TrackId | null
  /** The specialty answered (null when not yet answered), whether or not it is open for the track. */
  specialty: SpecialtyId | null
  requirements: RequirementResult<C>[]
  /** The earliest date on which every time-based unmet condition holds, when only time is missing. */
  eligibleFrom?: IsoDate
  checklist: ChecklistEntry<C>[]
  deadlines: DeadlineEntry<C>[]
  /** Inferences used anywhere in this assessment, with their texts in the pack. */
  inferences: InferenceId[]
}
