/**
 * assess(answers, pack): the whole verdict, clause by clause. Pure: no Vue, Dexie or DOM.
 *
 * Every threshold and date comes from the pack (`pack.params`), every verdict carries the clauses it
 * rests on, and any inference the pack marks. Missing facts give `needs-info`, never an exception.
 */
import type { Answers } from './answers'
import { addMonthsIso, addYearsIso, daysBetween, hasFullYears, isIsoDate, yearsMonthsBetween } from './dates'
import type { MaterialDef, RulePack, When } from './pack'
import {
  DISCIPLINE_ITEMS,
  EXCEPTIONAL_CONDITIONS,
  type Assessment,
  type Bilingual,
  type ChecklistEntry,
  type DeadlineEntry,
  type DeadlineState,
  type EducationLevel,
  type IsoDate,
  type Message,
  type Overall,
  type PathId,
  type RequirementId,
  type RequirementResult,
  type Status,
  type TrackId,
} from './types'

export interface AssessOptions {
  /** The device's calendar date, for deadline states. Seniority never depends on it. */
  today?: IsoDate
}

type Ctx<C extends string> = {
  a: Answers
  pack: RulePack<C>
  track: TrackId
  cutoff: IsoDate
}

const m = (key: string, params?: Message['params']): Message => (params ? { key, params } : { key })

function result<C extends string>(
  ctx: Ctx<C>,
  id: RequirementId,
  status: Status,
  parts: Partial<Omit<RequirementResult<C>, 'id' | 'status'>> = {},
): RequirementResult<C> {
  const r: RequirementResult<C> = {
    id,
    status,
    figures: parts.figures ?? [],
    advice: parts.advice ?? [],
    clauses: parts.clauses ?? [...ctx.pack.requirementClauses[id]],
    inferences: parts.inferences ?? [],
  }
  if (parts.holdsFrom) r.holdsFrom = parts.holdsFrom
  if (parts.missing && parts.missing.length) r.missing = parts.missing
  return r
}

const needs = <C extends string>(
  ctx: Ctx<C>,
  id: RequirementId,
  missing: string[],
  extra: Partial<RequirementResult<C>> = {},
) => result(ctx, id, 'needs-info', { ...extra, missing, advice: [...(extra.advice ?? []), m('advice.answer-missing')] })

// ───────────────────────── requirements ─────────────────────────

function scope<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack, track } = ctx
  const allowed = pack.tracks[track].specialties
  if (a.specialty && !allowed.includes(a.specialty)) {
    return result(ctx, 'scope', 'not-met', {
      figures: [m('fig.specialty-not-on-track', { specialty: a.specialty, track })],
      advice: [m('advice.choose-allowed-specialty', { allowed: allowed.join(',') })],
    })
  }
  if (a.worksInNingbo === false) {
    return result(ctx, 'scope', 'not-met', {
      figures: [m('fig.not-in-ningbo')],
      advice: [m('advice.apply-where-you-work')],
    })
  }
  const missing = [!a.specialty && 'specialty', a.worksInNingbo === undefined && 'worksInNingbo'].filter(
    Boolean,
  ) as string[]
  if (missing.length) return needs(ctx, 'scope', missing)
  return result(ctx, 'scope', 'met', { figures: [m('fig.scope-ok', { specialty: a.specialty!, track })] })
}

function retirement<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack, cutoff } = ctx
  const p = pack.params.retirementAges
  const inferences = p.inference ? [p.inference] : []
  const missing = [!a.birthDate && 'birthDate', a.retirementAge === undefined && 'retirementAge'].filter(
    Boolean,
  ) as string[]
  if (missing.length) return needs(ctx, 'retirement', missing, { inferences })
  if (!p.value.includes(a.retirementAge!)) return needs(ctx, 'retirement', ['retirementAge'], { inferences })
  const retiresOn = addYearsIso(a.birthDate!, a.retirementAge!)
  const figures = [m('fig.retirement-date', { date: retiresOn, age: a.retirementAge!, cutoff })]
  if (retiresOn > cutoff) return result(ctx, 'retirement', 'met', { figures, inferences })
  if (a.retirementDeferred === true) {
    return result(ctx, 'retirement', 'met', { figures: [...figures, m('fig.retirement-deferred')], inferences })
  }
  if (a.retirementDeferred === undefined) {
    return needs(ctx, 'retirement', ['retirementDeferred'], { figures, inferences })
  }
  return result(ctx, 'retirement', 'not-met', { figures, inferences, advice: [m('advice.retirement-deferral')] })
}

