/**
 * Requirement `scope`: who may apply, and whether the specialty is open for the track.
 *
 * Clauses (2024 pack): N1.1 — 「在我市企事业单位从事质量技术基础专业（质量、计量、标准化、特种设备、
 * 食品质量技术）工作……可申报中级……；（质量、计量、标准化、特种设备）……可申报高级（除特种设备）、正高级……；
 * 从事特种设备专业工作……可申报高级（特种设备）」. The specialties open for each track are the pack's
 * `tracks[t].specialties`.
 */
import { m, missingOf, needs, result, type Ctx } from '../context'
import type { DetailOf, RequirementResult } from '../types'

export function scope<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a, track } = ctx
  const allowed = ctx.def.specialties
  const d = (failed: DetailOf<'scope'>['failed']): DetailOf<'scope'> => ({
    id: 'scope',
    specialty: a.specialty ?? null,
    allowed: [...allowed],
    failed,
  })
  if (a.specialty && !allowed.includes(a.specialty)) {
    return result(ctx, d('specialty'), 'not-met', {
      figures: [m('fig.specialty-not-on-track', { specialty: a.specialty, track })],
      advice: [m('advice.choose-allowed-specialty', { allowed: allowed.join(',') })],
    })
  }
  if (a.worksInNingbo === false) {
    return result(ctx, d('area'), 'not-met', {
      figures: [m('fig.not-in-ningbo')],
      advice: [m('advice.apply-where-you-work')],
    })
  }
  const missing = missingOf([
    ['specialty', !a.specialty],
    ['worksInNingbo', a.worksInNingbo === undefined],
  ])
  if (missing.length) return needs(ctx, d(null), missing)
  return result(ctx, d(null), 'met', { figures: [m('fig.scope-ok', { specialty: a.specialty!, track })] })
}
