/**
 * Requirement `retirement`: not reaching retirement age by the cut-off, unless deferred.
 *
 * Clauses (2024 pack): N1.4 — 「申报人员现专业技术职务任职时间计算到 2024 年 12 月 31 日，凡在此期限内
 * 达到退休年龄的人员，除个别确因工作需要按有关文件规定延缓办理离退休手续的以外，不再评定专业技术职务任职资格。」
 * The cut-off is `params.cutoff`; the ages are `params.retirementAges` (an inference: the notice
 * does not state them).
 */
import { addYearsIso } from '../dates'
import { m, missingOf, needs, result, type Ctx } from '../context'
import type { DetailOf, RequirementResult } from '../types'

export function retirement<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack, cutoff } = ctx
  const p = pack.params.retirementAges
  const inferences = p.inference ? [p.inference] : []
  const d = (retiresOn: string | null): DetailOf<'retirement'> => ({
    id: 'retirement',
    retiresOn,
    age: a.retirementAge ?? null,
    rule: p.inference ?? null,
    deferred: retiresOn !== null && retiresOn <= cutoff ? (a.retirementDeferred ?? null) : null,
  })
  const missing = missingOf([
    ['birthDate', !a.birthDate],
    ['retirementAge', a.retirementAge === undefined],
  ])
  if (missing.length) return needs(ctx, d(null), missing, { inferences })
  if (!p.value.includes(a.retirementAge!)) return needs(ctx, d(null), ['retirementAge'], { inferences })
  const retiresOn = addYearsIso(a.birthDate!, a.retirementAge!)
  const figures = [m('fig.retirement-date', { date: retiresOn, age: a.retirementAge!, cutoff })]
  if (retiresOn > cutoff) return result(ctx, d(retiresOn), 'met', { figures, inferences })
  if (a.retirementDeferred === true) {
    return result(ctx, d(retiresOn), 'met', { figures: [...figures, m('fig.retirement-deferred')], inferences })
  }
  if (a.retirementDeferred === undefined) {
    return needs(ctx, d(retiresOn), ['retirementDeferred'], { figures, inferences })
  }
  return result(ctx, d(retiresOn), 'not-met', { figures, inferences, advice: [m('advice.retirement-deferral')] })
}