function political<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const v = ctx.a.political
  if (v === undefined) return needs(ctx, 'political', ['political'])
  return v
    ? result(ctx, 'political', 'met', { figures: [m('fig.self-declared')] })
    : result(ctx, 'political', 'not-met', { figures: [m('fig.political-no')], advice: [m('advice.political')] })
}

function ability<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack } = ctx
  if (!a.department) return needs(ctx, 'ability', ['department'])
  const items = pack.params.abilityItems[a.department]
  const clauses = [...pack.requirementClauses.ability, ...items]
  const keys = ['1', '2', '3', '4'] as const
  const answers = keys.map((k) => a.abilities?.[k])
  const missingItems = keys.filter((_, i) => answers[i] === false)
  const unknown = keys.filter((_, i) => answers[i] === undefined)
  if (missingItems.length) {
    return result(ctx, 'ability', 'not-met', {
      clauses,
      figures: [
        m('fig.ability-count', { have: 4 - missingItems.length - unknown.length, of: 4, department: a.department }),
      ],
      advice: [m('advice.ability-missing', { items: missingItems.join(',') })],
    })
  }
  if (unknown.length)
    return needs(
      ctx,
      'ability',
      unknown.map((k) => `abilities.${k}`),
      { clauses },
    )
  return result(ctx, 'ability', 'met', {
    clauses,
    figures: [m('fig.ability-count', { have: 4, of: 4, department: a.department })],
  })
}

interface Seniority {
  years: number
  months: number
}

function seniority<C extends string>(ctx: Ctx<C>): Seniority | null {
  const { a, cutoff } = ctx
  if (!a.titleDate || !isIsoDate(a.titleDate)) return null
  const { years, months } = yearsMonthsBetween(a.titleDate, cutoff)
  return { years, months }
}

function countingInference<C extends string>(ctx: Ctx<C>): string[] {
  const i = ctx.pack.params.counting.inference
  return i ? [i] : []
}

/** A1.3: education × years as assistant engineer. */
function educationSeniority<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack, cutoff } = ctx
  if (a.skilledTalent) {
    return result(ctx, 'education-seniority', 'check', {
      clauses: [...pack.requirementClauses['education-seniority'], ...pack.requirementClauses['skilled-talent']],
      figures: [m('fig.skilled-talent-education')],
      advice: [m('advice.check-document', { doc: 'zrsf-2022-77' })],
    })
  }
  if (a.titleHeld === false) {
    return result(ctx, 'education-seniority', 'not-met', {
      figures: [m('fig.no-assistant-title')],
      advice: [m('advice.get-assistant-title')],
    })
  }
  const level = a.education?.level
  const missing = [
    !level && 'education.level',
    a.titleHeld === undefined && 'titleHeld',
    !a.titleDate && 'titleDate',
  ].filter(Boolean) as string[]
  if (missing.length) return needs(ctx, 'education-seniority', missing)
  const need = pack.params.educationYears.value[level!]
  const inferred = pack.params.educationYearsInferred.value[level!]
  const inferences = [...countingInference(ctx), ...(inferred ? [inferred] : [])]
  const s = seniority(ctx)!
  const have = m('fig.years-as-assistant', { years: s.years, months: s.months, cutoff })
  if (need === undefined) {
    return result(ctx, 'education-seniority', 'not-met', {
      figures: [have, m('fig.education-no-row', { level: level! })],
      advice: [m('advice.consider-exceptional')],
      inferences,
    })
  }
  if (hasFullYears(a.titleDate!, cutoff, need)) {
    return result(ctx, 'education-seniority', 'met', {
      figures: [have, m('fig.needs-years', { years: need, level: level! })],
      inferences,
    })
  }
  const holdsFrom = addYearsIso(a.titleDate!, need)
  const gate = exceptionalGateway(ctx)
  const exceptionalHelps = gate !== null && (gate.open || (gate.from !== undefined && gate.from < holdsFrom))
  return result(ctx, 'education-seniority', 'not-met', {
    figures: [have, m('fig.needs-years', { years: need, level: level! })],
    advice: [
      m('advice.wait-until', { date: holdsFrom }),
      ...(exceptionalHelps ? [m('advice.consider-exceptional')] : []),
    ],
    holdsFrom,
    inferences,
  })
}

