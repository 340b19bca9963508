/**
 * The engine's message keys and the parameters each one carries, typed like the UI's locales: a
 * requirement can only emit a key listed here, with exactly its parameters, and a rule pack's
 * message table (`RulePack.messages`) must render every key, in both languages, or the pack does not
 * compile. The sentences themselves are the pack's: they are in the notice's wording.
 *
 * List parameters are comma-joined (`'1,3'`), dates are `YYYY-MM-DD`.
 */
import type { Lang } from './types'

type Ids = string
type None = Record<string, never>

export interface MessageParams {
  'advice.answer-missing': None
  // scope
  'fig.specialty-not-on-track': { specialty: string; track: string }
  'advice.choose-allowed-specialty': { allowed: Ids }
  'fig.not-in-ningbo': None
  'advice.apply-where-you-work': None
  'fig.scope-ok': { specialty: string; track: string }
  // retirement
  /** `age` years and `ageMonths` months (absent when 0): the statutory age for this birth date. */
  'fig.retirement-date': { date: string; age: number; ageMonths?: number; cutoff: string }
  'fig.retirement-deferred': None
  'advice.retirement-deferral': None
  // political
  'fig.self-declared': None
  'fig.political-no': None
  'advice.political': None
  // ability
  'fig.ability-count': { have: number; of: number; department: string }
  'advice.ability-missing': { items: Ids }
  // education and seniority
  'fig.skilled-talent-education': { doc: string }
  'advice.check-document': { doc: string }
  'fig.no-assistant-title': None
  'advice.get-assistant-title': None
  'fig.years-as-assistant': { years: number; months: number; cutoff: string }
  'fig.education-no-row': { level: string }
  'advice.consider-exceptional': None
  /** A level with no row on a track with no alternative route. */
  'advice.education-no-row': None
  'fig.needs-years': { years: number; level: string }
  'advice.wait-until': { date: string }
  // exceptional
  'fig.exceptional-not-needed': None
  'fig.exceptional-later-than-normal': { date: string }
  'fig.exceptional-after-normal': None
  'fig.exceptional-gateway-higher': { min: number; below: number }
  'fig.exceptional-gateway-higher-short': { min: number; date: string }
  'fig.exceptional-gateway-lower': { years: number }
  'fig.exceptional-gateway-lower-short': { years: number; date: string }
  'fig.exceptional-count': { have: number; need: number; list: Ids }
  'advice.exceptional-from': { date: string }
  'advice.exceptional-more': { need: number }
  // provincial conditions, self-score, skilled talent
  'fig.skilled-talent-instead': None
  'fig.self-score-instead': None
  'fig.provincial-conditions': { doc: string }
  'fig.normal-conditions': None
  'fig.self-score-verified': { score: number; min: number }
  'fig.self-score': { score: number; min: number }
  'advice.self-score-verified': None
  'advice.self-score-low': { min: number }
  'fig.not-skilled-talent': None
  'fig.skilled-talent': { doc: string }
  // assessment
  'fig.assessment-year': { year: number; grade: string }
  'advice.assessment': { years: Ids }
  // evidence
  'fig.evidence-window': { years: number }
  'advice.evidence': { years: number }
  // public institution
  'fig.enterprise': None
  'fig.pi-withinPostRatio': None
  'fig.pi-approvedInPersonnelSystem': None
  'fig.pi-ok': None
  'advice.public-institution': None
  // continuing education
  'fig.ce-year-ok': CeYearFigure
  'fig.ce-year-short': CeYearFigure
  'advice.ce-current-year': CeGap
  'advice.ce-past-year': CeGap
  'advice.ce-round-closed': CeGap
  /** The verdict counts hours only planned (answers format 3). */
  'fig.ce-planned': { years: Ids }
  // social security
  'fig.ss-not-for-track': None
  'fig.ss-months': { months: number; need: number; cutoff: string }
  /** The months counted from the start date with the current employer (answers format 3). */
  'fig.ss-since': { since: string; until: string; months: number; need: number; cutoff: string }
  'advice.ss-wait': { date: string; months: number }
  // discipline
  'fig.discipline-none': None
  'fig.discipline-forged': None
  'fig.discipline-falseMaterials': None
  'fig.discipline-undisclosedViolation': None
  'fig.discipline-otherSerious': None
  'advice.discipline': None
  // checklist reasons (a material's `reason`)
  'reason.always': ReasonParams
  'reason.other-province': ReasonParams
  'reason.hmt-foreign': ReasonParams
  'reason.education-upload': ReasonParams
  'reason.education-abroad': ReasonParams
  'reason.ce-years': ReasonParams & { years: Ids }
  'reason.evidence-years': ReasonParams & { years: number }
  'reason.engineer': ReasonParams
  'reason.public-institution': ReasonParams
  'reason.self-score': ReasonParams
  'reason.skilled-talent': ReasonParams
  'reason.exceptional': ReasonParams
  'reason.senior-documents': ReasonParams
}

export interface CeYearFigure {
  year: number
  total: number
  professional: number
  public: number
  needTotal: number
  needProfessional: number
  needPublic: number
}
export interface CeGap {
  year: number
  total: number
  professional: number
  public: number
}
export interface ReasonParams {
  track: string
}

export type MessageKey = keyof MessageParams
/** A material's reason: the part of a `reason.*` key after the dot. */
export type ReasonId = MessageKey extends infer K ? (K extends `reason.${infer R}` ? R : never) : never

/** One message: a key and its parameters (none for keys whose parameters are empty). */
export type Message = {
  [K in MessageKey]: MessageParams[K] extends None
    ? { key: K; params?: MessageParams[K] }
    : { key: K; params: MessageParams[K] }
}[MessageKey]

export type LabelKind = 'specialty' | 'track' | 'doc' | 'level' | 'grade' | 'department'

/** What a renderer may use besides the parameters: labels from the pack, dates in the language. */
export interface RenderContext {
  lang: Lang
  /** A label for an id: a specialty, track or document of the pack, an education level, grade or department type. */
  label: (kind: LabelKind, value: string | number) => string
  date: (iso: string | number) => string
}

export type Render<K extends MessageKey> = (p: MessageParams[K], x: RenderContext) => string

/** A pack's sentences: every key, in both languages. */
export type MessageTable = { [K in MessageKey]: { zh: Render<K>; en: Render<K> } }

/** Build a message (typed: the key decides the parameters). */
export function msg<K extends MessageKey>(
  key: K,
  ...params: MessageParams[K] extends None ? [] : [MessageParams[K]]
): Message {
  return (params.length ? { key, params: params[0] } : { key }) as Message
}
