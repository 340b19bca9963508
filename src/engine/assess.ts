/**
 * assess(answers, pack): the whole verdict, clause by clause. Pure: no Vue, Dexie or DOM.
 *
 * The engine knows no notice: every threshold, date, document and list comes from the pack, every
 * verdict carries the clauses it rests on and any inference the pack marks. Each requirement is its
 * own module (`requirements/<id>.ts`); this file composes them in the track's order, lets the
 * alternatives the pack declares combine (`routes.ts`), and adds the checklist (`checklist.ts`) and
 * the deadlines (`deadlines.ts`). Missing facts give `needs-info`, never an exception.
 */
import type { Answers } from './answers'
import { checklist, factsOf } from './checklist'
import type { Ctx } from './context'
import { deadlines } from './deadlines'
import { offersTrack, type RulePack } from './pack'
import { overallOf } from './overall'
import { REQUIREMENTS } from './requirements'
import { combine, eligibleFromOf, pathOf, primaryOf } from './routes'
import type { Assessment, IsoDate, RequirementId, RequirementResult } from './types'

export { checklist, matches, type Facts } from './checklist'
export { deadlineState, deadlines } from './deadlines'
export { overallOf } from './overall'

export interface AssessOptions {
  /** The device's calendar date, for deadline states and the advice of a closed round. Seniority and
   * verdicts never depend on it. */
  today?: IsoDate
}

export function assess<C extends string>(
  answers: Answers,
  pack: RulePack<C>,
  options: AssessOptions = {},
): Assessment<C> {
  const track = answers.track
  const cutoff = pack.params.cutoff.value
  // A track the pack does not offer is as good as none (answers are validated against their pack
  // by `offeredProblems`; this keeps the engine total on anything that slipped past).
  if (!offersTrack(pack, track)) {
    return {
      packId: pack.id,
      overall: 'needs-info',
      path: null,
      track: null,
      specialty: answers.specialty ?? null,
      requirements: [],
      checklist: [],
      deadlines: [],
      inferences: [],
    }
  }
  const byId = new Map<RequirementId, RequirementResult<C>>()
  const def = pack.tracks[track]!
  const ctx: Ctx<C> = {
    a: answers,
    pack,
    track,
    def,
    cutoff,
    results: byId,
    ...(options.today ? { today: options.today } : {}),
  }
  const evaluate = (id: RequirementId): RequirementResult<C> => {
    const primaryId = primaryOf(ctx, id)
    const primary = primaryId ? (byId.get(primaryId) ?? REQUIREMENTS[primaryId](ctx)) : undefined
    return REQUIREMENTS[id](ctx, primary)
  }
  for (const id of def.requirements) byId.set(id, evaluate(id))
  combine(ctx, byId)
  const requirements = def.requirements.map((id) => byId.get(id)!)

  const path = pathOf(ctx, byId)
  const overall = overallOf(
    requirements.map((r) => r.status),
    def.detail,
  )
  const list = checklist(pack, factsOf(answers, pack, track, path))
  const inferences = [
    ...new Set([
      ...(pack.projection ? [pack.projection.inference] : []),
      ...requirements.flatMap((r) => r.inferences),
      ...list.flatMap((c) => c.inferences),
    ]),
  ]
  const out: Assessment<C> = {
    packId: pack.id,
    overall,
    path,
    track,
    specialty: answers.specialty ?? null,
    requirements,
    checklist: list,
    deadlines: deadlines(pack, track, options.today),
    inferences,
  }
  if (overall === 'not-eligible') {
    const from = eligibleFromOf(pack, track, requirements)
    if (from) out.eligibleFrom = from
  }
  return out
}
