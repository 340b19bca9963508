/**
 * Is the notice's round open, closing soon, or over on a given day? Pure: computed only from the
 * pack's data and an injected `today`. Which deadline closes the round is pack data — the deadline
 * flagged `application: true` (the online application deadline, with its clause) — so the engine
 * knows no notice's dates, and a derived pack (a projection onto a later year, whose deadlines are
 * shifted) gets its own status from its own deadlines.
 *
 * The "closing soon" threshold is the caller's (the app's `SOON_DAYS`), not the engine's.
 */
import type { DeadlineDef } from './pack'
import type { Bilingual, IsoDate, TrackId } from './types'

export type RoundState =
  /** Before the application deadline, more than `soonDays` days left. */
  | 'open'
  /** `soonDays` days left or fewer, the deadline day itself included (`daysLeft` 0). */
  | 'closing-soon'
  /** The day after the application deadline and later. */
  | 'over'
  /** The pack flags no dated application deadline (or `today` is not a date): nothing is claimed. */
  | 'unknown'

export interface RoundDeadline<C extends string = string> {
  id: string
  date: IsoDate
  title: Bilingual
  clauses: C[]
}

export interface RoundStatus<C extends string = string> {
  state: RoundState
  packId: string
  /** The year the notice is for ("2024 年度"). */
  year: number
  /** The deadline that closes the round (pack data), or null when the pack flags none. */
  applicationDeadline: RoundDeadline<C> | null
  /** Calendar days from today to the deadline (0 on the day) while open; null when over or unknown. */
  daysLeft: number | null
  /** The deadline's date once it has passed (the round is over); null otherwise. */
  closedOn: IsoDate | null
  /** The threshold used for `closing-soon`. */
  soonDays: number
  /**
   * When a track was given whose own application dates another document sets (the pack's
   * application deadline does not cover it): that document. The state is still the notice's.
   */
  setBy?: Bilingual
}

export interface RoundOptions {
  /** "Closing soon" from this many days before the deadline (the deadline day included). */
  soonDays: number
  /** The applicant's track, when known: prefers a flagged deadline of that track. */
  track?: TrackId | null
}

/**
 * Calendar days from `a` to `b` for `YYYY-MM-DD` dates, or null when either is not a real date.
 * Kept here (not ./dates, which pulls date-fns) because the first screen shows the round status.
 */
export function calendarDays(a: string, b: string): number | null {
  const da = utcDay(a)
  const db = utcDay(b)
  return da === null || db === null ? null : db - da
}

function utcDay(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = Date.UTC(y, mo - 1, d)
  const back = new Date(t)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null
  return Math.round(t / 86_400_000)
}

/** The flagged application deadline for a track (or the pack's first flagged one). */
/** What round status needs of a pack: a pack, or a pack's meta (the first screen has no rules). */
export interface RoundSource<C extends string = string> {
  id: string
  year: number
  deadlines: readonly Readonly<DeadlineDef<C>>[]
}

export function applicationDeadline<C extends string>(
  pack: Pick<RoundSource<C>, 'deadlines'>,
  track?: TrackId | null,
): Readonly<DeadlineDef<C>> | null {
  const flagged = pack.deadlines.filter((d) => d.application === true && d.date !== null)
  return (track ? flagged.find((d) => d.tracks.includes(track)) : undefined) ?? flagged[0] ?? null
}

export function roundStatus<C extends string>(
  pack: RoundSource<C>,
  today: IsoDate,
  options: RoundOptions,
): RoundStatus<C> {
  const def = applicationDeadline(pack, options.track)
  const base = { packId: pack.id, year: pack.year, soonDays: options.soonDays }
  const setBy = trackSetBy(pack, def, options.track)
  const extra = setBy ? { setBy } : {}
  const left = def && def.date !== null ? calendarDays(today, def.date) : null
  if (!def || def.date === null || left === null) {
    return { ...base, ...extra, state: 'unknown', applicationDeadline: null, daysLeft: null, closedOn: null }
  }
  const deadline: RoundDeadline<C> = { id: def.id, date: def.date, title: def.title, clauses: [...def.clauses] }
  if (left < 0)
    return { ...base, ...extra, state: 'over', applicationDeadline: deadline, daysLeft: null, closedOn: def.date }
  const state: RoundState = left <= options.soonDays ? 'closing-soon' : 'open'
  return { ...base, ...extra, state, applicationDeadline: deadline, daysLeft: left, closedOn: null }
}

/** A track not covered by the application deadline whose dates another document sets. */
function trackSetBy<C extends string>(
  pack: Pick<RoundSource<C>, 'deadlines'>,
  def: Readonly<DeadlineDef<C>> | null,
  track: TrackId | null | undefined,
): Bilingual | undefined {
  if (!track || (def && def.tracks.includes(track))) return undefined
  return pack.deadlines.find((d) => d.tracks.includes(track) && d.date === null && d.setBy)?.setBy
}
