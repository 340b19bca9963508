/**
 * Requirement `social-security`: months of social security with the current employer, to the cut-off.
 *
 * Clauses (2024 pack): N5.1.1 — 「申报工程师的人员，必须是在我市工作并由现工作单位缴纳社保一年以上的专业技术
 * 人才（时间计算至 2024 年 12 月 31 日）」. The months are `params.socialSecurityMonths` (an
 * inference: "one year"), the tracks it applies to `params.socialSecurityTracks`.
 */
import { addMonthsIso } from '../dates'
import { m, needs, paramInferences, result, type Ctx } from '../context'
import type { DetailOf, RequirementResult } from '../types'

export function socialSecurity<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack, track, cutoff } = ctx
  const need = pack.params.socialSecurityMonths
  const applies = pack.params.socialSecurityTracks.value.includes(track)
  const d: DetailOf<'social-security'> = {
    id: 'social-security',
    applies,
    months: a.socialSecurityMonths ?? null,
    needed: need.value,
  }
  if (!applies) return result(ctx, d, 'not-applicable', { figures: [m('fig.ss-not-for-track')] })
  const inferences = paramInferences(need, pack.params.cutoff)
  if (a.socialSecurityMonths === undefined) return needs(ctx, d, ['socialSecurityMonths'], { inferences })
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
