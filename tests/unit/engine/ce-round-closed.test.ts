/**
 * The open year's hours "can still be earned" only while the round is open: once the pack's
 * application deadline (N2.1, 2024-08-21) has passed on the device's date, a short open year is
 * advised as closed for this round (issue 13: no instruction to do what can no longer be done).
 * The verdict never depends on the date.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess'
import { explain } from '../../../src/engine/explain'
import { pack } from '../../../src/policy/ningbo-2024-187'
import { projectPack } from '../../../src/policy/projection'
import { BASES, applyPatch } from './cases'

const hours = (years: number[]) => Object.fromEntries(years.map((y) => [String(y), { professional: 70, public: 24 }]))
const short2024 = applyPatch(BASES.engineer, {
  ceHours: { ...hours([2022, 2023]), '2024': { professional: 73, public: 17 } },
})
const short2023 = applyPatch(BASES.engineer, {
  ceHours: { ...hours([2022, 2024]), '2023': { professional: 59, public: 31 } },
})

const ceAdvice = (a: ReturnType<typeof assess>) =>
  a.requirements.find((r) => r.id === 'continuing-education')!.advice.map((m) => m.key)

describe('continuing education: the open year in a closed round', () => {
  it.each([
    // edge first: the deadline day itself is still open
    ['2024-08-21', 'advice.ce-current-year'],
    ['2024-08-22', 'advice.ce-round-closed'],
    ['2024-08-20', 'advice.ce-current-year'],
    ['2024-01-01', 'advice.ce-current-year'],
    ['2024-12-31', 'advice.ce-round-closed'],
    ['2026-12-01', 'advice.ce-round-closed'],
    [undefined, 'advice.ce-current-year'],
  ] as const)('2024 short, today %s → %s', (today, key) => {
    const a = assess(short2024, pack, today ? { today } : {})
    expect(ceAdvice(a)).toEqual([key])
    expect(a.overall).toBe('not-eligible')
  })

  it('a past year stays "check for unregistered hours" whatever the date', () => {
    for (const today of ['2024-08-21', '2024-08-22', '2026-12-01'])
      expect(ceAdvice(assess(short2023, pack, { today }))).toEqual(['advice.ce-past-year'])
  })

  it('the verdicts are the same on every date', () => {
    const strip = (a: ReturnType<typeof assess>) => a.requirements.map((r) => [r.id, r.status])
    expect(strip(assess(short2024, pack, { today: '2026-12-01' }))).toEqual(strip(assess(short2024, pack)))
  })

  it('a projection onto 2027 seen on 2026-12-01: 2027 is open, its hours can still be earned', () => {
    const p = projectPack(pack, 2027)
    const a = assess(
      applyPatch(BASES.engineer, {
        ceHours: { ...hours([2025, 2026]), '2027': { professional: 60, public: 18, planned: true } },
      }),
      p,
      { today: '2026-12-01' },
    )
    expect(ceAdvice(a)).toEqual(['advice.ce-current-year'])
  })

  it('says so in both languages, and never "仍可补学" once closed', () => {
    const a = assess(short2024, pack, { today: '2026-12-01' })
    const ce = a.requirements.find((r) => r.id === 'continuing-education')!
    const zh = ce.advice.map((m) => explain(m, 'zh-CN', pack)).join('')
    const en = ce.advice.map((m) => explain(m, 'en-US', pack)).join('')
    expect(zh).toContain('2024 年还差公需科目 1 学时')
    expect(zh).toContain('本轮申报已截止')
    expect(zh).not.toContain('仍可补学')
    expect(en).toContain('this round has closed')
  })
})
