/**
 * Requirement `assessment`: the annual assessments of the years checked, each at least "pass".
 *
 * Clauses (2024 pack): A1.5 — 「现任职务任期（至少近三年）考核合格（含）以上。」 The years are
 * `params.assessmentYears`, the passing grades `params.assessmentPassing` (both inferences).
 */
import { m, needs, paramInferences, result, type Ctx } from '../context'
import type { DetailOf, RequirementResult } from '../types'

export function assessment<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack } = ctx
  const years = pack.params.assessmentYears
  const passing = pack.params.assessmentPassing
  const inferences = paramInferences(years, passing)
  const grades = years.value.map((y) => ({ year: y, grade: a.assessments?.[String(y)] }))
  const failed = grades.filter((g) => g.grade !== undefined && !passing.value.includes(g.grade))
  const unknown = grades.filter((g) => g.grade === undefined)
  const d: DetailOf<'assessment'> = {
    id: 'assessment',
    grades: grades.map((g) => ({ year: g.year, grade: g.grade ?? null })),
    failed: failed.map((g) => g.year),
  }
  const figures = grades.filter((g) => g.grade).map((g) => m('fig.assessment-year', { year: g.year, grade: g.grade! }))
  if (failed.length) {
    return result(ctx, d, 'not-met', {
      figures,
      inferences,
      advice: [m('advice.assessment', { years: failed.map((g) => g.year).join(',') })],
    })
  }
  if (unknown.length)
    return needs(
      ctx,
      d,
      unknown.map((g) => `assessments.${g.year}`),
      { figures, inferences },
    )
  return result(ctx, d, 'met', { figures, inferences })
}
