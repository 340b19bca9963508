/**
 * Routes that are alternatives, as the pack declares them (`RulePack.alternatives`): a primary
 * requirement (e.g. the normal route's education × years) and an alternative one (e.g. the
 * exceptional route). How they combine, for any pair whose two requirements are on the track:
 *
 * - either suffices: when the alternative is met, the unmet primary is shown as not applicable;
 *   when the alternative still depends on missing answers, the unmet primary waits for them too;
 * - the alternative is only evaluated against the primary's result (it is not needed when the
 *   primary holds);
 * - for "eligible from", the earlier of the two dates on which time alone fixes one of them counts;
 * - the path reported is the primary's, or the alternative's once its gateway is open and the
 *   primary fails.
 */
import type { Ctx } from './context'
import { trackDef, type Alternative, type RulePack } from './pack'
import type { IsoDate, PathId, RequirementId, RequirementResult, TrackId } from './types'
import { gateway } from './requirements/exceptional'

/** The alternatives declared by the pack whose two requirements are both on the track. */
export function alternativesOn<C extends string>(pack: RulePack<C>, track: TrackId): Alternative[] {
  const reqs = trackDef(pack, track).requirements
  return pack.alternatives.filter((x) => reqs.includes(x.primary) && reqs.includes(x.alternative))
}

/** The alternative to `primary` on the applicant's track, if the pack declares one. */
export function alternativeOf<C extends string>(ctx: Ctx<C>, primary: RequirementId): RequirementId | undefined {
  return alternativesOn(ctx.pack, ctx.track).find((x) => x.primary === primary)?.alternative
}

/** The primary of `alternative` on the applicant's track, if the pack declares one. */
export function primaryOf<C extends string>(ctx: Ctx<C>, alternative: RequirementId): RequirementId | undefined {
  return alternativesOn(ctx.pack, ctx.track).find((x) => x.alternative === alternative)?.primary
}

/** Either suffices: rewrite the unmet primary when its alternative is met or pending. */
export function combine<C extends string>(ctx: Ctx<C>, byId: Map<RequirementId, RequirementResult<C>>): void {
  for (const alt of alternativesOn(ctx.pack, ctx.track)) {
    const primary = byId.get(alt.primary)
    const other = byId.get(alt.alternative)
    if (primary?.status !== 'not-met' || !other) continue
    if (other.status === 'met') {
      // No longer a reason for "not eligible": it stays visible, marked not applicable.
      const replaced: RequirementResult<C> = { ...primary, status: 'not-applicable', advice: [] }
      delete replaced.holdsFrom
      byId.set(alt.primary, replaced)
    } else if (other.status === 'needs-info') {
      // Still possible through the alternative: the answer depends on its missing facts.
      byId.set(alt.primary, { ...primary, status: 'needs-info', missing: other.missing ?? [] })
    }
  }
}

export function pathOf<C extends string>(
  ctx: Ctx<C>,
  byId: ReadonlyMap<RequirementId, RequirementResult<C>>,
): PathId | null {
  const { a, track } = ctx
  if (a.skilledTalent) return 'skilled-talent'
  const paths = ctx.def.paths
  const alt = alternativesOn(ctx.pack, track).find((x) => paths.includes(x.paths[1]))
  if (alt) {
    const primary = byId.get(alt.primary)
    if (primary?.status === 'met') return alt.paths[0]
    if (
      primary?.status === 'not-met' ||
      primary?.status === 'not-applicable' ||
      byId.get(alt.alternative)?.status === 'needs-info'
    ) {
      // The primary route fails: the alternative is the one being checked once its gateway is open.
      if (gateway(ctx)?.open) return alt.paths[1]
      return alt.paths[0]
    }
    return null
  }
  if (paths.includes('self-score')) {
    if (a.seniorBasis === 'self-score') return 'self-score'
    if (a.seniorBasis === 'normal') return 'normal'
    return null
  }
  return 'normal'
}

/** When only time is missing: the date from which every unmet condition holds. */
export function eligibleFromOf<C extends string>(
  pack: RulePack<C>,
  track: TrackId,
  reqs: RequirementResult<C>[],
): IsoDate | undefined {
  const byId = new Map(reqs.map((r) => [r.id, r]))
  const unmet = reqs.filter((r) => r.status === 'not-met')
  if (!unmet.length) return undefined
  const alts = alternativesOn(pack, track)
  const inPair = new Set(alts.flatMap((x) => [x.primary, x.alternative]))
  const dates: IsoDate[] = []
  for (const r of unmet) {
    if (inPair.has(r.id)) continue
    if (!r.holdsFrom) return undefined
    dates.push(r.holdsFrom)
  }
  for (const alt of alts) {
    const primary = byId.get(alt.primary)
    const other = byId.get(alt.alternative)
    // The earlier of the two that time alone fixes.
    const routeDates = [primary, other].filter((r) => r?.status === 'not-met' && r.holdsFrom).map((r) => r!.holdsFrom!)
    if (primary?.status !== 'not-met') continue
    if (other?.status === 'met') continue // the alternative is open: the route is not what is missing
    if (!routeDates.length) return undefined
    dates.push(routeDates.sort()[0]!)
  }
  return dates.length ? dates.sort()[dates.length - 1] : undefined
}
