/**
 * Requirement `skilled-talent`: the highly skilled talent route, whose conditions another document sets.
 *
 * Clauses (2024 pack): N1.3 — 「高技能人才申报条件参照《……实施办法》的通知》……有关规定执行。」 The document is
 * `params.skilledTalentDocument` (an id of `documents`).
 */
import { m, result, type Ctx } from '../context'
import type { RequirementResult } from '../types'

export function skilledTalent<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  if (!ctx.a.skilledTalent)
    return result(ctx, 'skilled-talent', 'not-applicable', { figures: [m('fig.not-skilled-talent')] })
  const doc = ctx.pack.params.skilledTalentDocument.value
  return result(ctx, 'skilled-talent', 'check', {
    figures: [m('fig.skilled-talent', { doc })],
    advice: [m('advice.check-document', { doc })],
  })
}