function isHigherEducation<C extends string>(pack: RulePack<C>, level: EducationLevel): boolean {
  return pack.params.exceptional.higherEducation.value.includes(level)
}

/** Which exceptional conditions hold (7 is computed; 1–6 are declared), and the answers still missing. */
function exceptionalConditions<C extends string>(
  ctx: Ctx<C>,
): { held: number[]; unknown: number[]; missing: string[] } {
  const { a, pack } = ctx
  const held: number[] = []
  const unknown: number[] = []
  const missing: string[] = []
  for (const n of EXCEPTIONAL_CONDITIONS) {
    if (n === 7) {
      const level = a.education?.level
      const years7 = pack.params.exceptional.condition7Years.value
      if (level === 'secondary-vocational' || level === 'below-secondary') {
        // 中专 must be in the specialty: once it is not, the work years cannot make condition 7 hold.
        const specialtyFails = level === 'secondary-vocational' && a.education?.inSpecialty === false
        const specialtyUnknown = level === 'secondary-vocational' && a.education?.inSpecialty === undefined
        if (specialtyFails) continue
        if (specialtyUnknown || a.technicalWorkYears === undefined) {
          unknown.push(7)
          if (specialtyUnknown) missing.push('education.inSpecialty')
          if (a.technicalWorkYears === undefined) missing.push('technicalWorkYears')
        } else if (a.technicalWorkYears >= years7[level]) {
          held.push(7)
        }
      } else if (!level) {
        unknown.push(7)
        missing.push('education.level')
      }
      continue
    }
    const v = a.exceptional?.[String(n) as '1']
    if (v === true) held.push(n)
    else if (v === undefined) {
      unknown.push(n)
      missing.push(`exceptional.${n}`)
    }
  }
  return { held, unknown, missing }
}

/** Whether the exceptional route is open (A1.4 gateway) and from when it would be. */
function exceptionalGateway<C extends string>(ctx: Ctx<C>): { open: boolean; from?: IsoDate; reason: Message } | null {
  const { a, pack, cutoff } = ctx
  const level = a.education?.level
  if (!level || !a.titleDate || a.titleHeld === false) return null
  const ex = pack.params.exceptional
  if (isHigherEducation(pack, level)) {
    const minY = ex.higherEducationMinYears.value
    const belowY = ex.higherEducationBelowYears.value
    const from = addYearsIso(a.titleDate, minY)
    if (hasFullYears(a.titleDate, cutoff, belowY)) {
      return { open: false, reason: m('fig.exceptional-not-needed') }
    }
    return hasFullYears(a.titleDate, cutoff, minY)
      ? { open: true, reason: m('fig.exceptional-gateway-higher', { min: minY, below: belowY }) }
      : { open: false, from, reason: m('fig.exceptional-gateway-higher-short', { min: minY, date: from }) }
  }
  const y = ex.lowerEducationYears.value
  const from = addYearsIso(a.titleDate, y)
  return hasFullYears(a.titleDate, cutoff, y)
    ? { open: true, reason: m('fig.exceptional-gateway-lower', { years: y }) }
    : { open: false, from, reason: m('fig.exceptional-gateway-lower-short', { years: y, date: from }) }
}

