import { describe, expect, it } from 'vitest'
import {
  addMonthsIso,
  addYearsIso,
  daysBetween,
  hasFullYears,
  isIsoDate,
  localToday,
  parseIsoDate,
  yearsMonthsBetween,
} from '../../../src/engine/dates'

describe('calendar dates (no time zone can move a day)', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-04-31', false],
    ['2024-1-5', false],
    ['1899-12-31', false],
    ['2100-12-31', true],
    ['', false],
    ['2024-12-31T00:00:00Z', false],
  ])('isIsoDate(%s) = %s', (s, ok) => expect(isIsoDate(s)).toBe(ok))

  it('rejects non-strings', () => {
    expect(parseIsoDate(20240101)).toBeNull()
    expect(parseIsoDate(null)).toBeNull()
  })

  it.each([
    ['2021-01-01', '2024-12-31', 3, 11],
    ['2020-12-31', '2024-12-31', 4, 0],
    ['2020-02-29', '2024-02-28', 3, 11],
    ['2020-02-29', '2024-02-29', 4, 0],
    ['2021-01-31', '2024-12-30', 3, 10],
    ['2021-01-31', '2024-12-31', 3, 11],
    ['2024-12-31', '2024-12-31', 0, 0],
    ['2025-01-01', '2024-12-31', 0, 0],
  ])('from %s to %s: %i years %i months', (from, to, y, m) => {
    expect(yearsMonthsBetween(from, to)).toMatchObject({ years: y, months: m })
  })

  it.each([
    ['2020-02-29', 3, '2023-02-28'],
    ['2020-02-29', 4, '2024-02-29'],
    ['2021-01-01', 4, '2025-01-01'],
  ])('addYearsIso(%s, %i) = %s (month-end rule)', (d, n, out) => expect(addYearsIso(d, n)).toBe(out))

  it.each([
    ['2024-12-31', 1, '2025-01-31'],
    ['2024-12-31', 2, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
  ])('addMonthsIso(%s, %i) = %s', (d, n, out) => expect(addMonthsIso(d, n)).toBe(out))

  it('agrees with itself: full years are reached exactly on the anniversary', () => {
    expect(hasFullYears('2020-12-31', '2024-12-31', 4)).toBe(true)
    expect(hasFullYears('2021-01-01', '2024-12-31', 4)).toBe(false)
  })

  it('counts days across a DST change and a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2)
    expect(daysBetween('2024-08-21', '2024-08-20')).toBe(-1)
  })

  it('localToday reads the device calendar date of a given moment', () => {
    expect(localToday(new Date(2024, 7, 21, 23, 59))).toBe('2024-08-21')
    expect(localToday(new Date(2024, 0, 1, 0, 0))).toBe('2024-01-01')
  })
})
