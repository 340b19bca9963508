/**
 * Requirement `provincial-conditions`: tracks whose conditions another document sets.
 *
 * Clauses (2024 pack): N1.1 — 「……符合《浙江省……评价条件》……可申报高级（除特种设备）、正高级……；……符合
 * 浙江省特种设备协会……要求，可申报高级（特种设备）」; N0, the documents the notice rests on. The document of
 * each track is the pack's `tracks[t].conditionsDocument` (an id of `documents`). Not applicable on
 * the skilled-talent route, nor to an applicant who applies by self-score where the track has one.
 */
import { m, result, type Ctx } from '../context'
import type { DetailOf, RequirementResult } from '../types'

export function provincialConditions<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, def } = ctx
  const d: DetailOf<'provincial-conditions'> = { id: 'provincial-conditions', document: def.conditionsDocument ?? null }
  if (a.skilledTalent) return result(ctx, d, 'not-applicable', { figures: [m('fig.skilled-talent-instead')] })
  if (def.paths.includes('self-score') && a.seniorBasis === 'self-score') {
    return result(ctx, d, 'not-applicable', { figures: [m('fig.self-score-instead')] })
  }
  const doc = def.conditionsDocument ?? ''
  return result(ctx, d, 'check', {
    figures: [m('fig.provincial-conditions', { doc })],
    advice: [m('advice.check-document', { doc })],
  })
}