function exceptional<C extends string>(ctx: Ctx<C>, normal: RequirementResult<C>): RequirementResult<C> {
  const { pack } = ctx
  if (normal.status === 'met' || normal.status === 'check') {
    return result(ctx, 'exceptional', 'not-applicable', { figures: [m('fig.exceptional-not-needed')] })
  }
  if (normal.status === 'needs-info')
    return result(ctx, 'exceptional', 'not-applicable', { figures: [m('fig.exceptional-after-normal')] })
  if (ctx.a.titleHeld === false) {
    return result(ctx, 'exceptional', 'not-met', {
      figures: [m('fig.no-assistant-title')],
      advice: [m('advice.get-assistant-title')],
    })
  }
  const gate = exceptionalGateway(ctx)
  const inferences = countingInference(ctx)
  const min = pack.params.exceptional.minConditions.value
  const { held, unknown, missing } = exceptionalConditions(ctx)
  const condClauses = held.map((n) => pack.params.exceptional.conditionClauses[n as 1])
  const clauses = [...pack.requirementClauses.exceptional, ...condClauses]
  const count = m('fig.exceptional-count', { have: held.length, need: min, list: held.join(',') })
  if (!gate) return needs(ctx, 'exceptional', ['education.level', 'titleDate'], { clauses })
  if (!gate.open && gate.from && normal.holdsFrom && gate.from >= normal.holdsFrom) {
    // The normal route's years come first: the exceptional route cannot help.
    return result(ctx, 'exceptional', 'not-applicable', {
      figures: [m('fig.exceptional-later-than-normal', { date: normal.holdsFrom })],
    })
  }
  if (!gate.open) {
    // Time alone fixes it only when the conditions already hold.
    const timeOnly = gate.from !== undefined && held.length >= min
    return result(ctx, 'exceptional', 'not-met', {
      clauses,
      figures: [gate.reason, count],
      advice: gate.from ? [m('advice.exceptional-from', { date: gate.from })] : [],
      inferences,
      ...(timeOnly ? { holdsFrom: gate.from } : {}),
    })
  }
  if (held.length >= min) {
    return result(ctx, 'exceptional', 'met', { clauses, figures: [gate.reason, count], inferences })
  }
  if (held.length + unknown.length >= min) {
    return needs(ctx, 'exceptional', missing, {
      clauses,
      figures: [gate.reason, count],
      inferences,
    })
  }
  return result(ctx, 'exceptional', 'not-met', {
    clauses,
    figures: [gate.reason, count],
    advice: [m('advice.exceptional-more', { need: min - held.length })],
    inferences,
  })
}

function provincialConditions<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, track } = ctx
  const doc = track === 'senior-se' ? 'ztx-2024-11' : 'zjsjr-2023-19'
  if (a.skilledTalent)
    return result(ctx, 'provincial-conditions', 'not-applicable', { figures: [m('fig.skilled-talent-instead')] })
  if (track !== 'principal' && a.seniorBasis === 'self-score') {
    return result(ctx, 'provincial-conditions', 'not-applicable', { figures: [m('fig.self-score-instead')] })
  }
  return result(ctx, 'provincial-conditions', 'check', {
    figures: [m('fig.provincial-conditions', { doc })],
    advice: [m('advice.check-document', { doc })],
  })
}

function selfScore<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack, track } = ctx
  if (a.skilledTalent)
    return result(ctx, 'self-score', 'not-applicable', { figures: [m('fig.skilled-talent-instead')] })
  if (a.seniorBasis === undefined) return needs(ctx, 'self-score', ['seniorBasis'])
  if (a.seniorBasis === 'normal')
    return result(ctx, 'self-score', 'not-applicable', { figures: [m('fig.normal-conditions')] })
  if (a.selfScore === undefined) return needs(ctx, 'self-score', ['selfScore'])
  const min = pack.params.selfScoreMin.value
  const verified = track === 'senior'
  const figures = [m(verified ? 'fig.self-score-verified' : 'fig.self-score', { score: a.selfScore, min })]
  return a.selfScore >= min
    ? result(ctx, 'self-score', 'met', { figures, advice: verified ? [m('advice.self-score-verified')] : [] })
    : result(ctx, 'self-score', 'not-met', { figures, advice: [m('advice.self-score-low', { min })] })
}

function skilledTalent<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  if (!ctx.a.skilledTalent)
    return result(ctx, 'skilled-talent', 'not-applicable', { figures: [m('fig.not-skilled-talent')] })
  return result(ctx, 'skilled-talent', 'check', {
    figures: [m('fig.skilled-talent')],
    advice: [m('advice.check-document', { doc: 'zrsf-2022-77' })],
  })
}

function assessment<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack } = ctx
  const years = pack.params.assessmentYears
  const passing = pack.params.assessmentPassing
  const inferences = [years.inference, passing.inference].filter(Boolean) as string[]
  const grades = years.value.map((y) => ({ year: y, grade: a.assessments?.[String(y)] }))
  const failed = grades.filter((g) => g.grade !== undefined && !passing.value.includes(g.grade))
  const unknown = grades.filter((g) => g.grade === undefined)
  const figures = grades.filter((g) => g.grade).map((g) => m('fig.assessment-year', { year: g.year, grade: g.grade! }))
  if (failed.length) {
    return result(ctx, 'assessment', 'not-met', {
      figures,
      inferences,
      advice: [m('advice.assessment', { years: failed.map((g) => g.year).join(',') })],
    })
  }
  if (unknown.length)
    return needs(
      ctx,
      'assessment',
      unknown.map((g) => `assessments.${g.year}`),
      { figures, inferences },
    )
  return result(ctx, 'assessment', 'met', { figures, inferences })
}

