/**
 * Requirement `exceptional`: the exceptional route (破格), an alternative to the normal route.
 *
 * Clauses (2024 pack): A1.4 — 「不具备规定学历，任助理工程师满4年，或大专及以上学历，任助理工程师满3年不满4年，
 * 且符合下列条件中2项以上的，可破格申报」; A1.4.1–A1.4.7, the seven conditions; A1.4.7 — 「中专学历
 * （所学专业与申报专业一致）从事工程技术工作满15年，中专以下学历从事工程技术工作满20年」.
 *
 * The gateway (education × years) is `params.exceptional`; conditions 1–6 are declared by the
 * applicant, the computed one (work years by education level) is `params.exceptional.computed`.
 * Which requirement this one is the alternative of comes from the pack's `alternatives`.
 */
import { addYearsIso, hasFullYears } from '../dates'
import { countingInference, m, needs, result, type Ctx } from '../context'
import type { Message } from '../messages'
import type { DetailOf, IsoDate, RequirementResult } from '../types'

/** Which exceptional conditions hold (the computed one from answers; the others declared), and the answers still missing. */
export function conditionsHeld<C extends string>(
  ctx: Ctx<C>,
): { held: number[]; unknown: number[]; missing: string[] } {
  const { a, pack } = ctx
  const ex = pack.params.exceptional
  const held: number[] = []
  const unknown: number[] = []
  const missing: string[] = []
  const ids = Object.keys(ex.conditionClauses)
    .map(Number)
    .sort((x, y) => x - y)
  for (const n of ids) {
    if (n === ex.computed.condition) {
      const level = a.education?.level
      const years = level ? ex.computed.years.value[level] : undefined
      if (level && years !== undefined) {
        // A level that must be in the specialty: once it is not, the work years cannot make it hold.
        const needsSpecialty = ex.computed.inSpecialty.includes(level)
        const specialtyFails = needsSpecialty && a.education?.inSpecialty === false
        const specialtyUnknown = needsSpecialty && a.education?.inSpecialty === undefined
        if (specialtyFails) continue
        if (specialtyUnknown || a.technicalWorkYears === undefined) {
          unknown.push(n)
          if (specialtyUnknown) missing.push('education.inSpecialty')
          if (a.technicalWorkYears === undefined) missing.push('technicalWorkYears')
        } else if (a.technicalWorkYears >= years) {
          held.push(n)
        }
      } else if (!level) {
        unknown.push(n)
        missing.push('education.level')
      }
      continue
    }
    const v = (a.exceptional as Record<string, boolean | undefined> | undefined)?.[String(n)]
    if (v === true) held.push(n)
    else if (v === undefined) {
      unknown.push(n)
      missing.push(`exceptional.${n}`)
    }
  }
  return { held, unknown, missing }
}

export interface Gateway {
  open: boolean
  from?: IsoDate
  reason: Message
}

/** Whether the route is open (education × years) and from when it would be; null while facts are missing. */
export function gateway<C extends string>(ctx: Ctx<C>): Gateway | null {
  const { a, pack, cutoff } = ctx
  const level = a.education?.level
  if (!level || !a.titleDate || a.titleHeld === false) return null
  const ex = pack.params.exceptional
  if (ex.higherEducation.value.includes(level)) {
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

/** `primary`: the result of the requirement this route is the alternative of (the normal route). */
export function exceptional<C extends string>(ctx: Ctx<C>, primary: RequirementResult<C>): RequirementResult<C> {
  const { pack } = ctx
  const needed = pack.params.exceptional.minConditions.value
  const d = (parts: Partial<DetailOf<'exceptional'>> = {}): DetailOf<'exceptional'> => ({
    id: 'exceptional',
    held: null,
    needed,
    gatewayOpen: null,
    gatewayFrom: null,
    noTitle: false,
    ...parts,
  })
  if (primary.status === 'met' || primary.status === 'check') {
    return result(ctx, d(), 'not-applicable', { figures: [m('fig.exceptional-not-needed')] })
  }
  if (primary.status === 'needs-info')
    return result(ctx, d(), 'not-applicable', { figures: [m('fig.exceptional-after-normal')] })
  if (ctx.a.titleHeld === false) {
    return result(ctx, d({ noTitle: true }), 'not-met', {
      figures: [m('fig.no-assistant-title')],
      advice: [m('advice.get-assistant-title')],
    })
  }
  const gate = gateway(ctx)
  const inferences = countingInference(ctx)
  const ex = pack.params.exceptional
  const min = needed
  const { held, unknown, missing } = conditionsHeld(ctx)
  const condClauses = held.map((n) => (ex.conditionClauses as Record<number, C>)[n]!)
  const clauses = [...pack.requirementClauses.exceptional, ...condClauses]
  const count = m('fig.exceptional-count', { have: held.length, need: min, list: held.join(',') })
  if (!gate) return needs(ctx, d({ held }), ['education.level', 'titleDate'], { clauses })
  const counted = d({ held, gatewayOpen: gate.open, gatewayFrom: gate.from ?? null })
  if (!gate.open && gate.from && primary.holdsFrom && gate.from >= primary.holdsFrom) {
    // The normal route's years come first: the exceptional route cannot help.
    return result(ctx, d({ gatewayOpen: false, gatewayFrom: gate.from }), 'not-applicable', {
      figures: [m('fig.exceptional-later-than-normal', { date: primary.holdsFrom })],
    })
  }
  if (!gate.open) {
    // Time alone fixes it only when the conditions already hold.
    const timeOnly = gate.from !== undefined && held.length >= min
    return result(ctx, counted, 'not-met', {
      clauses,
      figures: [gate.reason, count],
      advice: gate.from ? [m('advice.exceptional-from', { date: gate.from })] : [],
      inferences,
      ...(timeOnly ? { holdsFrom: gate.from } : {}),
    })
  }
  if (held.length >= min) {
    return result(ctx, counted, 'met', { clauses, figures: [gate.reason, count], inferences })
  }
  if (held.length + unknown.length >= min) {
    return needs(ctx, counted, missing, { clauses, figures: [gate.reason, count], inferences })
  }
  return result(ctx, counted, 'not-met', {
    clauses,
    figures: [gate.reason, count],
    advice: [m('advice.exceptional-more', { need: min - held.length })],
    inferences,
  })
}
