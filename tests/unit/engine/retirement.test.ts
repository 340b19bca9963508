/**
 * The retirement rule against the law's own tables. The expected rows below are transcribed from the
 * tables by birth month annexed to 国务院关于渐进式提高职工法定退休年龄的办法 (附件1 men, 附件2 women of
 * the original-55 group, 附件3 women of the original-50 group; published with the NPC Standing
 * Committee decision of 2024-09-13, https://www.gov.cn/yaowen/liebiao/202409/content_6974294.htm):
 * birth month → age after the reform → month of retirement. They are literal values, not computed
 * by the formula under test; rows before the first delayed month are the pre-reform ages.
 */
import { describe, expect, it } from 'vitest'
import {
  delayMonthsFor,
  groupsOf,
  retirementOf,
  ruleInForce,
  type RetirementGroup,
  type RetirementRule,
} from '../../../src/engine/retirement'
import {
  RETIREMENT_LAW,
  RETIREMENT_REFORM_2025,
  RETIREMENT_REFORM_EFFECTIVE,
  STATUTORY_RETIREMENT_1978,
} from '../../../src/policy/law/retirement'

type Row = [group: RetirementGroup, born: string, years: number, months: number, retires: string]

// prettier-ignore
const ANNEX_ROWS: Row[] = [
  // 附件1 男职工 (every 4 months of birth one month more, up to 63)
  ['man', '1964-12', 60, 0, '2024-12'], // before the reform's first delayed month
  ['man', '1965-01', 60, 1, '2025-02'],
  ['man', '1965-04', 60, 1, '2025-05'],
  ['man', '1965-05', 60, 2, '2025-07'],
  ['man', '1965-08', 60, 2, '2025-10'],
  ['man', '1965-09', 60, 3, '2025-12'],
  ['man', '1965-12', 60, 3, '2026-03'],
  ['man', '1966-01', 60, 4, '2026-05'],
  ['man', '1968-12', 61, 0, '2029-12'],
  ['man', '1969-01', 61, 1, '2030-02'],
  ['man', '1975-06', 62, 8, '2038-02'],
  ['man', '1976-05', 62, 11, '2039-04'],
  ['man', '1976-08', 62, 11, '2039-07'],
  ['man', '1976-09', 63, 0, '2039-09'], // the new age reached
  ['man', '1976-12', 63, 0, '2039-12'],
  ['man', '1977-01', 63, 0, '2040-01'],
  ['man', '1995-12', 63, 0, '2058-12'],
  // 附件2 原法定退休年龄五十五周岁的女职工 (every 4 months, up to 58)
  ['woman-cadre', '1969-12', 55, 0, '2024-12'],
  ['woman-cadre', '1970-01', 55, 1, '2025-02'],
  ['woman-cadre', '1970-04', 55, 1, '2025-05'],
  ['woman-cadre', '1970-05', 55, 2, '2025-07'],
  ['woman-cadre', '1970-09', 55, 3, '2025-12'],
  ['woman-cadre', '1971-04', 55, 4, '2026-08'],
  ['woman-cadre', '1981-08', 57, 11, '2039-07'],
  ['woman-cadre', '1981-09', 58, 0, '2039-09'],
  ['woman-cadre', '1982-01', 58, 0, '2040-01'],
  ['woman-cadre', '2000-12', 58, 0, '2058-12'],
  // 附件3 原法定退休年龄五十周岁的女职工 (every 2 months, up to 55)
  ['woman-worker', '1974-12', 50, 0, '2024-12'],
  ['woman-worker', '1975-01', 50, 1, '2025-02'],
  ['woman-worker', '1975-02', 50, 1, '2025-03'],
  ['woman-worker', '1975-03', 50, 2, '2025-05'],
  ['woman-worker', '1975-06', 50, 3, '2025-09'],
  ['woman-worker', '1976-06', 50, 9, '2027-03'],
  ['woman-worker', '1977-01', 51, 1, '2028-02'],
  ['woman-worker', '1984-09', 54, 11, '2039-08'],
  ['woman-worker', '1984-10', 54, 11, '2039-09'],
  ['woman-worker', '1984-11', 55, 0, '2039-11'], // the new age reached
  ['woman-worker', '1985-01', 55, 0, '2040-01'],
  ['woman-worker', '1995-12', 55, 0, '2050-12'],
]

