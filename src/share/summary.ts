/**
 * The shareable readiness summary: what an applicant may show someone else (a colleague, the unit's
 * HR officer) about where their application stands — and nothing more.
 *
 * A Summary holds verdicts, the dates from which time-based gaps close, compact "gap details" (which
 * years, which items — flags, never the figures), and checklist progress. It never holds a birth
 * date, a title date, hours, months, scores or any other answer. It is built from the engine's
 * Assessment (never from the answers), so it cannot say more than the verdict already says.
 *
 * Every field is canonical (fixed key set, arrays in pack order, `null` for "none"), so a summary
 * read back from a link deep-equals the one that was written.
 */
import { overallOf } from '@/engine/overall'
import { isIsoDate } from '@/engine/dates'
import { offersTrack, packConditions, packSpecialties, trackDef, type RulePack } from '@/engine/pack'
import {
  DEPARTMENT_TYPES,
  DISCIPLINE_ITEMS,
  PATHS,
  type Assessment,
  type DepartmentType,
  type DisciplineItem,
  type ExceptionalCondition,
  type IsoDate,
  type Overall,
  type PathId,
  type RequirementId,
  type RequirementResult,
  type SpecialtyId,
  type Status,
  type TrackId,
} from '@/engine/types'
import { sanitizeDisplayName } from './name'

export const STATUSES = ['met', 'not-met', 'needs-info', 'check', 'not-applicable'] as const satisfies readonly Status[]
export const OVERALLS = [
  'eligible',
  'not-eligible',
  'needs-info',
  'check-provincial',
] as const satisfies readonly Overall[]

export const ABILITY_ITEMS = [1, 2, 3, 4] as const
export type AbilityItem = (typeof ABILITY_ITEMS)[number]

export const PUBLIC_INSTITUTION_ITEMS = ['withinPostRatio', 'approvedInPersonnelSystem'] as const
export type PublicInstitutionItem = (typeof PUBLIC_INSTITUTION_ITEMS)[number]

export const SCOPE_REASONS = ['specialty', 'not-in-ningbo'] as const
export const SENIORITY_REASONS = ['years', 'no-title', 'no-row'] as const

/** One year of continuing education that falls short, and in which of the three counts. */
export interface CeYearGap {
  year: number
  total: boolean
  professional: boolean
  public: boolean
}

/**
 * What is missing, per requirement: enough to name the gap and give the advice, without figures.
 * `kind` is the requirement's id. Requirements not listed here need no detail (their status, and
 * `holdsFrom` where time fixes them, say it all).
 */
export type Gap =
  /** Not met: the specialty is not open for the track, or the applicant does not work in Ningbo. */
  | { kind: 'scope'; reason: (typeof SCOPE_REASONS)[number] }
  /** Met only because retirement was deferred under the rules. */
  | { kind: 'retirement'; deferred: true }
  /** Not met: the ability items (1–4) not yet met, and the department type whose items they are. */
  | { kind: 'ability'; department: DepartmentType | null; missing: AbilityItem[] }
  /** Not met: short of years (see holdsFrom), no assistant title, or an education level with no row. */
  | { kind: 'education-seniority'; reason: (typeof SENIORITY_REASONS)[number]; exceptionalHelps: boolean }
  /** Met or not met: which of the seven conditions hold; when the route's years are complete; no title. */
  | { kind: 'exceptional'; held: ExceptionalCondition[]; gatewayFrom: IsoDate | null; noTitle: boolean }
  /** Not met: the assessment years below "pass". */
  | { kind: 'assessment'; years: number[] }
  /** Not met: which of the two public-institution conditions fails. */
  | { kind: 'public-institution'; missing: PublicInstitutionItem[] }
  /** Not met: the short years and, for each, which of total / professional / public is short. */
  | { kind: 'continuing-education'; years: CeYearGap[] }
  /** Not met: which of the four situations was declared. */
  | { kind: 'discipline'; items: DisciplineItem[] }

export type GapKind = Gap['kind']

