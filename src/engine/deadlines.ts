/**
 * The deadlines of a track, from the pack, with their state relative to an injected "today".
 */
import { daysBetween, isIsoDate } from './dates'
import type { RulePack } from './pack'
import type { DeadlineEntry, DeadlineState, IsoDate, TrackId } from './types'

export function deadlineState(date: IsoDate | null, until: IsoDate | undefined, today: IsoDate): DeadlineState {
  if (date === null) return { kind: 'unknown' }
  const d = daysBetween(today, date)
  if (d > 0) return { kind: 'upcoming', daysLeft: d }
  if (d === 0) return until ? { kind: 'in-window' } : { kind: 'today' }
  if (until && daysBetween(today, until) >= 0) return { kind: 'in-window' }
  return { kind: 'closed', on: until ?? date }
}

export function deadlines<C extends string>(pack: RulePack<C>, track: TrackId, today?: IsoDate): DeadlineEntry<C>[] {
  return pack.deadlines
    .filter((d) => d.tracks.includes(track))
    .map((d) => {
      const e: DeadlineEntry<C> = {
        id: d.id,
        title: d.title,
        date: d.date,
        approximate: d.approximate === true,
        clauses: [...d.clauses],
      }
      if (d.until) e.until = d.until
      if (d.setBy) e.setBy = d.setBy
      if (today && isIsoDate(today)) e.state = deadlineState(d.date, d.until, today)
      return e
    })
}
