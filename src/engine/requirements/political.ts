/**
 * Requirement `political`: the political and ethical conditions, self-declared.
 *
 * Clauses (2024 pack): A1.1 — 「遵纪守法、具有良好的职业道德、学术修养和敬业精神，热爱本职工作，履行岗位职责，
 * 积极为我国社会主义现代化建设事业服务。」
 */
import { m, needs, result, type Ctx } from '../context'
import type { DetailOf, RequirementResult } from '../types'

export function political<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const v = ctx.a.political
  const d: DetailOf<'political'> = { id: 'political', declared: v ?? null }
  if (v === undefined) return needs(ctx, d, ['political'])
  return v
    ? result(ctx, d, 'met', { figures: [m('fig.self-declared')] })
    : result(ctx, d, 'not-met', { figures: [m('fig.political-no')], advice: [m('advice.political')] })
}