/** The requirements that may carry a gap, and with which statuses. */
export const GAP_STATUSES: Readonly<Partial<Record<RequirementId, readonly Status[]>>> = {
  scope: ['not-met'],
  retirement: ['met'],
  ability: ['not-met'],
  'education-seniority': ['not-met'],
  exceptional: ['met', 'not-met'],
  assessment: ['not-met'],
  'public-institution': ['not-met'],
  'continuing-education': ['not-met'],
  discipline: ['not-met'],
}

/** `holdsFrom` is kept for these statuses (a pending route keeps its date while info is missing). */
export const HOLDS_FROM_STATUSES: readonly Status[] = ['not-met', 'needs-info']

export interface RequirementSummary {
  id: RequirementId
  status: Status
  /** The first date on which time alone makes it hold, or null. */
  holdsFrom: IsoDate | null
  gap: Gap | null
}

export interface ChecklistSummary {
  /** The materials that apply, in pack order (including those done by the unit or district). */
  applicable: string[]
  /** The applicable items ticked on the device (done, or confirmed for the unit's), in pack order. */
  done: string[]
}

export interface Summary {
  packId: string
  track: TrackId | null
  specialty: SpecialtyId | null
  path: PathId | null
  overall: Overall
  /** When only time is missing: the date from which every condition holds (not-eligible only). */
  eligibleFrom: IsoDate | null
  /** Every requirement of the track, in the pack's order for the track. */
  requirements: RequirementSummary[]
  checklist: ChecklistSummary
  generatedOn: IsoDate
  /** Sanitised (see name.ts); null when none was given. */
  displayName: string | null
}

/**
 * How a material counts, as on the checklist screen (docs/checklist.md): the applicant's own work
 * before submitting (platform and paper items), a confirmation of what the unit or district does,
 * or later work (the interview).
 */
export type MaterialRole = 'own' | 'confirm' | 'later'

export function materialRole(m: { group: string; byOthers?: boolean }): MaterialRole {
  if (m.byOthers) return 'confirm'
  return m.group === 'platform' || m.group === 'paper' ? 'own' : 'later'
}

export interface ChecklistProgress {
  /** Own items ticked as done ("材料 N/M 已备齐": this is N). */
  done: number
  /** Own applicable items (M). */
  total: number
  /** Own applicable items not done yet, in pack order. */
  missing: string[]
  /** Applicable items done by the unit or district, and how many of them the applicant confirmed. */
  others: { confirmed: number; total: number }
}

export interface BuildOptions {
  /** The device's calendar date when the summary was made. */
  generatedOn: IsoDate
  displayName?: string
}

// ───────────────────────── dates a link can carry ─────────────────────────

export const SHARE_DATE_MIN: IsoDate = '2000-01-01'
/** The engine's own calendar ends in 2100 (dates.ts); so does the link's. */
export const SHARE_DATE_MAX: IsoDate = '2100-12-31'

export function isShareDate(s: unknown): s is IsoDate {
  return isIsoDate(s) && s >= SHARE_DATE_MIN && s <= SHARE_DATE_MAX
}

// ───────────────────────── build ─────────────────────────

/** Keep the members of `order` that `pred` selects, in `order`'s order (canonical, no duplicates). */
const inOrder = <T>(order: readonly T[], pred: (x: T) => boolean): T[] => order.filter(pred)

