/**
 * Requirement `education-seniority`: the normal route's education × years in the current title.
 *
 * Clauses (2024 pack): A1.3 — 「具备博士学位……；硕士学位、第二学士学位，从事助理工程师二年左右；
 * 大学本科毕业……从事助理工程师四年以上；大学专科毕业……从事助理工程师四年以上」; A1.0 (学历、资历等基本条件按
 * 《工程技术人员职务试行条例》); N1.4 (counted to the cut-off). The years per education level are
 * `params.educationYears`; a level with no row there has no normal route.
 *
 * When the pack declares an alternative to this requirement (`alternatives`, e.g. the exceptional
 * route) and it is on the track, the advice points to it where it could help.
 */
import { addYearsIso, hasFullYears } from '../dates'
import { countingInference, m, missingOf, needs, result, seniority, type Ctx } from '../context'
import type { DetailOf, RequirementResult } from '../types'
import { alternativeOf } from '../routes'
import { gateway } from './exceptional'

export function educationSeniority<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, pack, cutoff } = ctx
  const level = a.education?.level
  const d = (parts: Partial<DetailOf<'education-seniority'>> = {}): DetailOf<'education-seniority'> => ({
    id: 'education-seniority',
    route: 'normal',
    level: level ?? null,
    years: null,
    months: null,
    needed: null,
    failed: null,
    alternativeHelps: false,
    ...parts,
  })
  if (a.skilledTalent) {
    return result(ctx, d({ route: 'skilled-talent' }), 'check', {
      clauses: [...pack.requirementClauses['education-seniority'], ...pack.requirementClauses['skilled-talent']],
      figures: [m('fig.skilled-talent-education', { doc: pack.params.skilledTalentDocument.value })],
      advice: [m('advice.check-document', { doc: pack.params.skilledTalentDocument.value })],
    })
  }
  if (a.titleHeld === false) {
    return result(ctx, d({ failed: 'no-title' }), 'not-met', {
      figures: [m('fig.no-assistant-title')],
      advice: [m('advice.get-assistant-title')],
    })
  }
  const missing = missingOf([
    ['education.level', !level],
    ['titleHeld', a.titleHeld === undefined],
    ['titleDate', !a.titleDate],
  ])
  if (missing.length) return needs(ctx, d(), missing)
  const need = pack.params.educationYears.value[level!]
  const inferred = pack.params.educationYearsInferred.value[level!]
  const inferences = [...countingInference(ctx), ...(inferred ? [inferred] : [])]
  const s = seniority(ctx)!
  const have = m('fig.years-as-assistant', { years: s.years, months: s.months, cutoff })
  const alternative = alternativeOf(ctx, 'education-seniority')
  const held = { years: s.years, months: s.months }
  if (need === undefined) {
    return result(ctx, d({ ...held, failed: 'no-row', alternativeHelps: alternative !== undefined }), 'not-met', {
      figures: [have, m('fig.education-no-row', { level: level! })],
      advice: [alternative ? m('advice.consider-exceptional') : m('advice.education-no-row')],
      inferences,
    })
  }
  if (hasFullYears(a.titleDate!, cutoff, need)) {
    return result(ctx, d({ ...held, needed: need }), 'met', {
      figures: [have, m('fig.needs-years', { years: need, level: level! })],
      inferences,
    })
  }
  const holdsFrom = addYearsIso(a.titleDate!, need)
  const gate = alternative ? gateway(ctx) : null
  const alternativeHelps = gate !== null && (gate.open || (gate.from !== undefined && gate.from < holdsFrom))
  const detail = d({ ...held, needed: need, failed: 'years', alternativeHelps })
  return result(ctx, detail, 'not-met', {
    figures: [have, m('fig.needs-years', { years: need, level: level! })],
    advice: [
      m('advice.wait-until', { date: holdsFrom }),
      ...(alternativeHelps ? [m('advice.consider-exceptional')] : []),
    ],
    holdsFrom,
    inferences,
  })
}
