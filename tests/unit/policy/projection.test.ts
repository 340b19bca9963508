// @vitest-environment node
/**
 * The projection (src/policy/projection.ts): the 2024 notice's rules carried to a later year as a
 * derived pack, looked up through the registry and never shipped as a copy. Tables, edge cases first.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '@/engine/assess'
import type { RulePack } from '@/engine/pack'
import { isKnownPack, packMeta } from '@/policy'
import { packById, RULE_PACKS } from '@/policy/packs'
import {
  defaultProjectionYear,
  PROJECTED_RETIREMENT_INFERENCE,
  PROJECTION_INFERENCE,
  projectionYears,
  projectPack,
  shiftDate,
} from '@/policy/projection'
import { parseProjectionId } from '@/policy/projection-meta'
import { pack as ningbo } from '@/policy/ningbo-2024-187'
import { BASES } from '../engine/cases'
import { carriedBases } from '../engine/projection-cases'

const base = ningbo as RulePack<string>
const p2027 = projectPack(base, 2027)

describe('shiftDate: the same day of a later year', () => {
  it.each([
    ['2024-08-21', 3, '2027-08-21'],
    ['2024-12-31', 1, '2025-12-31'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-28', 4, '2028-02-28'],
  ] as const)('%s + %i years → %s', (from, years, to) => {
    expect(shiftDate(from, years)).toBe(to)
  })
})

describe('the default year: the next round whose online deadline has not passed', () => {
  it.each([
    ['2024-08-09', 2025],
    ['2024-08-21', 2025],
    ['2024-12-31', 2025],
    ['2025-08-21', 2025],
    ['2025-08-22', 2026],
    ['2026-08-21', 2026],
    ['2026-08-22', 2027],
    ['2026-12-01', 2027],
    ['2027-01-01', 2027],
  ] as const)('on %s → %i', (today, year) => {
    expect(defaultProjectionYear(base, today)).toBe(year)
  })

  it('offers the default year up to 5 years past the device year', () => {
    expect(projectionYears(base, '2026-12-01')).toEqual([2027, 2028, 2029, 2030, 2031])
    expect(projectionYears(base, '2026-08-21')).toEqual([2026, 2027, 2028, 2029, 2030, 2031])
  })
})

describe('the carried-forward parameters of the 2027 projection', () => {
  it.each([
    ['params.cutoff', 'N1.4', '2024-12-31', '2027-12-31'],
    ['tracks.engineer.ceYears', 'N4.2', '2022, 2023, 2024', '2025, 2026, 2027'],
    ['tracks.senior-se.ceYears', 'N4.2', '2020, 2021, 2022, 2023, 2024', '2023, 2024, 2025, 2026, 2027'],
    ['tracks.engineer.evidenceYears', 'N3.1', '4', '4'],
    ['tracks.senior.evidenceYears', 'N3.1', '5', '5'],
    ['params.ce.currentYear', 'N4.2', '2024', '2027'],
    ['params.assessmentYears', 'A1.5', '2021, 2022, 2023', '2024, 2025, 2026'],
    ['params.retirement', 'N1.4', 'cn-1978', 'cn-2025-gradual'],
    ['deadlines.0.online-application', 'N2.1', '2024-08-21', '2027-08-21'],
    ['deadlines.1.unit-review', 'N2.1', '2024-09-01', '2027-09-01'],
    ['deadlines.2.district-processing', 'N2.1', '2024-09-10', '2027-09-10'],
    ['deadlines.5.review', 'N2.3', '2024-09-21/2024-09-30', '2027-09-21/2027-09-30'],
  ] as const)('%s (%s): %s → %s', (param, clause, from, to) => {
    expect(p2027.projection?.carried).toContainEqual({ param, clause, base: from, value: to })
  })

  it('each carried parameter keeps its clause and gains the projection inference', () => {
    const P = p2027.params
    for (const p of [P.cutoff, P.ce.currentYear, P.assessmentYears, P.retirement, p2027.tracks.engineer!.ceYears]) {
      expect(p.projected).toBe(PROJECTION_INFERENCE)
    }
    expect(P.cutoff.clause).toBe(base.params.cutoff.clause)
    expect(P.assessmentYears.inference).toBe('assessment-years')
    expect(P.retirement.inference).toBe(PROJECTED_RETIREMENT_INFERENCE)
    for (const d of p2027.deadlines.filter((x) => x.date)) expect(d.projected).toBe(PROJECTION_INFERENCE)
  })

  it('everything else is the base notice’s, shared, not copied', () => {
    expect(p2027.clauses).toBe(base.clauses)
    expect(p2027.messages).toBe(base.messages)
    expect(p2027.materials).toBe(base.materials)
    expect(p2027.params.ce.total).toBe(base.params.ce.total)
    expect(p2027.params.socialSecurityMonths).toBe(base.params.socialSecurityMonths)
    expect(p2027.params.educationYears).toBe(base.params.educationYears)
    expect(p2027.params.retirement.value).toBe(base.params.retirement.value)
    expect(p2027.tracks.engineer!.requirements).toBe(base.tracks.engineer!.requirements)
    // The base pack is untouched.
    expect(base.params.cutoff.value).toBe('2024-12-31')
    expect(base.projection).toBeUndefined()
  })

  it('the projection is an inference with one sentence, both languages, citing the carried clauses', () => {
    const inf = p2027.inferences[PROJECTION_INFERENCE]!
    expect(inf.text.zh).toContain('2027 年度')
    expect(inf.text.zh).toContain('以当年正式发布的通知为准')
    expect(inf.text.en).toContain('The notice actually published for 2027 decides')
    expect(inf.clauses).toEqual(expect.arrayContaining(['N1.4', 'N4.2', 'A1.5', 'N3.1', 'N2.1']))
    expect(p2027.title.zh).toContain('推断')
    // A base inference naming the base's years says how they move.
    expect(p2027.inferences['assessment-years']!.text.zh).toContain('顺延 3 年')
    expect(p2027.inferences['edu-2001']).toBe(base.inferences['edu-2001'])
  })

  it('refuses a year that is not after the base, beyond the horizon, or a projection of a projection', () => {
    expect(() => projectPack(base, 2024)).toThrow(RangeError)
    expect(() => projectPack(base, 2045)).toThrow(RangeError)
    expect(() => projectPack(p2027, 2028)).toThrow(RangeError)
  })
})

describe('the registry knows projections by id, deriving them', () => {
  it.each([
    ['ningbo-2024-187@2025', true],
    ['ningbo-2024-187@2027', true],
    ['ningbo-2024-187@2044', true],
    ['ningbo-2024-187@2045', false],
    ['ningbo-2024-187@2024', false],
    ['ningbo-2024-187@2023', false],
    ['ningbo-2024-187@27', false],
    ['other-2024@2027', false],
    ['ningbo-2024-187@2027@2028', false],
    [42, false],
  ] as const)('%s → known %s', (id, known) => {
    expect(isKnownPack(id)).toBe(known)
    expect(packMeta(id).ok).toBe(known)
    const r = packById(id)
    expect(r.ok).toBe(known)
    if (r.ok) {
      expect(r.pack.id).toBe(id)
      expect(r.pack.projection?.baseId).toBe('ningbo-2024-187')
      expect(packMeta(id)).toMatchObject({ ok: true, pack: { id, year: r.pack.year, title: r.pack.title } })
    } else expect(r.error).toBe('unknown-pack')
  })

  it('derives once and keeps it; ships none', () => {
    const a = packById('ningbo-2024-187@2026')
    const b = packById('ningbo-2024-187@2026')
    expect(a.ok && b.ok && a.pack === b.pack).toBe(true)
    expect(RULE_PACKS.some((p) => p.projection)).toBe(false)
    expect(parseProjectionId('ningbo-2024-187@2026')).toEqual({ baseId: 'ningbo-2024-187', year: 2026 })
  })
})

describe('the 2024 verdict and a projected one differ only where the year does', () => {
  it('the engineer base: 2024 and 2027 both eligible; 2027 rests on the projection and counts to 2027-12-31', () => {
    const a2024 = assess(BASES.engineer, base)
    const a2027 = assess(carriedBases(2027).engineer, p2027, { today: '2026-12-01' })
    expect(a2024.overall).toBe('eligible')
    expect(a2024.inferences).not.toContain(PROJECTION_INFERENCE)
    expect(a2027.overall).toBe('eligible')
    expect(a2027.packId).toBe('ningbo-2024-187@2027')
    expect(a2027.inferences[0]).toBe(PROJECTION_INFERENCE)
    const ret = a2027.requirements.find((r) => r.id === 'retirement')!
    expect(ret.detail).toMatchObject({ rule: 'cn-2025-gradual', retiresOn: '2051-06-15', age: 63, ageMonths: 0 })
    expect(a2027.deadlines.map((d) => [d.id, d.date, d.state?.kind])).toEqual([
      ['online-application', '2027-08-21', 'upcoming'],
      ['unit-review', '2027-09-01', 'upcoming'],
      ['district-processing', '2027-09-10', 'upcoming'],
      ['review', '2027-09-21', 'upcoming'],
    ])
  })

  it.each([
    ['1975-08-30', 2025, '2025-12-30'],
    ['1975-08-31', 2025, '2025-12-31'],
    ['1975-09-01', 2025, '2026-02-01'],
    ['1976-12-30', 2027, '2027-12-30'],
    ['1976-12-31', 2027, '2027-12-31'],
    ['1977-01-01', 2027, '2028-02-01'],
  ] as const)('woman (worker post) born %s, projected to %i: retires on %s under the reform', (birth, year, on) => {
    const a = assess(
      { ...carriedBases(year).engineer, birthDate: birth, retirementGroup: 'woman-worker' },
      projectPack(base, year),
    )
    expect(a.requirements.find((r) => r.id === 'retirement')!.detail).toMatchObject({ retiresOn: on })
  })
})

describe('a verdict resting on planned hours says so', () => {
  it.each([
    [
      {
        '2026': { professional: 70, public: 24, planned: true },
        '2027': { professional: 70, public: 24, planned: true },
      },
      '2026,2027',
    ],
    [{ '2027': { professional: 70, public: 24, planned: true } }, '2027'],
    [{}, null],
  ] as const)('%j → planned %s', (hours, years) => {
    const answers = { ...carriedBases(2027).engineer }
    answers.ceHours = { ...answers.ceHours, ...structuredClone(hours) }
    const ce = assess(answers, p2027).requirements.find((r) => r.id === 'continuing-education')!
    const fig = ce.figures.find((f) => f.key === 'fig.ce-planned')
    if (years === null) expect(fig).toBeUndefined()
    else {
      expect(fig?.params).toEqual({ years })
      expect(ce.detail).toMatchObject({ id: 'continuing-education' })
    }
  })
})