function evidence<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack, track } = ctx
  const years = pack.tracks[track].evidenceYears.value
  if (a.evidenceInWindow === undefined)
    return needs(ctx, 'evidence', ['evidenceInWindow'], { figures: [m('fig.evidence-window', { years })] })
  return a.evidenceInWindow
    ? result(ctx, 'evidence', 'met', { figures: [m('fig.evidence-window', { years })] })
    : result(ctx, 'evidence', 'not-met', {
        figures: [m('fig.evidence-window', { years })],
        advice: [m('advice.evidence', { years })],
      })
}

function publicInstitution<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a } = ctx
  if (a.unitType === undefined) return needs(ctx, 'public-institution', ['unitType'])
  if (a.unitType === 'enterprise')
    return result(ctx, 'public-institution', 'not-applicable', { figures: [m('fig.enterprise')] })
  const bad = [
    a.withinPostRatio === false && 'withinPostRatio',
    a.approvedInPersonnelSystem === false && 'approvedInPersonnelSystem',
  ].filter(Boolean) as string[]
  if (bad.length) {
    return result(ctx, 'public-institution', 'not-met', {
      figures: bad.map((f) => m(`fig.pi-${f}`)),
      advice: [m('advice.public-institution')],
    })
  }
  const missing = [
    a.withinPostRatio === undefined && 'withinPostRatio',
    a.approvedInPersonnelSystem === undefined && 'approvedInPersonnelSystem',
  ].filter(Boolean) as string[]
  if (missing.length) return needs(ctx, 'public-institution', missing)
  return result(ctx, 'public-institution', 'met', { figures: [m('fig.pi-ok')] })
}

function continuingEducation<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack, track, cutoff } = ctx
  const years = pack.tracks[track].ceYears.value
  const { total, professional, public: pub } = pack.params.ce
  const currentYear = Number(cutoff.slice(0, 4))
  const figures: Message[] = []
  const advice: Message[] = []
  const missing: string[] = []
  let short = false
  for (const y of years) {
    const h = a.ceHours?.[String(y)]
    if (h?.professional === undefined || h?.public === undefined) {
      if (h?.professional === undefined) missing.push(`ceHours.${y}.professional`)
      if (h?.public === undefined) missing.push(`ceHours.${y}.public`)
      continue
    }
    const sum = h.professional + h.public
    const ok = sum >= total.value && h.professional >= professional.value && h.public >= pub.value
    figures.push(
      m(ok ? 'fig.ce-year-ok' : 'fig.ce-year-short', {
        year: y,
        total: sum,
        professional: h.professional,
        public: h.public,
        needTotal: total.value,
        needProfessional: professional.value,
        needPublic: pub.value,
      }),
    )
    if (!ok) {
      short = true
      const gaps = {
        year: y,
        total: Math.max(0, total.value - sum),
        professional: Math.max(0, professional.value - h.professional),
        public: Math.max(0, pub.value - h.public),
      }
      advice.push(m(y === currentYear ? 'advice.ce-current-year' : 'advice.ce-past-year', gaps))
    }
  }
  if (short) return result(ctx, 'continuing-education', 'not-met', { figures, advice })
  if (missing.length) return needs(ctx, 'continuing-education', missing, { figures })
  return result(ctx, 'continuing-education', 'met', { figures })
}

function socialSecurity<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack, track, cutoff } = ctx
  if (!pack.params.socialSecurityTracks.value.includes(track)) {
    return result(ctx, 'social-security', 'not-applicable', { figures: [m('fig.ss-not-for-track')] })
  }
  const need = pack.params.socialSecurityMonths
  const inferences = need.inference ? [need.inference] : []
  if (a.socialSecurityMonths === undefined)
    return needs(ctx, 'social-security', ['socialSecurityMonths'], { inferences })
  const figures = [m('fig.ss-months', { months: a.socialSecurityMonths, need: need.value, cutoff })]
  if (a.socialSecurityMonths >= need.value) return result(ctx, 'social-security', 'met', { figures, inferences })
  const holdsFrom = addMonthsIso(cutoff, need.value - a.socialSecurityMonths)
  return result(ctx, 'social-security', 'not-met', {
    figures,
    inferences,
    holdsFrom,
    advice: [m('advice.ss-wait', { date: holdsFrom, months: need.value - a.socialSecurityMonths })],
  })
}

