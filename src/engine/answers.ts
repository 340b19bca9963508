/**
 * The answers format, version 3 (documented in docs/answers.md). Everything the app asks, every field
 * optional: partial answers are valid and give "needs info" verdicts, not errors. Validated at runtime
 * with valibot; `validateAnswers` turns valibot issues into field-level messages in both languages.
 *
 * Version 2 (from version 1): the applicant answers their retirement group (`retirementGroup`: man /
 * woman in a cadre or professional post / woman in a worker post) instead of an age, because since the
 * 2025 reform the age depends on the month of birth; and where their education was obtained
 * (`education.obtainedIn`: mainland / Hong Kong, Macao or Taiwan / abroad) instead of a yes/no
 * "abroad". Version-1 input is checked against the frozen version-1 schema (so its messages name
 * its own fields) and then migrated by `migrateAnswers`.
 *
 * Version 3 (from version 2, issue 13: the app in the year it is used): CE hours of a year may be
 * marked `planned` (计划学时: hours the applicant means to earn in a year not over yet); social
 * security is answered as the start date with the current employer (`socialSecuritySince`) and
 * whether still employed there (`socialSecurityOngoing`; if not, `socialSecurityUntil`), so the
 * months can be counted to any cut-off — the old month count (`socialSecurityMonths`) is still read;
 * and `projectionYear`, the later round this profile projects the notice onto. Version 2 is read
 * through its frozen schema and migrated (only the version changes: every version-2 field means
 * the same in version 3).
 */
import * as v from 'valibot'
import { ASSESSMENT_GRADES, DEPARTMENT_TYPES, EDUCATION_LEVELS } from './types'
import { SPECIALTY_IDS, TRACK_IDS } from './vocabulary'
import { packConditions, packSpecialties, packTracks, type RulePack } from './pack'
import { RETIREMENT_GROUPS, type RetirementGroup } from './retirement'
import { isIsoDate } from './dates'

export const ANSWERS_VERSION = 3 as const

/** Where an education was obtained: the notice's 国内 / 国外, and Hong Kong, Macao or Taiwan between them. */
export const EDUCATION_PLACES = ['mainland', 'hmt', 'foreign'] as const
export type EducationPlace = (typeof EDUCATION_PLACES)[number]

const Bool = v.optional(v.boolean())
const CalendarDate = v.optional(
  v.pipe(
    v.string(),
    v.check((s: string) => isIsoDate(s), 'calendar-date'),
  ),
)
const Hours = v.optional(
  v.pipe(v.number(), v.finite('number'), v.minValue(0, 'non-negative'), v.maxValue(2000, 'too-large')),
)
const YearKey = v.pipe(v.string(), v.regex(/^(19|20)\d\d$/, 'year-key'))
const EducationYear = v.optional(
  v.pipe(v.number(), v.integer('integer'), v.minValue(1940, 'year-range'), v.maxValue(2100, 'year-range')),
)

/** Version 2's year of CE hours (frozen). */
export const CeYearV2Schema = v.strictObject({
  /** 专业科目学时 */
  professional: Hours,
  /** 行业公需 + 一般公需科目学时 */
  public: Hours,
})

export const CeYearSchema = v.strictObject({
  ...CeYearV2Schema.entries,
  /** 计划学时: hours planned for a year not over yet, not earned yet (a verdict on them says so). */
  planned: Bool,
})

