/**
 * Requirement `social-security`: months of social security with the current employer, to the cut-off.
 *
 * Clauses (2024 pack): N5.1.1 — 「申报工程师的人员，必须是在我市工作并由现工作单位缴纳社保一年以上的专业技术
 * 人才（时间计算至 2024 年 12 月 31 日）」. The months are `params.socialSecurityMonths` (an
 * inference: "one year"), the tracks it applies to `params.socialSecurityTracks`.
 *
 * Answers format 3 gives the start date with the current employer (`socialSecuritySince`) and whether
 * still employed there (`socialSecurityOngoing`, else the last day `socialSecurityUntil`): the full
 * months are counted to the cut-off (or to the last day, if earlier) by the counting convention, so
 * the same answers serve any round. Without a start date, the month count of older answers is read
 * as counted to the cut-off.
 */
import { addMonthsIso, isIsoDate, yearsMonthsBetween } from '../dates'
import { countingInference, m, needs, paramInferences, result, type Ctx } from '../context'
import type { Message } from '../messages'
import type { DetailOf, RequirementResult } from '../types'

export function socialSecurity<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack, track, cutoff } = ctx
  const need = pack.params.socialSecurityMonths
  const applies = pack.params.socialSecurityTracks.value.includes(track)
  const since = a.socialSecuritySince !== undefined && isIsoDate(a.socialSecuritySince) ? a.socialSecuritySince : null
  // The day the counting stops: the cut-off, or the last day paid when no longer employed there.
  const until =
    since === null
      ? null
      : a.socialSecurityOngoing === true
        ? cutoff
        : a.socialSecurityOngoing === false && a.socialSecurityUntil !== undefined && isIsoDate(a.socialSecurityUntil)
          ? a.socialSecurityUntil < cutoff
            ? a.socialSecurityUntil
            : cutoff
          : null
  const months =
    since !== null && until !== null ? yearsMonthsBetween(since, until).totalMonths : (a.socialSecurityMonths ?? null)
  const d: DetailOf<'social-security'> = { id: 'social-security', applies, months, needed: need.value }
  if (!applies) return result(ctx, d, 'not-applicable', { figures: [m('fig.ss-not-for-track')] })
  const inferences = paramInferences(need, pack.params.cutoff)
  if (since !== null) {
    if (a.socialSecurityOngoing === undefined) return needs(ctx, d, ['socialSecurityOngoing'], { inferences })
    if (until === null) return needs(ctx, d, ['socialSecurityUntil'], { inferences })
    const infs = [...new Set([...inferences, ...countingInference(ctx)])]
    const figures: Message[] = [m('fig.ss-since', { since, until, months: months!, need: need.value, cutoff })]
    if (months! >= need.value) return result(ctx, d, 'met', { figures, inferences: infs })
    if (a.socialSecurityOngoing !== true) {
      // Employment there ended: time alone does not fix it.
      return result(ctx, d, 'not-met', {
        figures,
        inferences: infs,
        advice: [m('advice.ss-wait', { date: addMonthsIso(since, need.value), months: need.value - months! })],
      })
    }
    const holdsFrom = addMonthsIso(since, need.value)
    return result(ctx, d, 'not-met', {
      figures,
      inferences: infs,
      holdsFrom,
      advice: [m('advice.ss-wait', { date: holdsFrom, months: need.value - months! })],
    })
  }
  if (a.socialSecurityMonths === undefined) return needs(ctx, d, ['socialSecuritySince'], { inferences })
  const figures = [m('fig.ss-months', { months: a.socialSecurityMonths, need: need.value, cutoff })]
  if (a.socialSecurityMonths >= need.value) return result(ctx, d, 'met', { figures, inferences })
  const holdsFrom = addMonthsIso(cutoff, need.value - a.socialSecurityMonths)
  return result(ctx, d, 'not-met', {
    figures,
    inferences,
    holdsFrom,
    advice: [m('advice.ss-wait', { date: holdsFrom, months: need.value - a.socialSecurityMonths })],
  })
}