function discipline<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack } = ctx
  const d = a.discipline ?? {}
  const yes = DISCIPLINE_ITEMS.filter((k) => d[k] === true)
  const unknown = DISCIPLINE_ITEMS.filter((k) => d[k] === undefined)
  if (yes.length) {
    return result(ctx, 'discipline', 'not-met', {
      clauses: [...pack.requirementClauses.discipline, ...yes.map((k) => pack.params.disciplineItems[k])],
      figures: yes.map((k) => m(`fig.discipline-${k}`)),
      advice: [m('advice.discipline')],
    })
  }
  if (unknown.length)
    return needs(
      ctx,
      'discipline',
      unknown.map((k) => `discipline.${k}`),
    )
  return result(ctx, 'discipline', 'met', { figures: [m('fig.discipline-none')] })
}

// ───────────────────────── checklist, deadlines ─────────────────────────

interface Facts {
  track: TrackId
  path: PathId | null
  unitType?: 'enterprise' | 'public-institution'
  residency?: 'mainland' | 'hmt' | 'foreign'
  educationUpload: boolean
  /** The inference the upload verdict rests on, if any (2001, or secondary education). */
  educationUploadInference?: string
  educationAbroad: boolean
  socialSecurityOtherProvince: boolean
}

function educationUpload<C extends string>(a: Answers, pack: RulePack<C>): { upload: boolean; inference?: string } {
  const e = a.education
  if (!e?.level) return { upload: false }
  if (e.abroad) return { upload: true }
  if (!isHigherEducation(pack, e.level))
    return { upload: true, inference: pack.params.educationNotExtractable.inference }
  if (e.year === undefined) return { upload: false }
  const auto = pack.params.educationAutoFromYear
  const ambiguous = pack.params.educationAmbiguousYear
  if (e.year >= auto.value) return { upload: false }
  return e.year === ambiguous.value ? { upload: true, inference: ambiguous.inference } : { upload: true }
}

/** Inferences a material's condition rests on for this applicant. */
function whenInferences(when: When, f: Facts): string[] {
  if ('all' in when) return when.all.flatMap((w) => whenInferences(w, f))
  if ('any' in when) return when.any.flatMap((w) => whenInferences(w, f))
  if ('not' in when) return whenInferences(when.not, f)
  if ('educationUpload' in when && f.educationUploadInference) return [f.educationUploadInference]
  return []
}

export function matches(when: When, f: Facts): boolean {
  if ('always' in when) return true
  if ('all' in when) return when.all.every((w) => matches(w, f))
  if ('any' in when) return when.any.some((w) => matches(w, f))
  if ('not' in when) return !matches(when.not, f)
  if ('track' in when) return when.track.includes(f.track)
  if ('path' in when) return f.path !== null && when.path.includes(f.path)
  if ('unitType' in when) return f.unitType === when.unitType
  if ('residency' in when) return f.residency !== undefined && when.residency.includes(f.residency)
  if ('educationUpload' in when) return f.educationUpload
  if ('educationAbroad' in when) return f.educationAbroad
  if ('socialSecurityOtherProvince' in when) return f.socialSecurityOtherProvince
  return false
}

function reasonFor<C extends string>(mat: MaterialDef<C>, f: Facts, pack: RulePack<C>): Message {
  const params: Record<string, string | number> = { track: f.track }
  if (mat.reason === 'evidence-years') params.years = pack.tracks[f.track].evidenceYears.value
  if (mat.reason === 'ce-years') params.years = pack.tracks[f.track].ceYears.value.join(',')
  return m(`reason.${mat.reason}`, params)
}

/** Fills `{param}` in a material's texts from the pack's parameters, so no value is typed twice. */
function fillParams<C extends string>(b: Bilingual, pack: RulePack<C>): Bilingual {
  const values: Record<string, number> = {
    publicityWorkingDays: pack.params.publicityWorkingDays.value,
    selfScoreMin: pack.params.selfScoreMin.value,
  }
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (whole, k: string) => (k in values ? String(values[k]) : whole))
  return { zh: fill(b.zh), en: fill(b.en) }
}