/** The gap of a requirement, from its typed detail (never from the sentences' keys or parameters). */
function gapOf(r: RequirementResult, pack: RulePack<string>, track: TrackId): Gap | null {
  if (!GAP_STATUSES[r.id]?.includes(r.status)) return null
  const d = r.detail
  switch (d.id) {
    case 'scope':
      if (d.failed === 'specialty') return { kind: 'scope', reason: 'specialty' }
      if (d.failed === 'area') return { kind: 'scope', reason: 'not-in-ningbo' }
      return null
    case 'retirement':
      return d.deferred === true ? { kind: 'retirement', deferred: true } : null
    case 'ability': {
      const missing = inOrder(ABILITY_ITEMS, (i) => d.missing.includes(i))
      return missing.length ? { kind: 'ability', department: d.department, missing } : null
    }
    case 'education-seniority':
      return d.failed ? { kind: 'education-seniority', reason: d.failed, exceptionalHelps: d.alternativeHelps } : null
    case 'exceptional': {
      if (d.held === null && !d.noTitle) return null
      const held = d.held ?? []
      return {
        kind: 'exceptional',
        held: inOrder(packConditions(pack), (n) => held.includes(n)),
        gatewayFrom: d.gatewayOpen === false && isShareDate(d.gatewayFrom) ? d.gatewayFrom : null,
        noTitle: d.noTitle,
      }
    }
    case 'assessment': {
      const years = inOrder(pack.params.assessmentYears.value, (y) => d.failed.includes(y))
      return years.length ? { kind: 'assessment', years } : null
    }
    case 'public-institution': {
      const missing = inOrder(PUBLIC_INSTITUTION_ITEMS, (k) => d.failed.includes(k))
      return missing.length ? { kind: 'public-institution', missing } : null
    }
    case 'continuing-education': {
      const years: CeYearGap[] = []
      for (const year of trackDef(pack, track).ceYears.value) {
        const y = d.years.find((x) => x.year === year)
        if (!y) continue
        const g = { year, total: y.short.total > 0, professional: y.short.professional > 0, public: y.short.public > 0 }
        if (g.total || g.professional || g.public) years.push(g)
      }
      return years.length ? { kind: 'continuing-education', years } : null
    }
    case 'discipline': {
      const items = inOrder(DISCIPLINE_ITEMS, (k) => d.declared.includes(k))
      return items.length ? { kind: 'discipline', items } : null
    }
    default:
      return null
  }
}

function specialtyOf(a: Assessment): SpecialtyId | null {
  // A summary without a track carries no specialty (nothing was assessed).
  return a.track ? a.specialty : null
}

function clampDate(d: IsoDate): IsoDate {
  return d < SHARE_DATE_MIN ? SHARE_DATE_MIN : d > SHARE_DATE_MAX ? SHARE_DATE_MAX : d
}

/**
 * The summary of an assessment, with the applicant's checklist progress (`done`: the material ids
 * ticked). Throws only on programming errors (an assessment from another pack, a malformed date).
 */
export function buildSummary(
  assessment: Assessment,
  pack: RulePack<string>,
  progress: { done: ReadonlySet<string> },
  options: BuildOptions,
): Summary {
  if (assessment.packId !== pack.id)
    throw new Error(`assessment of ${assessment.packId} summarised with pack ${pack.id}`)
  if (!isIsoDate(options.generatedOn))
    throw new RangeError(`generatedOn is not a calendar date: ${String(options.generatedOn)}`)
  const track = assessment.track
  const name = sanitizeDisplayName(options.displayName)
  const base = {
    packId: pack.id,
    generatedOn: clampDate(options.generatedOn),
    displayName: name === '' ? null : name,
  }
  if (track === null) {
    return {
      ...base,
      track: null,
      specialty: null,
      path: null,
      overall: assessment.overall,
      eligibleFrom: null,
      requirements: [],
      checklist: { applicable: [], done: [] },
    }
  }
  const results = new Map(assessment.requirements.map((r) => [r.id, r]))
  const requirements = trackDef(pack, track).requirements.map((id): RequirementSummary => {
    const r = results.get(id)
    if (!r) throw new Error(`assessment lacks requirement ${id} of track ${track}`)
    return {
      id,
      status: r.status,
      holdsFrom: HOLDS_FROM_STATUSES.includes(r.status) && isShareDate(r.holdsFrom) ? r.holdsFrom : null,
      gap: gapOf(r, pack, track),
    }
  })
  const applicable = new Set(assessment.checklist.map((c) => c.id))
  return {
    ...base,
    track,
    specialty: specialtyOf(assessment),
    path: assessment.path,
    overall: assessment.overall,
    eligibleFrom:
      assessment.overall === 'not-eligible' && isShareDate(assessment.eligibleFrom) ? assessment.eligibleFrom : null,
    requirements,
    checklist: {
      applicable: pack.materials.filter((m) => applicable.has(m.id)).map((m) => m.id),
      done: pack.materials.filter((m) => applicable.has(m.id) && progress.done.has(m.id)).map((m) => m.id),
    },
  }
}