/** The fields versions 1 and 2 share. */
const COMMON = {
  /** Ids of the format's vocabulary (./vocabulary.ts); which a pack offers is checked by `offeredProblems`. */
  track: v.optional(v.picklist(TRACK_IDS, 'choice')),
  specialty: v.optional(v.picklist(SPECIALTY_IDS, 'choice')),
  /** Applying through the highly-skilled-talent route (浙人社发〔2022〕77号). Absent = no. */
  skilledTalent: Bool,
  /** Senior tracks: does the applicant meet the normal (provincial) conditions, or apply by self-score? */
  seniorBasis: v.optional(v.picklist(['normal', 'self-score'] as const, 'choice')),
  /** Self-score (senior: as verified by the mid-level committee). */
  selfScore: v.optional(
    v.pipe(v.number(), v.finite('number'), v.minValue(0, 'non-negative'), v.maxValue(1000, 'too-large')),
  ),
  worksInNingbo: Bool,
  unitType: v.optional(v.picklist(['enterprise', 'public-institution'] as const, 'choice')),
  /** Public institutions: within the approved post-structure ratio. */
  withinPostRatio: Bool,
  /** Public institutions: approved in 浙江省事业单位人事工资管理服务系统. */
  approvedInPersonnelSystem: Bool,
  residency: v.optional(v.picklist(['mainland', 'hmt', 'foreign'] as const, 'choice')),
  birthDate: CalendarDate,
  retirementDeferred: Bool,
  /** Holds the current title (for the engineer track: assistant engineer 助理工程师). */
  titleHeld: Bool,
  /** Date the current title was obtained. */
  titleDate: CalendarDate,
  /** Years of engineering technical work (exceptional condition 7). */
  technicalWorkYears: v.optional(
    v.pipe(v.number(), v.finite('number'), v.minValue(0, 'non-negative'), v.maxValue(70, 'too-large')),
  ),
  /** Months of social security paid by the current Ningbo employer, counted to the cut-off. */
  socialSecurityMonths: v.optional(
    v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'non-negative'), v.maxValue(600, 'too-large')),
  ),
  /** Social security paid in another province within the last three years. */
  socialSecurityOtherProvince: Bool,
  /** Continuing-education hours by year ("2022": {...}). */
  ceHours: v.optional(v.record(YearKey, CeYearV2Schema)),
  /** Annual performance assessment by year ("2023": "pass"). */
  assessments: v.optional(v.record(YearKey, v.picklist(ASSESSMENT_GRADES, 'choice'))),
  department: v.optional(v.picklist(DEPARTMENT_TYPES, 'choice')),
  /** The four ability items of the chosen department type (Annex 1, 二). */
  abilities: v.optional(v.strictObject({ '1': Bool, '2': Bool, '3': Bool, '4': Bool })),
  /** Political and ethical conditions (Annex 1, 一), self-declared. */
  political: Bool,
  /** Evidence related to the specialty, from the current title or within the window (4/5 years). */
  evidenceInWindow: Bool,
  /** The four discipline situations (section 六(一)); true = the situation applies. */
  discipline: v.optional(
    v.strictObject({ forged: Bool, falseMaterials: Bool, undisclosedViolation: Bool, otherSerious: Bool }),
  ),
  /** Exceptional conditions 1–6 (Annex 1, 四); condition 7 is computed from education and work years. */
  exceptional: v.optional(v.strictObject({ '1': Bool, '2': Bool, '3': Bool, '4': Bool, '5': Bool, '6': Bool })),
}

/** The fields version 2 adds to the common ones (kept by version 3). */
const V2 = {
  /** The retirement group; the law in force at the pack's cut-off gives its age (N1.4). */
  retirementGroup: v.optional(v.picklist(RETIREMENT_GROUPS, 'choice')),
  education: v.optional(
    v.strictObject({
      level: v.optional(v.picklist(EDUCATION_LEVELS, 'choice')),
      year: EducationYear,
      obtainedIn: v.optional(v.picklist(EDUCATION_PLACES, 'choice')),
      /** 中专 in the applied specialty (exceptional condition 7). */
      inSpecialty: Bool,
    }),
  ),
}

/** Version 2, frozen: read (and migrated) only. */
export const AnswersV2Schema = v.strictObject({
  version: v.literal(2, 'version'),
  ...COMMON,
  ...V2,
})

export type AnswersV2 = v.InferOutput<typeof AnswersV2Schema>

/** Version 3, the current format. */
export const AnswersSchema = v.strictObject({
  version: v.literal(ANSWERS_VERSION, 'version'),
  ...COMMON,
  ...V2,
  ceHours: v.optional(v.record(YearKey, CeYearSchema)),
  /** The first day of social security paid by the current Ningbo employer. */
  socialSecuritySince: CalendarDate,
  /** Still employed (and insured) there: the months run on to any cut-off. */
  socialSecurityOngoing: Bool,
  /** Not still employed there: the last day paid (the months stop there). */
  socialSecurityUntil: CalendarDate,
  /** The later round this profile projects the notice onto (a year after the notice's). */
  projectionYear: EducationYear,
})

/** Version 1, frozen: read (and migrated) only. */
export const AnswersV1Schema = v.strictObject({
  version: v.literal(1, 'version'),
  ...COMMON,
  retirementAge: v.optional(v.picklist([60, 55, 50] as const, 'choice')),
  education: v.optional(
    v.strictObject({
      level: v.optional(v.picklist(EDUCATION_LEVELS, 'choice')),
      year: EducationYear,
      abroad: Bool,
      inSpecialty: Bool,
    }),
  ),
})