export function checklist<C extends string>(pack: RulePack<C>, f: Facts): ChecklistEntry<C>[] {
  return pack.materials
    .filter((mat) => matches(mat.when, f))
    .map((mat) => {
      const entry: ChecklistEntry<C> = {
        id: mat.id,
        group: mat.group,
        title: fillParams(mat.title, pack),
        detail: fillParams(mat.detail, pack),
        reason: reasonFor(mat, f, pack),
        clauses: [...mat.clauses],
        byOthers: mat.byOthers === true,
        inferences: [...(mat.inference ? [mat.inference] : []), ...whenInferences(mat.when, f)],
      }
      if (mat.copies !== undefined) entry.copies = mat.copies
      return entry
    })
}

export function deadlineState(date: IsoDate | null, until: IsoDate | undefined, today: IsoDate): DeadlineState {
  if (date === null) return { kind: 'unknown' }
  const d = daysBetween(today, date)
  if (d > 0) return { kind: 'upcoming', daysLeft: d }
  if (d === 0) return until ? { kind: 'in-window' } : { kind: 'today' }
  if (until && daysBetween(today, until) >= 0) return { kind: 'in-window' }
  return { kind: 'closed', on: until ?? date }
}

export function deadlines<C extends string>(pack: RulePack<C>, track: TrackId, today?: IsoDate): DeadlineEntry<C>[] {
  return pack.deadlines
    .filter((d) => d.tracks.includes(track))
    .map((d) => {
      const e: DeadlineEntry<C> = {
        id: d.id,
        title: d.title,
        date: d.date,
        approximate: d.approximate === true,
        clauses: [...d.clauses],
      }
      if (d.until) e.until = d.until
      if (d.setBy) e.setBy = d.setBy
      if (today && isIsoDate(today)) e.state = deadlineState(d.date, d.until, today)
      return e
    })
}

// ───────────────────────── assess ─────────────────────────

/**
 * Not met anywhere → not eligible; else anything unknown → needs info; else anything this notice
 * leaves to another document (a "check" verdict, or a track whose conditions the notice sets only in
 * part) → eligible as far as this notice says, check the provincial document.
 */
function overallOf(reqs: RequirementResult[], detail: 'full' | 'partial'): Overall {
  if (reqs.some((r) => r.status === 'not-met')) return 'not-eligible'
  if (reqs.some((r) => r.status === 'needs-info')) return 'needs-info'
  if (detail === 'partial' || reqs.some((r) => r.status === 'check')) return 'check-provincial'
  return 'eligible'
}

function pathOf<C extends string>(ctx: Ctx<C>, reqs: Map<RequirementId, RequirementResult<C>>): PathId | null {
  const { a, track } = ctx
  if (a.skilledTalent) return 'skilled-talent'
  const paths = ctx.pack.tracks[track].paths
  if (paths.includes('exceptional')) {
    const normal = reqs.get('education-seniority')
    if (normal?.status === 'met') return 'normal'
    if (
      normal?.status === 'not-met' ||
      normal?.status === 'not-applicable' ||
      reqs.get('exceptional')?.status === 'needs-info'
    ) {
      // The normal route fails: the exceptional route is the one being checked once its gateway is open.
      if (exceptionalGateway(ctx)?.open) return 'exceptional'
      return 'normal'
    }
    return null
  }
  if (paths.includes('self-score')) {
    if (a.seniorBasis === 'self-score') return 'self-score'
    if (a.seniorBasis === 'normal') return 'normal'
    return null
  }
  return 'normal'
}

/** When only time is missing: the date from which every unmet condition holds. */
function eligibleFromOf(reqs: RequirementResult[]): IsoDate | undefined {
  const byId = new Map(reqs.map((r) => [r.id, r]))
  const unmet = reqs.filter((r) => r.status === 'not-met')
  if (!unmet.length) return undefined
  const normal = byId.get('education-seniority')
  const ex = byId.get('exceptional')
  const dates: IsoDate[] = []
  for (const r of unmet) {
    if (r.id === 'education-seniority' || r.id === 'exceptional') continue
    if (!r.holdsFrom) return undefined
    dates.push(r.holdsFrom)
  }
  // The normal and exceptional routes are alternatives: the earlier one that time alone fixes.
  const routeDates = [normal, ex].filter((r) => r?.status === 'not-met' && r.holdsFrom).map((r) => r!.holdsFrom!)
  const routeUnmet = normal?.status === 'not-met'
  if (routeUnmet) {
    if (ex?.status === 'met') {
      // exceptional route already open: the route is not what is missing
    } else if (!routeDates.length) return undefined
    else dates.push(routeDates.sort()[0]!)
  }
  return dates.length ? dates.sort()[dates.length - 1] : undefined
}

