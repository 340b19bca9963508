/**
 * Requirement `discipline`: none of the situations that cancel an application.
 *
 * Clauses (2024 pack): N6.1 — 「申报人员有下列情形之一的，取消评审资格……」; N6.1.1–N6.1.4 (伪造、变造证件、
 * 证明；提交虚假申报材料；未在申报材料中反映的违纪违法……；其他严重违反评审规定的行为). The clause of each
 * situation is `params.disciplineItems`.
 */
import { m, needs, result, type Ctx } from '../context'
import { DISCIPLINE_ITEMS, type DetailOf, type RequirementResult } from '../types'

export function discipline<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack } = ctx
  const d = a.discipline ?? {}
  const yes = DISCIPLINE_ITEMS.filter((k) => d[k] === true)
  const unknown = DISCIPLINE_ITEMS.filter((k) => d[k] === undefined)
  const detail: DetailOf<'discipline'> = { id: 'discipline', declared: yes }
  if (yes.length) {
    return result(ctx, detail, 'not-met', {
      clauses: [...pack.requirementClauses.discipline, ...yes.map((k) => pack.params.disciplineItems[k])],
      figures: yes.map((k) => m(`fig.discipline-${k}`)),
      advice: [m('advice.discipline')],
    })
  }
  if (unknown.length)
    return needs(
      ctx,
      detail,
      unknown.map((k) => `discipline.${k}`),
    )
  return result(ctx, detail, 'met', { figures: [m('fig.discipline-none')] })
}
