/**
 * The light half of projections (./projection.ts): their ids and metas, for the registry's
 * synchronous lookups (`isKnownPack`, `packMeta`) without loading any rules.
 *
 * A projection's id is `<base id>@<year>`, e.g. `ningbo-2024-187@2027`: the base notice's rules
 * carried forward to that year. Nothing is shipped for it: the registry derives it on demand.
 */
import type { PackMeta } from './types'

/** The years after its base a projection may be for (a link or backup naming a later one is refused). */
export const PROJECTION_HORIZON = 20
/** How many years past the device's year the user may pick. */
export const PROJECTION_MAX_AHEAD = 5

const ID = /^([a-z0-9][a-z0-9-]*)@(\d{4})$/

export function projectionId(baseId: string, year: number): string {
  return `${baseId}@${year}`
}

/** `{ baseId, year }` of a projection id, or null (a plain pack id, or not an id at all). */
export function parseProjectionId(id: unknown): { baseId: string; year: number } | null {
  if (typeof id !== 'string') return null
  const m = ID.exec(id)
  return m ? { baseId: m[1]!, year: Number(m[2]) } : null
}

/** Whether `year` is one a projection of a notice of `baseYear` may be for. */
export function isProjectionYear(baseYear: number, year: number): boolean {
  return Number.isInteger(year) && year > baseYear && year <= baseYear + PROJECTION_HORIZON
}

/** The title of a projection: the base notice's, and the year it is carried to (labelled 推断). */
export function projectionTitle(base: Pick<PackMeta, 'title' | 'year'>, year: number): PackMeta['title'] {
  return {
    zh: `${year} 年度申报（推断：按 ${base.year} 年度通知的规则推算）`,
    en: `The ${year} round (inferred: the ${base.year} notice's rules carried forward)`,
  }
}

/** The meta of the projection of `base` onto `year` (the caller checks the year). */
export function projectionMeta(base: PackMeta, year: number): PackMeta {
  return {
    id: projectionId(base.id, year),
    issuer: base.issuer,
    docNo: base.docNo,
    date: base.date,
    year,
    title: projectionTitle(base, year),
    projection: { baseId: base.id, year },
    // The application deadline on the same day of `year` (29 Feb → 28 Feb), as in the derived pack.
    deadlines: base.deadlines.map((dl) =>
      dl.date === null ? dl : { ...dl, date: sameDayIn(dl.date, year - base.year) },
    ),
  }
}

/** `date` moved by whole years, 29 Feb → 28 Feb in a common year (as `shiftDate` in ./projection.ts). */
function sameDayIn(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years
  const md = date.slice(4)
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  return `${y}${md === '-02-29' && !leap ? '-02-28' : md}`
}

/** The meta of projection `id` among `metas` (plain packs), or null. A projection of a projection is not one. */
export function projectedMetaOf(id: unknown, metas: readonly PackMeta[]): PackMeta | null {
  const p = parseProjectionId(id)
  if (!p) return null
  const base = metas.find((m) => m.id === p.baseId && !m.projection)
  return base && isProjectionYear(base.year, p.year) ? projectionMeta(base, p.year) : null
}