export function assess<C extends string>(
  answers: Answers,
  pack: RulePack<C>,
  options: AssessOptions = {},
): Assessment<C> {
  const track = answers.track
  const cutoff = pack.params.cutoff.value
  if (!track) {
    return {
      packId: pack.id,
      overall: 'needs-info',
      path: null,
      track: null,
      specialty: answers.specialty ?? null,
      requirements: [],
      checklist: [],
      deadlines: [],
      inferences: [],
    }
  }
  const ctx: Ctx<C> = { a: answers, pack, track, cutoff }
  const byId = new Map<RequirementId, RequirementResult<C>>()
  const def = pack.tracks[track]
  const evaluate = (id: RequirementId): RequirementResult<C> => {
    switch (id) {
      case 'scope':
        return scope(ctx)
      case 'retirement':
        return retirement(ctx)
      case 'political':
        return political(ctx)
      case 'ability':
        return ability(ctx)
      case 'education-seniority':
        return educationSeniority(ctx)
      case 'exceptional':
        return exceptional(ctx, byId.get('education-seniority') ?? educationSeniority(ctx))
      case 'provincial-conditions':
        return provincialConditions(ctx)
      case 'self-score':
        return selfScore(ctx)
      case 'skilled-talent':
        return skilledTalent(ctx)
      case 'assessment':
        return assessment(ctx)
      case 'evidence':
        return evidence(ctx)
      case 'public-institution':
        return publicInstitution(ctx)
      case 'continuing-education':
        return continuingEducation(ctx)
      case 'social-security':
        return socialSecurity(ctx)
      case 'discipline':
        return discipline(ctx)
    }
  }
  for (const id of def.requirements) byId.set(id, evaluate(id))
  let requirements = def.requirements.map((id) => byId.get(id)!)

  // Normal and exceptional are alternatives: when the exceptional route is met, the unmet normal
  // route is no longer a reason for "not eligible" — it stays visible, marked not applicable.
  const normal = byId.get('education-seniority')
  const ex = byId.get('exceptional')
  if (normal?.status === 'not-met' && ex?.status === 'met') {
    const replaced: RequirementResult<C> = { ...normal, status: 'not-applicable', advice: [] }
    delete replaced.holdsFrom
    byId.set('education-seniority', replaced)
    requirements = requirements.map((r) => (r.id === 'education-seniority' ? replaced : r))
  } else if (normal?.status === 'not-met' && ex?.status === 'needs-info') {
    // Still possible through the exceptional route: the answer depends on missing facts.
    const pending: RequirementResult<C> = { ...normal, status: 'needs-info', missing: ex.missing ?? [] }
    byId.set('education-seniority', pending)
    requirements = requirements.map((r) => (r.id === 'education-seniority' ? pending : r))
  }

  const path = pathOf(ctx, byId)
  const overall = overallOf(requirements, def.detail)
  const up = educationUpload(answers, pack)
  const facts: Facts = {
    track,
    path,
    unitType: answers.unitType,
    residency: answers.residency,
    educationUpload: up.upload,
    ...(up.inference ? { educationUploadInference: up.inference } : {}),
    educationAbroad: answers.education?.abroad === true,
    socialSecurityOtherProvince: answers.socialSecurityOtherProvince === true,
  }
  const list = checklist(pack, facts)
  const inferences = [...new Set([...requirements.flatMap((r) => r.inferences), ...list.flatMap((c) => c.inferences)])]
  const out: Assessment<C> = {
    packId: pack.id,
    overall,
    path,
    track,
    specialty: answers.specialty ?? null,
    requirements,
    checklist: list,
    deadlines: deadlines(pack, track, options.today),
    inferences,
  }
  if (overall === 'not-eligible') {
    const from = eligibleFromOf(requirements)
    if (from) out.eligibleFrom = from
  }
  return out
}
