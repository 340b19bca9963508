/** Types of the pack registry (./index.ts). */
import type { DeadlineDef } from '../engine/pack'
import type { Bilingual, IsoDate } from '../engine/types'

/**
 * A notice's identity, apart from its rules: what the first screen shows (number, issuer, date,
 * title, year) without loading the clauses and the rule data. Every pack folder has a `meta.ts`
 * exporting `meta` of this shape, equal to the same fields of its `pack`.
 */
export interface PackMeta {
  id: string
  issuer: Bilingual
  docNo: string
  date: IsoDate
  /** The year the notice is for (its texts say "2024年度…"). */
  year: number
  title: Bilingual
  /** A derived pack (./projection.ts): the base notice's rules carried forward to `year`. */
  projection?: { baseId: string; year: number }
  /**
   * The pack's deadlines flagged `application` (the online application deadline), equal to the
   * pack's own: the first screen says whether the round is open (`roundStatus`) without the rules.
   */
  deadlines: readonly Readonly<DeadlineDef<string>>[]
}

/** The answer to "which pack is `id`?": a pack, or a clear reason why not (never a throw). */
export type PackLookup<T> = { ok: true; pack: T } | { ok: false; error: 'unknown-pack'; id: string; message: Bilingual }
