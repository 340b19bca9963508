/**
 * The shape of a rule pack: one notice as data. Generic in `C`, the pack's clause-id union, so every
 * reference is checked against the pack's own clause table by the compiler.
 *
 * Packs are added, not edited: next year's notice is a new pack; this year's keeps its answers.
 */
import type { MessageTable, ReasonId } from './messages'
import type {
  AssessmentGrade,
  Bilingual,
  ChecklistGroup,
  Clause,
  DepartmentType,
  DisciplineItem,
  EducationLevel,
  ExceptionalCondition,
  InferenceId,
  IsoDate,
  PathId,
  RequirementId,
  SpecialtyId,
  TrackId,
} from './types'
import type { EducationPlace } from './answers'
import type { RetirementLaw } from './retirement'

/** A legal value with the clause it comes from (and the inference it rests on, if any). */
export interface Param<T, C extends string> {
  value: T
  clause: C
  inference?: InferenceId
  /**
   * Set only in a derived pack (a projection of a notice onto a later year): the value was carried
   * forward from the base notice, and the verdict rests on that inference too (`RulePack.projection`).
   */
  projected?: InferenceId
}

/**
 * A derived pack: a notice's rules carried forward to a later year (`src/policy/projection.ts`).
 * What was carried is listed with the clause each value comes from; the projection itself is an
 * inference (`inference`, in the pack's `inferences`): the real notice for `year` decides.
 */
export interface Projection<C extends string> {
  /** The pack the rules are the notice's of. */
  baseId: string
  baseYear: number
  /** The year the rules are carried to. */
  year: number
  inference: InferenceId
  /** Each carried parameter: where it is, its clause (the base notice's), its value there and here. */
  carried: { param: string; clause: C; base: string; value: string }[]
}

export interface TrackDef<C extends string> {
  title: Bilingual
  shortTitle: Bilingual
  specialties: SpecialtyId[]
  /** The documents whose conditions govern this track. */
  conditionsBy: Bilingual
  /** For `provincial-conditions`: the id (in `documents`) of the document that sets this track's conditions. */
  conditionsDocument?: string
  /** For `self-score`: whether the score counts as verified by the evaluation committee (核分). */
  selfScoreVerified?: Param<boolean, C>
  /** Requirements evaluated for this track, in display order. */
  requirements: RequirementId[]
  /** Evidence window in years (N3.1). */
  evidenceYears: Param<number, C>
  /** Continuing-education years to check (N4.2). */
  ceYears: Param<number[], C>
  /** Whether this notice sets the track's conditions in full (engineer) or only in part. */
  detail: 'full' | 'partial'
  /** Which paths exist on this track besides skilled-talent. */
  paths: PathId[]
}

/** When a material applies: a small, serialisable condition language over the applicant's facts. */
export type When =
  | { always: true }
  | { all: When[] }
  | { any: When[] }
  | { not: When }
  | { track: TrackId[] }
  | { path: PathId[] }
  | { unitType: 'enterprise' | 'public-institution' }
  | { residency: ('mainland' | 'hmt' | 'foreign')[] }
  | { educationUpload: true }
  | { educationObtainedIn: EducationPlace[] }
  | { socialSecurityOtherProvince: true }

export interface MaterialDef<C extends string> {
  id: string
  group: ChecklistGroup
  /** `{publicityWorkingDays}` and `{selfScoreMin}` are filled from the pack's parameters. */
  title: Bilingual
  detail: Bilingual
  copies?: number
  when: When
  /** The reason shown to the applicant ("why this applies to you"): `reason.<id>` in the message table. */
  reason: ReasonId
  clauses: C[]
  byOthers?: boolean
  inference?: InferenceId
}

export interface DeadlineDef<C extends string> {
  id: string
  title: Bilingual
  tracks: TrackId[]
  date: IsoDate | null
  until?: IsoDate
  approximate?: boolean
  setBy?: Bilingual
  clauses: C[]
  /** Derived packs: the date was carried forward from the base notice (see `Param.projected`). */
  projected?: InferenceId
  /**
   * This deadline closes the round for applicants (the online application deadline): the round is
   * open until it and over after it (`roundStatus` in ./round.ts). Packs flag it; the engine never
   * guesses it from an id or a date.
   */
  application?: true
}

/**
 * Two requirements that are alternatives (either suffices), with the paths they stand for; see
 * `routes.ts` for how they combine.
 */
export interface Alternative {
  primary: RequirementId
  alternative: RequirementId
  /** The path of the primary and of the alternative. */
  paths: [PathId, PathId]
}

