/**
 * Requirement `skilled-talent`: the highly skilled talent route, whose conditions another document sets.
 *
 * Clauses (2024 pack): N1.3 — 「高技能人才申报条件参照《……实施办法》的通知》……有关规定执行。」 The document is
 * `params.skilledTalentDocument` (an id of `documents`).
 */
import { m, result, type Ctx } from '../context'
import type { DetailOf, RequirementResult } from '../types'

export function skilledTalent<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const doc = ctx.pack.params.skilledTalentDocument.value
  const d: DetailOf<'skilled-talent'> = { id: 'skilled-talent', document: doc }
  if (!ctx.a.skilledTalent) return result(ctx, d, 'not-applicable', { figures: [m('fig.not-skilled-talent')] })
  return result(ctx, d, 'check', {
    figures: [m('fig.skilled-talent', { doc })],
    advice: [m('advice.check-document', { doc })],
  })
}