export type AnswersV1 = v.InferOutput<typeof AnswersV1Schema>

/** Version 1's statutory ages and the groups they stood for. */
export const V1_RETIREMENT_GROUPS: Record<60 | 55 | 50, RetirementGroup> = {
  60: 'man',
  55: 'woman-cadre',
  50: 'woman-worker',
}

type Obj = Record<string, unknown>
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x)

/**
 * Brings answers of an older version to the current one. Pure: the input is not changed. Version 1:
 * `retirementAge` 60 / 55 / 50 → `retirementGroup` man / woman-cadre / woman-worker; `education.abroad`
 * false → `obtainedIn: 'mainland'`, true → `'foreign'` (version 1 asked "obtained outside mainland
 * China?" and listed the foreign-degree certification for it; an applicant from Hong Kong, Macao or
 * Taiwan changes it on the education page). A value version 1 did not allow is left under its old
 * name, so validation reports it instead of dropping it. Anything else (the current version, a newer
 * one, not an object) is returned as it is.
 */
export function migrateAnswers(input: AnswersV1 | AnswersV2 | Answers): Answers
export function migrateAnswers(input: unknown): unknown
export function migrateAnswers(input: unknown): unknown {
  if (!isObj(input)) return input
  // Version 2 → 3: every field means the same; only the version changes.
  if (input.version === 2) return { ...structuredClone(input), version: ANSWERS_VERSION }
  if (input.version !== 1) return input
  const out: Obj = structuredClone(input)
  out.version = ANSWERS_VERSION
  const age = out.retirementAge
  if (age === 60 || age === 55 || age === 50) {
    delete out.retirementAge
    out.retirementGroup = V1_RETIREMENT_GROUPS[age]
  }
  const edu = out.education
  if (isObj(edu) && typeof edu.abroad === 'boolean') {
    const { abroad, ...rest } = edu
    out.education = { ...rest, obtainedIn: abroad ? 'foreign' : 'mainland' }
  }
  // Keep the key order of version 2 readable: version first.
  const { version, ...fields } = out
  return { version, ...fields }
}

export type Answers = v.InferOutput<typeof AnswersSchema>
export type CeYear = v.InferOutput<typeof CeYearSchema>

export function emptyAnswers(): Answers {
  return { version: ANSWERS_VERSION }
}

export interface FieldError {
  /** Dotted path of the field, e.g. `education.year` or `ceHours.2023.professional`; '' for the file. */
  path: string
  zh: string
  en: string
}

const REASONS: Record<string, { zh: string; en: string }> = {
  'calendar-date': { zh: '应为真实存在的日期，格式 YYYY-MM-DD', en: 'must be a real calendar date, YYYY-MM-DD' },
  number: { zh: '应为数字', en: 'must be a number' },
  'non-negative': { zh: '不能为负数', en: 'cannot be negative' },
  'too-large': { zh: '数值过大', en: 'is too large' },
  integer: { zh: '应为整数', en: 'must be a whole number' },
  'year-range': { zh: '年份应在 1940–2100 之间', en: 'must be a year between 1940 and 2100' },
  'year-key': { zh: '应以四位年份为键，如 "2023"', en: 'must be keyed by a four-digit year such as "2023"' },
  choice: { zh: '不是可选的值之一', en: 'is not one of the allowed values' },
  version: {
    zh: `版本应为 1、2 或 ${ANSWERS_VERSION}（可能来自更新版本的应用）`,
    en: `version must be 1, 2 or ${ANSWERS_VERSION} (the file may come from a newer app)`,
  },
}

