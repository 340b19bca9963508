/**
 * What every requirement module receives, and the helpers they share to build a result.
 */
import type { Answers } from './answers'
import { isIsoDate, yearsMonthsBetween } from './dates'
import type { Message } from './messages'
import type { RulePack, TrackDef } from './pack'
import type { IsoDate, RequirementDetail, RequirementId, RequirementResult, Status, TrackId } from './types'

export { msg as m } from './messages'

export interface Ctx<C extends string> {
  a: Answers
  pack: RulePack<C>
  track: TrackId
  /** The track's definition in the pack (`assess` evaluates only a track the pack offers). */
  def: TrackDef<C>
  /** The pack's cut-off (`params.cutoff`): seniority is counted to it. */
  cutoff: IsoDate
  /** The device's calendar date when given (`AssessOptions.today`): only for what the round's dates
   * change in the advice (never a verdict, never seniority). */
  today?: IsoDate
  /** The results evaluated so far, in the track's order (a requirement may read an earlier one). */
  results: ReadonlyMap<RequirementId, RequirementResult<C>>
}

export type Parts<C extends string> = Partial<Omit<RequirementResult<C>, 'id' | 'status' | 'detail'>>

/** A result: the requirement is the detail's `id`; clauses default to the pack's for the requirement. */
export function result<C extends string>(
  ctx: Ctx<C>,
  detail: RequirementDetail,
  status: Status,
  parts: Parts<C> = {},
): RequirementResult<C> {
  const id = detail.id
  const r: RequirementResult<C> = {
    id,
    status,
    detail,
    figures: parts.figures ?? [],
    advice: parts.advice ?? [],
    clauses: parts.clauses ?? [...ctx.pack.requirementClauses[id]],
    inferences: parts.inferences ?? [],
  }
  if (parts.holdsFrom) r.holdsFrom = parts.holdsFrom
  if (parts.missing && parts.missing.length) r.missing = parts.missing
  return r
}

const answerMissing: Message = { key: 'advice.answer-missing' }

export const needs = <C extends string>(
  ctx: Ctx<C>,
  detail: RequirementDetail,
  missing: string[],
  extra: Parts<C> = {},
) => result(ctx, detail, 'needs-info', { ...extra, missing, advice: [...(extra.advice ?? []), answerMissing] })

/** The names of the answers that are still undefined, from `[name, isMissing]` pairs. */
export const missingOf = (pairs: [string, boolean][]): string[] => pairs.filter(([, x]) => x).map(([k]) => k)

export interface Seniority {
  years: number
  months: number
}

/** Full years and months in the current title, counted to the cut-off. */
export function seniority<C extends string>(ctx: Ctx<C>): Seniority | null {
  const { a, cutoff } = ctx
  if (!a.titleDate || !isIsoDate(a.titleDate)) return null
  const { years, months } = yearsMonthsBetween(a.titleDate, cutoff)
  return { years, months }
}

/** The inferences parameters rest on: their own, and a derived pack's carried-forward one (unique). */
export function paramInferences(...params: { inference?: string; projected?: string }[]): string[] {
  const out: string[] = []
  for (const p of params) for (const i of [p.inference, p.projected]) if (i && !out.includes(i)) out.push(i)
  return out
}

/** Counting to the cut-off: the counting convention, and the cut-off itself when carried forward. */
export function countingInference<C extends string>(ctx: Ctx<C>): string[] {
  return paramInferences(ctx.pack.params.counting, ctx.pack.params.cutoff)
}
