/**
 * Calendar-date arithmetic. Every date in the engine is a calendar date (`YYYY-MM-DD`) with no time
 * zone: we compute on UTC midnights through date-fns + @date-fns/utc, so the device's time zone can
 * never shift a day. Periods follow the civil-law convention for "满 N 年/月" (民法典 第二百零三条):
 * the period ends on the corresponding day of the final month, or on that month's last day when it
 * has no such day (29 February + 1 year → 28 February).
 */
import { UTCDate } from '@date-fns/utc'
import { addMonths, addYears, differenceInCalendarDays, differenceInMonths } from 'date-fns'
import type { IsoDate } from './types'

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date in 1900–2100, or null. "2023-02-29" and "2024-13-01" are null. */
export function parseIsoDate(s: unknown): UTCDate | null {
  if (typeof s !== 'string') return null
  const m = ISO.exec(s)
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return null
  const date = new UTCDate(Date.UTC(y, mo - 1, d))
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null
  return date
}

export function isIsoDate(s: unknown): s is IsoDate {
  return parseIsoDate(s) !== null
}

export function toIsoDate(d: Date): IsoDate {
  return new Date(d.getTime()).toISOString().slice(0, 10)
}

function must(s: IsoDate): UTCDate {
  const d = parseIsoDate(s)
  if (!d) throw new RangeError(`not a calendar date: ${s}`)
  return d
}

/** Whole years and remaining whole months from `from` to `to` (0 if `to` is before `from`). */
export function yearsMonthsBetween(from: IsoDate, to: IsoDate): { years: number; months: number; totalMonths: number } {
  const a = must(from)
  const b = must(to)
  if (b.getTime() < a.getTime()) return { years: 0, months: 0, totalMonths: 0 }
  // The largest n for which the period of n months starting on `from` is complete by `to`
  // (same convention as addMonthsIso, so "4 years" here and hasFullYears always agree).
  let totalMonths = Math.max(0, differenceInMonths(b, a) - 1)
  while (addMonths(a, totalMonths + 1).getTime() <= b.getTime()) totalMonths += 1
  return { years: Math.floor(totalMonths / 12), months: totalMonths % 12, totalMonths }
}

/** The day on which a period of `years` starting on `from` is complete ("满"). */
export function addYearsIso(from: IsoDate, years: number): IsoDate {
  return toIsoDate(addYears(must(from), years))
}

export function addMonthsIso(from: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonths(must(from), months))
}

/** True when at least `years` full years lie between `from` and `to` (the anniversary counts). */
export function hasFullYears(from: IsoDate, to: IsoDate, years: number): boolean {
  return addYearsIso(from, years) <= to
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(must(b), must(a))
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4))
}

/** The device's calendar date as the user sees it (local time), for "today" in deadlines. */
export function localToday(now: Date = new Date()): IsoDate {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}