export function checklistProgress(summary: Summary, pack: RulePack<string>): ChecklistProgress {
  const applicable = pack.materials.filter((m) => summary.checklist.applicable.includes(m.id))
  const done = new Set(summary.checklist.done)
  const own = applicable.filter((m) => materialRole(m) === 'own')
  const others = applicable.filter((m) => materialRole(m) === 'confirm')
  return {
    done: own.filter((m) => done.has(m.id)).length,
    total: own.length,
    missing: own.filter((m) => !done.has(m.id)).map((m) => m.id),
    others: { confirmed: others.filter((m) => done.has(m.id)).length, total: others.length },
  }
}

// ───────────────────────── validation ─────────────────────────

const isMember = <T>(list: readonly T[], v: unknown): v is T => list.includes(v as T)

/** Strictly increasing by `order` (canonical: sorted, no duplicates) and drawn from it. */
function canonical<T>(values: unknown, order: readonly T[]): values is T[] {
  if (!Array.isArray(values)) return false
  let last = -1
  for (const v of values) {
    const i = order.indexOf(v as T)
    if (i <= last) return false
    last = i
  }
  return true
}

const exactKeys = (o: unknown, keys: string[]): o is Record<string, unknown> =>
  typeof o === 'object' &&
  o !== null &&
  !Array.isArray(o) &&
  Object.keys(o).length === keys.length &&
  keys.every((k) => Object.prototype.hasOwnProperty.call(o, k))

function gapProblem(
  g: unknown,
  r: RequirementSummary,
  pack: RulePack<string>,
  track: TrackId,
  specialty: SpecialtyId | null,
): string | null {
  if (typeof g !== 'object' || g === null || (g as { kind?: unknown }).kind !== r.id)
    return `gap of ${r.id}: wrong kind`
  if (!GAP_STATUSES[r.id]?.includes(r.status)) return `gap of ${r.id}: not with status ${r.status}`
  const x = g as Record<string, unknown>
  switch (r.id) {
    case 'scope':
      if (!exactKeys(x, ['kind', 'reason']) || !isMember(SCOPE_REASONS, x.reason)) return 'scope gap'
      if (x.reason === 'specialty' && (specialty === null || trackDef(pack, track).specialties.includes(specialty)))
        return 'scope gap: specialty'
      return null
    case 'retirement':
      return exactKeys(x, ['kind', 'deferred']) && x.deferred === true ? null : 'retirement gap'
    case 'ability':
      return exactKeys(x, ['kind', 'department', 'missing']) &&
        (x.department === null || isMember(DEPARTMENT_TYPES, x.department)) &&
        canonical(x.missing, ABILITY_ITEMS) &&
        x.missing.length > 0
        ? null
        : 'ability gap'
    case 'education-seniority':
      return exactKeys(x, ['kind', 'reason', 'exceptionalHelps']) &&
        isMember(SENIORITY_REASONS, x.reason) &&
        typeof x.exceptionalHelps === 'boolean'
        ? null
        : 'education-seniority gap'
    case 'exceptional':
      return exactKeys(x, ['kind', 'held', 'gatewayFrom', 'noTitle']) &&
        canonical(x.held, packConditions(pack)) &&
        (x.gatewayFrom === null || isShareDate(x.gatewayFrom)) &&
        typeof x.noTitle === 'boolean'
        ? null
        : 'exceptional gap'
    case 'assessment':
      return exactKeys(x, ['kind', 'years']) &&
        canonical(x.years, pack.params.assessmentYears.value) &&
        x.years.length > 0
        ? null
        : 'assessment gap'
    case 'public-institution':
      return exactKeys(x, ['kind', 'missing']) && canonical(x.missing, PUBLIC_INSTITUTION_ITEMS) && x.missing.length > 0
        ? null
        : 'public-institution gap'
    case 'continuing-education': {
      if (!exactKeys(x, ['kind', 'years']) || !Array.isArray(x.years) || x.years.length === 0)
        return 'continuing-education gap'
      const order = trackDef(pack, track).ceYears.value
      if (
        !canonical(
          x.years.map((y: { year?: unknown }) => y?.year),
          order,
        )
      )
        return 'continuing-education gap: years'
      for (const y of x.years as unknown[]) {
        if (!exactKeys(y, ['year', 'total', 'professional', 'public'])) return 'continuing-education gap: year'
        const flags = [y.total, y.professional, y.public]
        if (!flags.every((f) => typeof f === 'boolean') || !flags.some(Boolean))
          return 'continuing-education gap: flags'
      }
      return null
    }
    case 'discipline':
      return exactKeys(x, ['kind', 'items']) && canonical(x.items, DISCIPLINE_ITEMS) && x.items.length > 0
        ? null
        : 'discipline gap'
    default:
      return `gap of ${r.id}: none expected`
  }
}

