/**
 * Requirement `self-score`: applying by self-score instead of the normal conditions.
 *
 * Clauses (2024 pack): N1.2 — 「申报高级工程师（除特种设备）职称人员中不具备正常申报条件且以自评分形式申报的，
 * 自评分须经中评委核分达到90分以上。申报特种设备高级工程师职称人员中不具备正常申报条件且以自评分形式申报的，
 * 自评分须达到90分以上。」 The minimum is `params.selfScoreMin`; whether the committee verifies the
 * score is per track (`tracks[t].selfScoreVerified`).
 */
import { m, needs, result, type Ctx } from '../context'
import type { DetailOf, RequirementResult } from '../types'

export function selfScore<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack } = ctx
  const min = pack.params.selfScoreMin.value
  const verified = ctx.def.selfScoreVerified?.value === true
  const d: DetailOf<'self-score'> = { id: 'self-score', score: a.selfScore ?? null, min, verified }
  if (a.skilledTalent) return result(ctx, d, 'not-applicable', { figures: [m('fig.skilled-talent-instead')] })
  if (a.seniorBasis === undefined) return needs(ctx, d, ['seniorBasis'])
  if (a.seniorBasis === 'normal') return result(ctx, d, 'not-applicable', { figures: [m('fig.normal-conditions')] })
  if (a.selfScore === undefined) return needs(ctx, d, ['selfScore'])
  const figures = [m(verified ? 'fig.self-score-verified' : 'fig.self-score', { score: a.selfScore, min })]
  return a.selfScore >= min
    ? result(ctx, d, 'met', { figures, advice: verified ? [m('advice.self-score-verified')] : [] })
    : result(ctx, d, 'not-met', { figures, advice: [m('advice.self-score-low', { min })] })
}