describe('the 2025 reform against its annexed tables', () => {
  it.each(ANNEX_ROWS)('%s born %s: %i years %i months, retires %s', (group, born, years, months, retires) => {
    const out = retirementOf(`${born}-01`, group, RETIREMENT_REFORM_2025)!
    expect(out.age).toEqual({ years, months })
    expect(out.date.slice(0, 7)).toBe(retires)
    expect(out.delayMonths).toBe((years - { man: 60, 'woman-cadre': 55, 'woman-worker': 50 }[group]) * 12 + months)
  })

  it('every birth month from 1960 to 2000 is within the base age and the new age, and never decreases', () => {
    for (const group of groupsOf(RETIREMENT_REFORM_2025)) {
      const s = RETIREMENT_REFORM_2025.schedules.find((x) => x.group === group)!
      let previous = 0
      for (let y = 1960; y <= 2000; y++) {
        for (let mo = 1; mo <= 12; mo++) {
          const d = delayMonthsFor(s, `${y}-${String(mo).padStart(2, '0')}-15`)
          expect(d).toBeGreaterThanOrEqual(previous)
          expect(d - previous).toBeLessThanOrEqual(1)
          expect(d).toBeLessThanOrEqual(s.delay!.maxMonths)
          previous = d
        }
      }
      expect(previous).toBe(s.delay!.maxMonths)
    }
  })
})

describe('day-level edges (the civil-law month-end rule of dates.ts)', () => {
  // prettier-ignore
  it.each([
    ['man', '1964-02-29', STATUTORY_RETIREMENT_1978, '2024-02-29'], // 60 years: a leap day again
    ['woman-cadre', '1968-02-29', STATUTORY_RETIREMENT_1978, '2023-02-28'], // no 29 Feb in 2023
    ['woman-worker', '1974-12-31', STATUTORY_RETIREMENT_1978, '2024-12-31'],
    ['man', '1964-12-31', RETIREMENT_REFORM_2025, '2024-12-31'], // not delayed: born before 1965-01
    ['man', '1965-01-01', RETIREMENT_REFORM_2025, '2025-02-01'],
    ['man', '1966-10-31', RETIREMENT_REFORM_2025, '2027-04-30'], // 60y6m: April has no 31st
    ['man', '1972-02-29', RETIREMENT_REFORM_2025, '2033-12-29'], // 61y10m
    ['man', '1976-02-29', RETIREMENT_REFORM_2025, '2038-12-29'], // 62y10m
    ['man', '1976-08-31', RETIREMENT_REFORM_2025, '2039-07-31'], // 62y11m
    ['woman-cadre', '1970-01-31', RETIREMENT_REFORM_2025, '2025-02-28'], // 55y1m: 2025 not a leap year
    ['woman-cadre', '1971-12-31', RETIREMENT_REFORM_2025, '2027-06-30'], // 55y6m
    ['woman-worker', '1975-01-31', RETIREMENT_REFORM_2025, '2025-02-28'], // 50y1m
    ['woman-worker', '1975-12-31', RETIREMENT_REFORM_2025, '2026-06-30'], // 50y6m
    ['woman-worker', '1980-02-29', RETIREMENT_REFORM_2025, '2032-09-29'], // 52y7m
    ['woman-worker', '1983-12-31', RETIREMENT_REFORM_2025, '2038-06-30'], // 54y6m
  ] as [RetirementGroup, string, RetirementRule, string][])('%s born %s: retires %s', (group, born, rule, date) => {
    expect(retirementOf(born, group, rule)!.date).toBe(date)
  })

  it('refuses a date that does not exist', () => {
    expect(() => retirementOf('2023-02-29', 'man', RETIREMENT_REFORM_2025)).toThrow(RangeError)
  })
})

describe('which rule is in force', () => {
  it.each([
    ['1978-06-01', null],
    ['1978-06-02', 'cn-1978'],
    ['2024-12-31', 'cn-1978'], // the 2024 notice's cut-off: before the reform
    ['2025-01-01', 'cn-2025-gradual'],
    ['2025-12-31', 'cn-2025-gradual'],
  ])('on %s: %s', (date, id) => {
    expect(ruleInForce(RETIREMENT_LAW, date)?.id ?? null).toBe(id)
  })

  it('does not depend on the order of the rules', () => {
    expect(ruleInForce([...RETIREMENT_LAW].reverse(), '2030-01-01')?.id).toBe('cn-2025-gradual')
  })

  it('the reform starts on 2025-01-01', () => expect(RETIREMENT_REFORM_EFFECTIVE).toBe('2025-01-01'))

  it('a cut-off of 2024-12-31 excludes the same people under either rule (the reform delays no one who retires by then)', () => {
    const cutoff = '2024-12-31'
    for (const group of groupsOf(STATUTORY_RETIREMENT_1978)) {
      for (let day = '1963-01-01'; day <= '1976-12-31'; day = next(day)) {
        const before = retirementOf(day, group, STATUTORY_RETIREMENT_1978)!.date <= cutoff
        const after = retirementOf(day, group, RETIREMENT_REFORM_2025)!.date <= cutoff
        expect(after, `${group} ${day}`).toBe(before)
      }
    }
  })
})

function next(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}
