/**
 * Requirement `public-institution`: staff of public institutions, within the post ratio and approved.
 *
 * Clauses (2024 pack): N4.1 — 「事业单位专业技术人员职称评审应在核定的专业技术岗位结构比例内，并经“浙江省
 * 事业单位人事工资管理服务系统”中审核通过。」
 */
import { m, missingOf, needs, result, type Ctx } from '../context'
import type { DetailOf, RequirementResult } from '../types'

export const PUBLIC_INSTITUTION_CONDITIONS = ['withinPostRatio', 'approvedInPersonnelSystem'] as const

export function publicInstitution<C extends string>(ctx: Ctx<C>): RequirementResult<C> {
  const { a } = ctx
  const bad = a.unitType === 'public-institution' ? PUBLIC_INSTITUTION_CONDITIONS.filter((k) => a[k] === false) : []
  const d: DetailOf<'public-institution'> = { id: 'public-institution', unitType: a.unitType ?? null, failed: bad }
  if (a.unitType === undefined) return needs(ctx, d, ['unitType'])
  if (a.unitType === 'enterprise') return result(ctx, d, 'not-applicable', { figures: [m('fig.enterprise')] })
  if (bad.length) {
    return result(ctx, d, 'not-met', {
      figures: bad.map((f) => m(`fig.pi-${f}`)),
      advice: [m('advice.public-institution')],
    })
  }
  const missing = missingOf(PUBLIC_INSTITUTION_CONDITIONS.map((k) => [k, a[k] === undefined]))
  if (missing.length) return needs(ctx, d, missing)
  return result(ctx, d, 'met', { figures: [m('fig.pi-ok')] })
}
