import { describe, expect, it } from 'vitest'
import { assess, deadlineState, deadlines } from '../../../src/engine/assess'
import { pack } from '../../../src/policy/ningbo-2024-187'
import { BASES } from './cases'

describe('deadline states against "today" (an injected calendar date)', () => {
  it.each([
    ['2024-08-20', 'online-application', { kind: 'upcoming', daysLeft: 1 }],
    ['2024-08-21', 'online-application', { kind: 'today' }],
    ['2024-08-22', 'online-application', { kind: 'closed', on: '2024-08-21' }],
    ['2024-02-29', 'online-application', { kind: 'upcoming', daysLeft: 174 }],
    ['2024-08-31', 'unit-review', { kind: 'upcoming', daysLeft: 1 }],
    ['2024-09-01', 'unit-review', { kind: 'today' }],
    ['2024-09-02', 'unit-review', { kind: 'closed', on: '2024-09-01' }],
    ['2024-09-10', 'district-processing', { kind: 'today' }],
    ['2024-09-11', 'district-processing', { kind: 'closed', on: '2024-09-10' }],
    ['2024-09-20', 'review', { kind: 'upcoming', daysLeft: 1 }],
    ['2024-09-21', 'review', { kind: 'in-window' }],
    ['2024-09-30', 'review', { kind: 'in-window' }],
    ['2024-10-01', 'review', { kind: 'closed', on: '2024-09-30' }],
    ['2026-11-27', 'online-application', { kind: 'closed', on: '2024-08-21' }],
  ] as const)('on %s, %s is %o', (today, id, state) => {
    const d = deadlines(pack, 'engineer', today).find((x) => x.id === id)!
    expect(d.state).toEqual(state)
  })

  it('senior special equipment and principal: dates set by the provincial documents', () => {
    for (const track of ['senior-se', 'principal'] as const) {
      const ds = deadlines(pack, track, '2024-08-01')
      expect(ds.map((d) => d.id)).toEqual(track === 'principal' ? ['provincial-dates'] : ['provincial-dates', 'review'])
      expect(ds[0]!.state).toEqual({ kind: 'unknown' })
      expect(ds[0]!.setBy?.zh).toContain('浙市监人〔2024〕18号')
      expect(ds[0]!.clauses).toContain('N2.2')
    }
  })

  it('principal: no 浙特协 (the notice ties it to special-equipment senior only) and no Ningbo review date', () => {
    // 一、第一段: 浙特协〔2024〕11号 is what special-equipment senior applicants must meet.
    expect(pack.clauses['N1.1'].zh).toContain('符合浙江省特种设备协会')
    expect(pack.clauses['N1.1'].zh).toMatch(/浙特协〔2024〕11号）要求，可申报高级（特种设备）/)
    const ds = deadlines(pack, 'principal', '2024-08-01')
    for (const d of ds) expect(`${d.setBy?.zh ?? ''}${d.setBy?.en ?? ''}${d.title.zh}`).not.toContain('浙特协')
    expect(ds.map((d) => d.id)).not.toContain('review')
    expect(deadlines(pack, 'senior-se').map((d) => d.setBy?.zh ?? '')).toContain(
      '浙市监人〔2024〕18号、浙特协〔2024〕11号',
    )
  })

  it('engineer and senior share the 8-21 / 9-01 / 9-10 timetable of 二(一)', () => {
    for (const track of ['engineer', 'senior'] as const) {
      const ds = deadlines(pack, track)
      expect(ds.map((d) => [d.id, d.date])).toEqual([
        ['online-application', '2024-08-21'],
        ['unit-review', '2024-09-01'],
        ['district-processing', '2024-09-10'],
        ['review', '2024-09-21'],
      ])
      expect(ds.every((d) => d.state === undefined)).toBe(true)
    }
  })

  it('seniority is counted to the cut-off, never to today', () => {
    const a1 = assess({ ...BASES.engineer, titleDate: '2021-01-01' }, pack, { today: '2024-08-01' })
    const a2 = assess({ ...BASES.engineer, titleDate: '2021-01-01' }, pack, { today: '2030-01-01' })
    expect(a1.requirements).toEqual(a2.requirements)
    expect(a1.overall).toBe(a2.overall)
  })

  it('a date window that is unknown stays unknown', () => {
    expect(deadlineState(null, undefined, '2024-01-01')).toEqual({ kind: 'unknown' })
  })
})
