/**
 * Requirement `retirement`: not reaching retirement age by the cut-off, unless deferred.
 *
 * Clauses (2024 pack): N1.4 — 「申报人员现专业技术职务任职时间计算到 2024 年 12 月 31 日，凡在此期限内
 * 达到退休年龄的人员，除个别确因工作需要按有关文件规定延缓办理离退休手续的以外，不再评定专业技术职务任职资格。」
 * The cut-off is `params.cutoff`; the period runs up to and including it, so reaching the age on the
 * cut-off day itself excludes. The age is the law's (`params.retirement`, a `RetirementLaw` from
 * `src/policy/law/retirement.ts`): the rule in force on the cut-off, evaluated for the applicant's
 * group and birth date by `../retirement.ts` (pre-reform ages, or the 2025 gradual reform).
 */
import { m, missingOf, needs, paramInferences, result, type Ctx } from '../context'
import { retirementOf, ruleInForce, type RetirementOutcome } from '../retirement'
import type { DetailOf, RequirementResult } from '../types'

export function retirement<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack, cutoff } = ctx
  const p = pack.params.retirement
  const inferences = paramInferences(p, pack.params.cutoff)
  const d = (out: RetirementOutcome | null): DetailOf<'retirement'> => ({
    id: 'retirement',
    retiresOn: out?.date ?? null,
    age: out?.age.years ?? null,
    ageMonths: out?.age.months ?? null,
    group: a.retirementGroup ?? null,
    rule: out?.ruleId ?? p.inference ?? null,
    deferred: out !== null && out.date <= cutoff ? (a.retirementDeferred ?? null) : null,
  })
  const missing = missingOf([
    ['birthDate', !a.birthDate],
    ['retirementGroup', a.retirementGroup === undefined],
  ])
  if (missing.length) return needs(ctx, d(null), missing, { inferences })
  const rule = ruleInForce(p.value, cutoff)
  const out = rule ? retirementOf(a.birthDate!, a.retirementGroup!, rule) : null
  // A group the law in force does not know: asked again, never guessed.
  if (!out) return needs(ctx, d(null), ['retirementGroup'], { inferences })
  const retiresOn = out.date
  const params = out.age.months
    ? { date: retiresOn, age: out.age.years, ageMonths: out.age.months, cutoff }
    : { date: retiresOn, age: out.age.years, cutoff }
  const figures = [m('fig.retirement-date', params)]
  // "在此期限内": only a date after the cut-off is outside the period.
  if (retiresOn > cutoff) return result(ctx, d(out), 'met', { figures, inferences })
  if (a.retirementDeferred === true) {
    return result(ctx, d(out), 'met', { figures: [...figures, m('fig.retirement-deferred')], inferences })
  }
  if (a.retirementDeferred === undefined) {
    return needs(ctx, d(out), ['retirementDeferred'], { figures, inferences })
  }
  return result(ctx, d(out), 'not-met', { figures, inferences, advice: [m('advice.retirement-deferral')] })
}