const SUMMARY_KEYS = [
  'packId',
  'track',
  'specialty',
  'path',
  'overall',
  'eligibleFrom',
  'requirements',
  'checklist',
  'generatedOn',
  'displayName',
]

/**
 * Why `s` is not a valid summary for `pack`, or null when it is. Valid means: every field present
 * and in range, canonical (arrays in pack order), consistent (the requirements are the track's, the
 * headline agrees with them, done ⊆ applicable), and the name sanitised.
 */
export function summaryProblem(s: unknown, pack: RulePack<string>): string | null {
  if (!exactKeys(s, SUMMARY_KEYS)) return 'fields'
  const x = s as unknown as Summary
  if (x.packId !== pack.id) return 'packId'
  // Ids of the pack's own tracks and specialties, not merely of the format's vocabulary.
  if (x.track !== null && !offersTrack(pack, x.track)) return 'track'
  if (x.specialty !== null && !isMember(packSpecialties(pack), x.specialty)) return 'specialty'
  if (x.path !== null && !isMember(PATHS, x.path)) return 'path'
  if (!isMember(OVERALLS, x.overall)) return 'overall'
  if (!isShareDate(x.generatedOn)) return 'generatedOn'
  if (x.eligibleFrom !== null && (!isShareDate(x.eligibleFrom) || x.overall !== 'not-eligible')) return 'eligibleFrom'
  if (
    x.displayName !== null &&
    (typeof x.displayName !== 'string' || x.displayName === '' || sanitizeDisplayName(x.displayName) !== x.displayName)
  ) {
    return 'displayName'
  }
  if (!exactKeys(x.checklist, ['applicable', 'done'])) return 'checklist'
  const ids = pack.materials.map((m) => m.id)
  if (!canonical(x.checklist.applicable, ids) || !canonical(x.checklist.done, ids)) return 'checklist ids'
  const applicable = new Set(x.checklist.applicable)
  if (x.checklist.done.some((id) => !applicable.has(id))) return 'checklist done'
  if (!Array.isArray(x.requirements)) return 'requirements'
  if (x.track === null) {
    if (
      x.specialty !== null ||
      x.path !== null ||
      x.overall !== 'needs-info' ||
      x.requirements.length ||
      applicable.size
    )
      return 'no track'
    return null
  }
  const def = trackDef(pack, x.track)
  if (x.path !== null && x.path !== 'skilled-talent' && !def.paths.includes(x.path)) return 'path for track'
  if (x.requirements.length !== def.requirements.length) return 'requirement count'
  for (let i = 0; i < def.requirements.length; i++) {
    const r = x.requirements[i]
    if (!exactKeys(r, ['id', 'status', 'holdsFrom', 'gap']) || r.id !== def.requirements[i]) return `requirement ${i}`
    if (!isMember(STATUSES, r.status)) return `status of ${r.id}`
    if (r.holdsFrom !== null && (!isShareDate(r.holdsFrom) || !HOLDS_FROM_STATUSES.includes(r.status)))
      return `holdsFrom of ${r.id}`
    if (r.gap !== null) {
      const p = gapProblem(r.gap, r, pack, x.track, x.specialty)
      if (p) return p
    }
  }
  // The headline must be the one the engine itself gives for these statuses.
  if (
    overallOf(
      x.requirements.map((r) => r.status),
      def.detail,
    ) !== x.overall
  )
    return 'overall vs statuses'
  return null
}

export function isValidSummary(s: unknown, pack: RulePack<string>): s is Summary {
  return summaryProblem(s, pack) === null
}