function describeIssue(issue: v.BaseIssue<unknown>): { zh: string; en: string } {
  const known = REASONS[issue.message]
  if (known) return known
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    return { zh: '不是已知字段（拼写错误？）', en: 'is not a known field (a typo?)' }
  }
  if (
    issue.kind === 'schema' &&
    (issue.type === 'object' || issue.type === 'strict_object') &&
    issue.input === undefined
  ) {
    const key = issue.path?.[issue.path.length - 1]?.key
    if (key === 'version') return REASONS.version!
    return { zh: '缺少必填字段', en: 'is required' }
  }
  if (issue.kind === 'schema' && issue.type === 'boolean') {
    return { zh: '应为 true 或 false', en: 'must be true or false' }
  }
  if (
    issue.kind === 'schema' &&
    (issue.type === 'object' || issue.type === 'strict_object' || issue.type === 'record')
  ) {
    return { zh: '应为对象 { … }', en: 'must be an object { … }' }
  }
  if (issue.kind === 'schema' && issue.type === 'string') {
    return { zh: '应为文本', en: 'must be text' }
  }
  if (issue.kind === 'schema' && issue.type === 'number') {
    return { zh: '应为数字', en: 'must be a number' }
  }
  return { zh: `无效：${issue.message}`, en: `is invalid: ${issue.message}` }
}

export type ValidationResult = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] }

/**
 * Validate untrusted answers (a file, storage, a test). Field-level messages in both languages.
 * Version 1 is accepted: checked against its own schema, then migrated; the result is always the
 * current version.
 */
export function validateAnswers(input: unknown): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '', zh: '答案文件应为 JSON 对象', en: 'the answers must be a JSON object' }] }
  }
  const rec = input as Record<string, unknown>
  if (typeof rec.version === 'number' && rec.version > ANSWERS_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: 'version',
          zh: `此文件为第 ${rec.version} 版格式，来自更新版本的应用；请先更新本应用`,
          en: `this file uses format version ${rec.version}, from a newer app; update this app first`,
        },
      ],
    }
  }
  if (rec.version === 1 || rec.version === 2) {
    const schema = rec.version === 1 ? AnswersV1Schema : AnswersV2Schema
    const old = v.safeParse(schema, input, { abortPipeEarly: true })
    if (!old.success) return { ok: false, errors: fieldErrors(old.issues) }
    const current = v.safeParse(AnswersSchema, migrateAnswers(old.output), { abortPipeEarly: true })
    if (current.success) return { ok: true, answers: current.output }
    return { ok: false, errors: fieldErrors(current.issues) }
  }
  const result = v.safeParse(AnswersSchema, input, { abortPipeEarly: true })
  if (result.success) return { ok: true, answers: result.output }
  return { ok: false, errors: fieldErrors(result.issues) }
}

function fieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? ''
    const why = describeIssue(issue)
    const label = path === '' ? '' : `${path}: `
    return { path, zh: `${label}${why.zh}`, en: `${label}${why.en}` }
  })
}

/**
 * The answers' ids that pack `pack` does not offer: a track or specialty the notice does not have,
 * an exceptional condition it does not list. The format's vocabulary (./vocabulary.ts) allows them;
 * the pack decides which exist. Empty when every id is the pack's. (A specialty the pack has but
 * does not open on the chosen track is not a format error: the `scope` requirement says so.)
 */
export function offeredProblems(a: Answers, pack: RulePack<string>): FieldError[] {
  const out: FieldError[] = []
  const doc = pack.docNo
  if (a.track !== undefined && !packTracks(pack).includes(a.track)) {
    out.push({
      path: 'track',
      zh: `track: 申报通知 ${doc} 未设此申报类别（“${a.track}”）`,
      en: `track: the notice ${doc} has no such track (“${a.track}”)`,
    })
  }
  if (a.specialty !== undefined && !packSpecialties(pack).includes(a.specialty)) {
    out.push({
      path: 'specialty',
      zh: `specialty: 申报通知 ${doc} 未设此专业（“${a.specialty}”）`,
      en: `specialty: the notice ${doc} has no such specialty (“${a.specialty}”)`,
    })
  }
  const conditions = packConditions(pack).map(String)
  for (const key of Object.keys(a.exceptional ?? {})) {
    if (!conditions.includes(key)) {
      out.push({
        path: `exceptional.${key}`,
        zh: `exceptional.${key}: 申报通知 ${doc} 没有第 ${key} 项破格条件`,
        en: `exceptional.${key}: the notice ${doc} has no exceptional condition ${key}`,
      })
    }
  }
  return out
}

/** `validateAnswers`, then `offeredProblems` against the pack the answers are assessed under. */
export function validateAnswersFor(input: unknown, pack: RulePack<string>): ValidationResult {
  const checked = validateAnswers(input)
  if (!checked.ok) return checked
  const errors = offeredProblems(checked.answers, pack)
  return errors.length ? { ok: false, errors } : checked
}
