/**
 * Round status (src/engine/round.ts): a data table at every boundary of each pack's application
 * deadline — the day before, the day itself, the day after, and the "closing soon" threshold's edges —
 * for the 2024 notice, the fictional 2025 fixture pack and a pack derived by shifting the 2024
 * deadlines to 2027 (as a projection does). `npm run test:tz` runs it in UTC+14 and UTC−12.
 */
import { describe, expect, it } from 'vitest'
import { applicationDeadline, calendarDays, roundStatus, type RoundState } from '../../../src/engine/round'
import type { RulePack } from '../../../src/engine/pack'
import { pack as ningbo2024 } from '../../../src/policy/ningbo-2024-187'
import { pack as fictional2025 } from '../../fixtures/packs/fictional-2025'

const shift = (iso: string, years: number): string => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`
/** The 2024 pack with its deadlines moved to the same days of 2027 (the shape a projection has). */
const shifted2027: RulePack<string> = {
  ...(ningbo2024 as RulePack<string>),
  id: 'ningbo-2024-187@2027',
  year: 2027,
  deadlines: ningbo2024.deadlines.map((d) => ({
    ...d,
    date: d.date === null ? null : shift(d.date, 3),
    ...('until' in d && d.until ? { until: shift(d.until, 3) } : {}),
  })) as RulePack<string>['deadlines'],
}

const SOON = 7
type Row = [pack: string, today: string, state: RoundState, daysLeft: number | null, closedOn: string | null]
const PACKS: Record<string, RulePack<string>> = {
  '2024': ningbo2024 as RulePack<string>,
  fictional: fictional2025,
  '2027': shifted2027,
}

const ROWS: Row[] = [
  // 2024 notice: online application closes 2024-08-21 (N2.1)
  ['2024', '2024-07-01', 'open', 51, null],
  ['2024', '2024-08-13', 'open', 8, null],
  ['2024', '2024-08-14', 'closing-soon', 7, null],
  ['2024', '2024-08-20', 'closing-soon', 1, null],
  ['2024', '2024-08-21', 'closing-soon', 0, null],
  ['2024', '2024-08-22', 'over', null, '2024-08-21'],
  ['2024', '2024-09-01', 'over', null, '2024-08-21'],
  ['2024', '2026-12-01', 'over', null, '2024-08-21'],
  ['2024', '2024-02-29', 'open', 174, null],
  ['2024', '2023-12-31', 'open', 234, null],
  // fictional 2025 pack: closes 2025-07-31 (F2.1)
  ['fictional', '2025-07-23', 'open', 8, null],
  ['fictional', '2025-07-24', 'closing-soon', 7, null],
  ['fictional', '2025-07-31', 'closing-soon', 0, null],
  ['fictional', '2025-08-01', 'over', null, '2025-07-31'],
  // shifted to 2027: closes 2027-08-21; on 2026-12-01 it is open
  ['2027', '2026-12-01', 'open', 263, null],
  ['2027', '2027-08-14', 'closing-soon', 7, null],
  ['2027', '2027-08-21', 'closing-soon', 0, null],
  ['2027', '2027-08-22', 'over', null, '2027-08-21'],
]

describe('roundStatus: the day before, on and after the application deadline', () => {
  it.each(ROWS)('%s pack on %s: %s (days left %s, closed on %s)', (p, today, state, daysLeft, closedOn) => {
    const pack = PACKS[p]!
    const s = roundStatus(pack, today, { soonDays: SOON })
    expect(s.state).toBe(state)
    expect(s.daysLeft).toBe(daysLeft)
    expect(s.closedOn).toBe(closedOn)
    expect(s.packId).toBe(pack.id)
    expect(s.year).toBe(pack.year)
    expect(s.applicationDeadline?.id).toBe('online-application')
  })

  it('the deadline and its clause come from the pack (the flag), not from the engine', () => {
    const s = roundStatus(ningbo2024, '2026-12-01', { soonDays: SOON })
    expect(s.applicationDeadline).toEqual({
      id: 'online-application',
      date: '2024-08-21',
      title: ningbo2024.deadlines[0]!.title,
      clauses: ['N2.1'],
    })
    expect(roundStatus(fictional2025, '2026-12-01', { soonDays: SOON }).applicationDeadline?.clauses).toEqual(['F2.1'])
  })

  it.each([
    [0, '2024-08-20', 'open'],
    [0, '2024-08-21', 'closing-soon'],
    [1, '2024-08-20', 'closing-soon'],
    [1, '2024-08-19', 'open'],
    [30, '2024-07-22', 'closing-soon'],
    [30, '2024-07-21', 'open'],
  ] as const)('the threshold is the caller’s: soonDays %i on %s is %s', (soonDays, today, state) => {
    expect(roundStatus(ningbo2024, today, { soonDays }).state).toBe(state)
  })

  it('a pack that flags no application deadline claims nothing', () => {
    const unflagged = {
      ...ningbo2024,
      deadlines: ningbo2024.deadlines.map(({ ...d }) => ({ ...d, application: undefined })),
    }
    const s = roundStatus(unflagged as RulePack<string>, '2026-12-01', { soonDays: SOON })
    expect(s).toMatchObject({ state: 'unknown', applicationDeadline: null, daysLeft: null, closedOn: null })
  })

  it('a flagged deadline without a date claims nothing either', () => {
    const undated = {
      ...ningbo2024,
      deadlines: [{ ...ningbo2024.deadlines[0]!, date: null }],
    } as RulePack<string>
    expect(roundStatus(undated, '2024-08-01', { soonDays: SOON }).state).toBe('unknown')
    expect(applicationDeadline(undated)).toBeNull()
  })

  it('a malformed today claims nothing', () => {
    expect(roundStatus(ningbo2024, '2024-13-40', { soonDays: SOON }).state).toBe('unknown')
  })

  it('tracks whose dates a provincial document sets: the notice’s state, plus that document', () => {
    for (const track of ['senior-se', 'principal'] as const) {
      const s = roundStatus(ningbo2024, '2026-12-01', { soonDays: SOON, track })
      expect(s.state).toBe('over')
      expect(s.setBy?.zh).toContain('浙市监人〔2024〕18号')
    }
    expect(roundStatus(ningbo2024, '2026-12-01', { soonDays: SOON, track: 'engineer' }).setBy).toBeUndefined()
  })

  it('exactly one deadline of each shipped or fixture pack is flagged as the application deadline', () => {
    for (const pack of [ningbo2024 as RulePack<string>, fictional2025]) {
      expect(pack.deadlines.filter((d) => d.application).map((d) => d.id)).toEqual(['online-application'])
    }
  })
})

describe('calendarDays (the round’s own day count, without date-fns)', () => {
  it.each([
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-08-21', '2024-08-21', 0],
    ['2024-08-22', '2024-08-21', -1],
    ['2023-12-31', '2024-01-01', 1],
    ['2024-03-30', '2024-03-31', 1], // a DST change in Europe: still one day
    ['2024-11-02', '2024-11-03', 1], // and in America
  ] as const)('%s → %s: %i', (a, b, n) => {
    expect(calendarDays(a, b)).toBe(n)
  })
  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '24-08-21', '', '2024-8-21'])('%s is not a date', (bad) => {
    expect(calendarDays(bad, '2024-08-21')).toBeNull()
    expect(calendarDays('2024-08-21', bad)).toBeNull()
  })
})

describe('projected packs (src/policy/projection.ts) get their own round status', () => {
  it.each([
    [2025, '2026-12-01', 'over', '2025-08-21'],
    [2027, '2026-12-01', 'open', null],
    [2027, '2027-08-21', 'closing-soon', null],
    [2027, '2027-08-22', 'over', '2027-08-21'],
  ] as const)('ningbo-2024-187@%i on %s: %s', async (year, today, state, closedOn) => {
    const { packById, packMeta } = await import('../../../src/policy/packs').then(async (m) => ({
      packById: m.packById,
      packMeta: (await import('../../../src/policy')).packMeta,
    }))
    const id = `ningbo-2024-187@${year}`
    const found = packById(id)
    const meta = packMeta(id)
    expect(found.ok && meta.ok).toBe(true)
    if (!found.ok || !meta.ok) return
    const s = roundStatus(found.pack, today, { soonDays: SOON })
    expect(s).toMatchObject({ state, closedOn, year, packId: id })
    expect(s.applicationDeadline?.date).toBe(`${year}-08-21`)
    // The light meta (what a first screen has) says the same.
    expect(roundStatus(meta.pack, today, { soonDays: SOON })).toEqual(s)
  })
})
