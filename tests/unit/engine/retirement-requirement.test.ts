/**
 * The retirement requirement (N1.4) through assess(): the group answered, the rule in force on the
 * pack's cut-off, and the cut-off day itself inside the period ("计算到 2024 年 12 月 31 日，凡在此
 * 期限内达到退休年龄的人员…不再评定"). The 2024 pack (cut-off before 2025-01-01) uses the ages before
 * the reform; the same pack moved to a 2025-12-31 cut-off (a test-only variant, not a real notice)
 * uses the reform's schedule. Also the place of education on the checklist.
 */
import { describe, expect, it } from 'vitest'
import type { Answers } from '../../../src/engine/answers'
import { assess } from '../../../src/engine/assess'
import type { RetirementGroup } from '../../../src/engine/retirement'
import { pack } from '../../../src/policy/ningbo-2024-187'
import { BASES } from './cases'

const at2025 = { ...pack, params: { ...pack.params, cutoff: { ...pack.params.cutoff, value: '2025-12-31' } } }

const retirement = (p: typeof pack, patch: Partial<Answers>) => {
  const a = assess({ ...BASES.engineer, ...patch }, p)
  return { r: a.requirements.find((x) => x.id === 'retirement')!, a }
}

describe('retirement under the 2024 pack (cut-off 2024-12-31, pre-reform ages)', () => {
  // prettier-ignore
  it.each([
    ['man', '1964-12-31', 'not-met', '2024-12-31', 60, undefined], // the cut-off day itself: excluded
    ['man', '1965-01-01', 'met', '2025-01-01', 60, undefined], // the day after: not delayed figures
    ['woman-cadre', '1969-12-31', 'not-met', '2024-12-31', 55, undefined],
    ['woman-cadre', '1970-01-01', 'met', '2025-01-01', 55, undefined],
    ['woman-worker', '1974-12-31', 'not-met', '2024-12-31', 50, undefined],
    ['woman-worker', '1975-01-01', 'met', '2025-01-01', 50, undefined],
  ] as [RetirementGroup, string, string, string, number, number | undefined][])(
    '%s born %s: %s (reaches the age on %s)',
    (group, birthDate, status, date, age, ageMonths) => {
      const { r } = retirement(pack, { retirementGroup: group, birthDate, retirementDeferred: false })
      expect(r.status).toBe(status)
      expect(r.inferences).toEqual(['retirement-ages'])
      expect(r.figures[0]).toEqual({
        key: 'fig.retirement-date',
        params: { date, age, cutoff: '2024-12-31', ...(ageMonths ? { ageMonths } : {}) },
      })
    },
  )

  it('a group the law does not know is asked again (needs info), never guessed', () => {
    const { r } = retirement(pack, { retirementGroup: undefined })
    expect(r.status).toBe('needs-info')
    expect(r.missing).toEqual(['retirementGroup'])
  })
})

describe('retirement with a 2025-12-31 cut-off: the reform schedule applies', () => {
  // prettier-ignore
  it.each([
    ['man', '1965-09-30', 'not-met', '2025-12-30', 60, 3], // 60y3m
    ['man', '1965-10-01', 'met', '2026-01-01', 60, 3], // pre-reform he would have been out on 2025-10-01
    ['man', '1965-08-31', 'not-met', '2025-10-31', 60, 2],
    ['woman-cadre', '1970-09-30', 'not-met', '2025-12-30', 55, 3],
    ['woman-cadre', '1970-10-01', 'met', '2026-01-01', 55, 3],
    ['woman-worker', '1975-06-30', 'not-met', '2025-09-30', 50, 3],
    ['woman-worker', '1975-07-31', 'not-met', '2025-11-30', 50, 4], // 31 Jul + 50y4m: 30 Nov
    ['woman-worker', '1975-08-01', 'not-met', '2025-12-01', 50, 4], // months 7–8 of the cohort: 4 months
    ['woman-worker', '1975-09-01', 'met', '2026-02-01', 50, 5],
  ] as [RetirementGroup, string, string, string, number, number][])(
    '%s born %s: %s (reaches the age on %s)',
    (group, birthDate, status, date, age, ageMonths) => {
      const { r } = retirement(at2025, { retirementGroup: group, birthDate, retirementDeferred: false })
      expect(r.status).toBe(status)
      expect(r.figures[0]!.params).toEqual({ date, age, ageMonths, cutoff: '2025-12-31' })
    },
  )

  it('an approved deferral still lets a retired applicant apply (the only way)', () => {
    const { r } = retirement(at2025, { retirementGroup: 'man', birthDate: '1965-09-30', retirementDeferred: true })
    expect(r.status).toBe('met')
    expect(r.figures.map((f) => f.key)).toEqual(['fig.retirement-date', 'fig.retirement-deferred'])
  })
})

describe('place of education on the checklist (N5.1.2)', () => {
  const list = (obtainedIn: 'mainland' | 'hmt' | 'foreign') =>
    assess({ ...BASES.engineer, education: { level: 'master', year: 2015, obtainedIn } }, pack).checklist

  it('abroad: the notice’s foreign degree certification and the upload, no inference', () => {
    const c = list('foreign')
    expect(c.map((x) => x.id)).toEqual(expect.arrayContaining(['platform-foreign-degree', 'platform-education-upload']))
    expect(c.find((x) => x.id === 'platform-education-upload')!.inferences).toEqual([])
  })

  it('Hong Kong, Macao or Taiwan: not “foreign” — upload, marked as an inference', () => {
    const c = list('hmt')
    expect(c.map((x) => x.id)).not.toContain('platform-foreign-degree')
    expect(c.find((x) => x.id === 'platform-education-upload')!.inferences).toEqual(['hmt-education'])
  })

  it('mainland, 2015: extracted automatically, nothing to upload', () => {
    const ids = list('mainland').map((x) => x.id)
    expect(ids).not.toContain('platform-foreign-degree')
    expect(ids).not.toContain('platform-education-upload')
  })
})
