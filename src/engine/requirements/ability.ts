/**
 * Requirement `ability`: every ability item of the applicant's department type.
 *
 * Clauses (2024 pack): A1.2 — 「……同时具备下列部门之一条件：（一）生产、技术管理部门 1.–4. ……
 * （二）研究、设计部门 1.–4. ……」. The items of each department type are the pack's
 * `params.abilityItems[department]`, a list of clauses; answers name them by position (`abilities.1`…).
 */
import { m, needs, result, type Ctx } from '../context'
import type { DetailOf, RequirementResult } from '../types'

export function ability<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack } = ctx
  if (!a.department)
    return needs(ctx, { id: 'ability', department: null, items: 0, held: [], missing: [], unknown: [] }, ['department'])
  const items = pack.params.abilityItems[a.department]
  const clauses = [...pack.requirementClauses.ability, ...items]
  const of = items.length
  const keys = items.map((_, i) => String(i + 1))
  const answers = keys.map((k) => (a.abilities as Record<string, boolean | undefined> | undefined)?.[k])
  const missingItems = keys.filter((_, i) => answers[i] === false)
  const unknown = keys.filter((_, i) => answers[i] === undefined)
  const d: DetailOf<'ability'> = {
    id: 'ability',
    department: a.department,
    items: of,
    held: keys.filter((_, i) => answers[i] === true).map(Number),
    missing: missingItems.map(Number),
    unknown: unknown.map(Number),
  }
  if (missingItems.length) {
    return result(ctx, d, 'not-met', {
      clauses,
      figures: [
        m('fig.ability-count', { have: of - missingItems.length - unknown.length, of, department: a.department }),
      ],
      advice: [m('advice.ability-missing', { items: missingItems.join(',') })],
    })
  }
  if (unknown.length)
    return needs(
      ctx,
      d,
      unknown.map((k) => `abilities.${k}`),
      { clauses },
    )
  return result(ctx, d, 'met', {
    clauses,
    figures: [m('fig.ability-count', { have: of, of, department: a.department })],
  })
}
