/**
 * Requirement `evidence`: achievements related to the specialty, from the current title or the window.
 *
 * Clauses (2024 pack): N3.1 — 「正高级、高级工程师申报材料……均需与评审专业相关且为任现职或近 5 年以来取得……
 * 工程师……近 4 年以来取得」. The window is per track (`tracks[t].evidenceYears`).
 */
import { m, needs, paramInferences, result, type Ctx } from '../context'
import type { DetailOf, RequirementResult } from '../types'

export function evidence<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a } = ctx
  const window = ctx.def.evidenceYears
  const years = window.value
  const inferences = paramInferences(window)
  const figures = [m('fig.evidence-window', { years })]
  const d: DetailOf<'evidence'> = { id: 'evidence', windowYears: years, inWindow: a.evidenceInWindow ?? null }
  if (a.evidenceInWindow === undefined) return needs(ctx, d, ['evidenceInWindow'], { figures, inferences })
  return a.evidenceInWindow
    ? result(ctx, d, 'met', { figures, inferences })
    : result(ctx, d, 'not-met', { figures, inferences, advice: [m('advice.evidence', { years })] })
}