export interface RulePack<C extends string> {
  id: string
  issuer: Bilingual
  docNo: string
  date: IsoDate
  year: number
  title: Bilingual
  clauses: Record<C, Clause>
  inferences: Record<InferenceId, { title: Bilingual; text: Bilingual; clauses: C[] }>
  /**
   * The tracks this notice offers, in display order (key order), by ids of the answers format's
   * vocabulary (./vocabulary.ts). A track absent here does not exist for this pack: answers naming
   * it are refused by `offeredProblems`, and `assess` treats it as unanswered.
   */
  tracks: Partial<Record<TrackId, TrackDef<C>>>
  /** The specialties this notice names, in display order, with their names. */
  specialties: Partial<Record<SpecialtyId, Bilingual>>
  /** Other documents the notice defers to, for "check" verdicts. */
  documents: Record<string, Bilingual>
  requirementClauses: Record<RequirementId, C[]>
  /** Requirements that are alternatives of each other (applied on tracks that have both). */
  alternatives: Alternative[]
  /** The sentences of every engine message, in the notice's wording. */
  messages: MessageTable
  params: {
    /** Seniority is counted to this date; retirement is checked against it (N1.4). */
    cutoff: Param<IsoDate, C>
    /** Years as assistant engineer required per education level (A1.3); absent level = no row. */
    educationYears: Param<Partial<Record<EducationLevel, number>>, C>
    /** Levels read into a row the notice does not name (doctorate → master's row). */
    educationYearsInferred: Param<Partial<Record<EducationLevel, InferenceId>>, C>
    exceptional: {
      /** Levels that count as "大专及以上" for the exceptional gateway (A1.4). */
      higherEducation: Param<EducationLevel[], C>
      /** Below the prescribed education: full years as assistant engineer required. */
      lowerEducationYears: Param<number, C>
      /** 大专 or higher: at least this many full years (and fewer than the normal requirement). */
      higherEducationMinYears: Param<number, C>
      higherEducationBelowYears: Param<number, C>
      /** At least this many of the seven conditions. */
      minConditions: Param<number, C>
      /** The conditions this notice has (by number, in numeric order) and the clause of each. */
      conditionClauses: Partial<Record<ExceptionalCondition, C>>
      /**
       * The condition computed from answers instead of declared: years of technical work needed by
       * education level (levels absent cannot meet it), and the levels that must be in the specialty.
       */
      computed: {
        condition: ExceptionalCondition
        years: Param<Partial<Record<EducationLevel, number>>, C>
        inSpecialty: EducationLevel[]
      }
    }
    ce: {
      total: Param<number, C>
      professional: Param<number, C>
      public: Param<number, C>
      /** The year whose hours can still be earned before submitting (the others are past). */
      currentYear: Param<number, C>
    }
    socialSecurityMonths: Param<number, C>
    /** The document (an id of `documents`) that sets the skilled-talent route's conditions. */
    skilledTalentDocument: Param<string, C>
    selfScoreMin: Param<number, C>
    /** The retirement law; the engine applies the rule in force on the cut-off (N1.4). */
    retirement: Param<RetirementLaw, C>
    /** Domestic college+ obtained in or after this year is auto-extracted; see `educationAmbiguousYears`. */
    educationAutoFromYear: Param<number, C>
    /** Years the notice leaves ambiguous (before the auto year): upload advised, on an inference. */
    educationAmbiguousYears: Param<number[], C>
    /** Levels whose records are never extracted automatically (must be uploaded). */
    educationNotExtractable: Param<EducationLevel[], C>
    /** Places of education whose records are never extracted automatically (must be uploaded). */
    educationUploadPlaces: Partial<Record<EducationPlace, { clause: C; inference?: InferenceId }>>
    /** The assessment years checked (A1.5) and the grades that pass. */
    assessmentYears: Param<number[], C>
    assessmentPassing: Param<AssessmentGrade[], C>
    abilityItems: Record<DepartmentType, C[]>
    disciplineItems: Record<DisciplineItem, C>
    /** Publicity at the unit (N5.2), working days. */
    publicityWorkingDays: Param<number, C>
    /** Which tracks must show the ≥ 12 months social security with the current employer. */
    socialSecurityTracks: Param<TrackId[], C>
    /** The counting convention for full years/months (an inference: the notice does not define it). */
    counting: Param<'civil-law', C>
  }
  materials: MaterialDef<C>[]
  deadlines: DeadlineDef<C>[]
  /** Present only on a derived pack: the base notice's rules carried forward to a later year. */
  projection?: Projection<C>
}

/** The tracks pack `p` offers, in its order. */
export function packTracks(p: Pick<RulePack<string>, 'tracks'>): TrackId[] {
  return (Object.keys(p.tracks) as TrackId[]).filter((t) => p.tracks[t] !== undefined)
}

/** The specialties pack `p` names, in its order. */
export function packSpecialties(p: Pick<RulePack<string>, 'specialties'>): SpecialtyId[] {
  return (Object.keys(p.specialties) as SpecialtyId[]).filter((s) => p.specialties[s] !== undefined)
}

/** The exceptional conditions pack `p` has, in numeric order. */
export function packConditions(p: RulePack<string>): ExceptionalCondition[] {
  const clauses = p.params.exceptional.conditionClauses as Record<number, string | undefined>
  return Object.keys(clauses)
    .map(Number)
    .filter((n) => clauses[n] !== undefined)
    .sort((x, y) => x - y) as ExceptionalCondition[]
}

/** Whether pack `p` offers track `t` (narrows `t` for indexing `p.tracks`). */
export function offersTrack(p: Pick<RulePack<string>, 'tracks'>, t: unknown): t is TrackId {
  return (
    typeof t === 'string' && Object.prototype.hasOwnProperty.call(p.tracks, t) && p.tracks[t as TrackId] !== undefined
  )
}

/**
 * The definition of track `t` of pack `p`. Callers hold a track the pack offers (answers validated
 * against the pack, or an assessment of it: `assess` never returns a track its pack lacks); a track
 * it does not offer is a programming error.
 */
export function trackDef<C extends string>(p: RulePack<C>, t: TrackId): TrackDef<C> {
  const def = p.tracks[t]
  if (!def) throw new Error(`pack ${p.id} has no track ${t}`)
  return def
}
