/**
 * Requirement `continuing-education`: the hours of each year checked, in all and by kind.
 *
 * Clauses (2024 pack): N4.2 — 「申报人员每年度参加继续教育不得少于 90 学时，其中专业科目不少于 60 学时，行业公需
 * 和一般公需科目不少于 18 学时。……将近三年（2022-2024）（特种设备高级近五年，即 2020-2024）……」. The minima
 * are `params.ce`; the years are per track (`tracks[t].ceYears`); `params.ce.currentYear` is the year
 * whose hours can still be earned before submitting.
 */
import { m, needs, paramInferences, result, type Ctx } from '../context'
import type { Message } from '../messages'
import { applicationDeadline } from '../round'
import type { CeYearDetail, DetailOf, RequirementResult } from '../types'

export function continuingEducation<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack } = ctx
  const years = ctx.def.ceYears.value
  const { total, professional, public: pub, currentYear } = pack.params.ce
  const inferences = paramInferences(ctx.def.ceYears, currentYear)
  const figures: Message[] = []
  const advice: Message[] = []
  const missing: string[] = []
  const answered: CeYearDetail[] = []
  let short = false
  const planned: number[] = []
  // The open year's hours can still be earned only while the round is open (its application
  // deadline, src/engine/round.ts, not passed on the device's date).
  const closesOn = applicationDeadline(pack, ctx.track)?.date ?? null
  const roundClosed = ctx.today !== undefined && closesOn !== null && closesOn < ctx.today
  for (const y of years) {
    const h = a.ceHours?.[String(y)]
    if (h?.professional === undefined || h?.public === undefined) {
      if (h?.professional === undefined) missing.push(`ceHours.${y}.professional`)
      if (h?.public === undefined) missing.push(`ceHours.${y}.public`)
      continue
    }
    const sum = h.professional + h.public
    if (h.planned === true) planned.push(y)
    answered.push({
      year: y,
      total: sum,
      professional: h.professional,
      public: h.public,
      short: {
        total: Math.max(0, total.value - sum),
        professional: Math.max(0, professional.value - h.professional),
        public: Math.max(0, pub.value - h.public),
      },
      ...(h.planned === true ? { planned: true } : {}),
    })
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
      const key =
        y !== currentYear.value
          ? 'advice.ce-past-year'
          : roundClosed
            ? 'advice.ce-round-closed'
            : 'advice.ce-current-year'
      advice.push(m(key, gaps))
    }
  }
  // A verdict resting on planned hours says so.
  if (planned.length) figures.push(m('fig.ce-planned', { years: planned.join(',') }))
  const d: DetailOf<'continuing-education'> = {
    id: 'continuing-education',
    years: answered,
    currentYear: currentYear.value,
  }
  if (short) return result(ctx, d, 'not-met', { figures, advice, inferences })
  if (missing.length) return needs(ctx, d, missing, { figures, inferences })
  return result(ctx, d, 'met', { figures, inferences })
}
