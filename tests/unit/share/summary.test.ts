import { describe, expect, it } from 'vitest'
import { assess } from '@/engine/assess'
import type { RequirementId } from '@/engine/types'
import { pack } from '@/policy/ningbo-2024-187'
import {
  buildSummary,
  checklistProgress,
  isValidSummary,
  summaryProblem,
  type RequirementSummary,
  type Summary,
} from '@/share/summary'
import { MAX_NAME_BYTES, MAX_NAME_CHARS, sanitizeDisplayName } from '@/share/name'
import { CASES, answersOf } from '../engine/cases'
import { CHINESE_40, SHARE_PACK, TODAY, buildAll, numbersIn, rangeProblems } from './helpers'

const byName = (prefix: string) => {
  const b = buildAll().find((x) => x.c.name.startsWith(prefix))
  if (!b) throw new Error(`no case ${prefix}`)
  return b
}
const req = (s: Summary, id: RequirementId): RequirementSummary => s.requirements.find((r) => r.id === id)!

describe('buildSummary: one summary per applicant of the case table', () => {
  const all = buildAll('王小明')

  it('is valid and in range for every case', () => {
    for (const { c, summary } of all) {
      expect(summaryProblem(summary, SHARE_PACK), c.name).toBeNull()
      expect(rangeProblems(summary), c.name).toEqual([])
    }
  })

  it('keeps the verdict, the path, the track and the engine’s requirement order', () => {
    for (const { c, assessment, summary } of all) {
      expect(summary.overall, c.name).toBe(assessment.overall)
      expect(summary.path).toBe(assessment.path)
      expect(summary.track).toBe(assessment.track)
      expect(summary.requirements.map((r) => [r.id, r.status])).toEqual(
        assessment.requirements.map((r) => [r.id, r.status]),
      )
      expect(summary.eligibleFrom).toBe(assessment.eligibleFrom ?? null)
      expect(summary.checklist.applicable).toEqual(assessment.checklist.map((i) => i.id))
    }
  })

  it('carries the specialty answered, even where the verdict is not met', () => {
    expect(byName('food quality technology, engineer').summary.specialty).toBe('food-quality')
    expect(byName('senior with food quality').summary.specialty).toBe('food-quality')
    expect(byName('not working in Ningbo').summary.specialty).toBe('quality')
    expect(byName('only the track chosen').summary.specialty).toBeNull()
  })

  it('names the gaps without figures', () => {
    const gap = (prefix: string, id: RequirementId) => req(byName(prefix).summary, id)
    expect(gap('continuing education 89 in 2022', 'continuing-education').gap).toEqual({
      kind: 'continuing-education',
      years: [{ year: 2022, total: true, professional: false, public: false }],
    })
    expect(gap('continuing education 59 professional', 'continuing-education').gap).toEqual({
      kind: 'continuing-education',
      years: [{ year: 2023, total: false, professional: true, public: false }],
    })
    expect(gap('continuing education 17 public in 2024', 'continuing-education').gap).toEqual({
      kind: 'continuing-education',
      years: [{ year: 2024, total: false, professional: false, public: true }],
    })
    expect(gap('senior special equipment with 2020 at 89', 'continuing-education').gap).toEqual({
      kind: 'continuing-education',
      years: [{ year: 2020, total: true, professional: false, public: false }],
    })
    expect(gap('基本合格 in 2022', 'assessment').gap).toEqual({ kind: 'assessment', years: [2022] })
    expect(gap('not assessed in 2021', 'assessment').gap).toEqual({ kind: 'assessment', years: [2021] })
    expect(gap('ability item 3', 'ability').gap).toEqual({ kind: 'ability', department: 'management', missing: [3] })
    expect(gap('forged certificate', 'discipline').gap).toEqual({ kind: 'discipline', items: ['forged'] })
    expect(gap('undisclosed sanction', 'discipline').gap).toEqual({
      kind: 'discipline',
      items: ['undisclosedViolation'],
    })
    expect(gap('public institution outside the post ratio', 'public-institution').gap).toEqual({
      kind: 'public-institution',
      missing: ['withinPostRatio'],
    })
    expect(gap('not working in Ningbo', 'scope').gap).toEqual({ kind: 'scope', reason: 'not-in-ningbo' })
    expect(gap('senior special equipment in quality', 'scope').gap).toEqual({ kind: 'scope', reason: 'specialty' })
    expect(gap('reaches 60 on 2024-12-31 with approved deferral', 'retirement').gap).toEqual({
      kind: 'retirement',
      deferred: true,
    })
    expect(gap('reaches 60 on 2024-12-31 (within the period), no deferral', 'retirement')).toEqual({
      id: 'retirement',
      status: 'not-met',
      holdsFrom: null,
      gap: null,
    })
    expect(gap('no assistant engineer title', 'education-seniority').gap).toEqual({
      kind: 'education-seniority',
      reason: 'no-title',
      exceptionalHelps: false,
    })
    expect(gap('no assistant engineer title', 'exceptional').gap).toEqual({
      kind: 'exceptional',
      held: [],
      gatewayFrom: null,
      noTitle: true,
    })
    expect(gap('below 中专 with 19 years', 'education-seniority').gap).toEqual({
      kind: 'education-seniority',
      reason: 'no-row',
      exceptionalHelps: true,
    })
    expect(gap('college, 3 years 6 months, exceptional conditions 1 and 5', 'exceptional')).toEqual({
      id: 'exceptional',
      status: 'met',
      holdsFrom: null,
      gap: { kind: 'exceptional', held: [1, 5], gatewayFrom: null, noTitle: false },
    })
    expect(gap('leap-day title 2024-02-29 (college)', 'exceptional')).toEqual({
      id: 'exceptional',
      status: 'not-met',
      holdsFrom: '2027-02-28',
      gap: { kind: 'exceptional', held: [1, 3], gatewayFrom: '2027-02-28', noTitle: false },
    })
  })

  it('keeps the dates from which time closes a gap', () => {
    const s = byName('two time-based gaps').summary
    expect(req(s, 'social-security').holdsFrom).toBe('2025-02-28')
    expect(req(s, 'education-seniority').holdsFrom).toBe('2025-03-01')
    expect(s.eligibleFrom).toBe('2025-03-01')
    // A pending normal route keeps its date while the exceptional route waits for answers.
    expect(req(byName('bachelor 3y11m with unanswered').summary, 'education-seniority')).toEqual({
      id: 'education-seniority',
      status: 'needs-info',
      holdsFrom: '2025-01-01',
      gap: null,
    })
  })

  it('carries nothing but the needs-info status when information is missing', () => {
    for (const { summary } of all) {
      for (const r of summary.requirements.filter((x) => x.status === 'needs-info')) expect(r.gap).toBeNull()
    }
  })

  it('holds no birth date, title date, hours, months or scores: its only numbers are years and item numbers', () => {
    const allowed = new Set<number>([
      ...pack.params.assessmentYears.value,
      ...Object.values(pack.tracks).flatMap((t) => t.ceYears.value),
      1,
      2,
      3,
      4,
      5,
      6,
      7,
    ])
    for (const { c, answers, summary } of all) {
      const json = JSON.stringify(summary)
      if (answers.birthDate) expect(json, c.name).not.toContain(answers.birthDate)
      if (answers.titleDate) expect(json, c.name).not.toContain(answers.titleDate)
      for (const n of numbersIn(summary)) expect(allowed.has(n), `${c.name}: ${n}`).toBe(true)
      expect(json).not.toMatch(/hours|months|"score|birth|photo/i)
    }
  })

  it('counts "N/M" over the applicant’s own items before submitting; the unit’s are confirmations', () => {
    const a = assess(answersOf(CASES[0]!), pack, { today: TODAY })
    const ids = (f: (i: (typeof a.checklist)[number]) => boolean) => a.checklist.filter(f).map((i) => i.id)
    const own = ids((i) => !i.byOthers && (i.group === 'platform' || i.group === 'paper'))
    const byOthers = ids((i) => i.byOthers)
    expect(ids((i) => i.group === 'interview')).toEqual(['interview-prepare'])
    const done = new Set([own[0]!, own[2]!, byOthers[0]!, 'interview-prepare', 'paper-senior', 'no-such-material'])
    const s = buildSummary(a, SHARE_PACK, { done }, { generatedOn: TODAY })
    // Ticks are kept on items that apply, in pack order; the others are dropped.
    expect(s.checklist.done).toEqual(a.checklist.map((i) => i.id).filter((id) => done.has(id)))
    expect(s.checklist.done).not.toContain('paper-senior')
    expect(checklistProgress(s, SHARE_PACK)).toEqual({
      done: 2,
      total: own.length,
      missing: own.filter((_, i) => i !== 0 && i !== 2),
      others: { confirmed: 1, total: byOthers.length },
    })
  })

  it('refuses an assessment of another pack and a malformed date, and clamps a clock before 2000', () => {
    const a = assess(answersOf(CASES[0]!), pack)
    expect(() =>
      buildSummary({ ...a, packId: 'other' }, SHARE_PACK, { done: new Set() }, { generatedOn: TODAY }),
    ).toThrow(/other/)
    expect(() => buildSummary(a, SHARE_PACK, { done: new Set() }, { generatedOn: '2024-02-30' })).toThrow(RangeError)
    expect(buildSummary(a, SHARE_PACK, { done: new Set() }, { generatedOn: '1999-12-31' }).generatedOn).toBe(
      '2000-01-01',
    )
  })

  it('summarises "nothing answered" as needs-info with no requirements', () => {
    expect(byName('nothing answered').summary).toEqual({
      packId: pack.id,
      track: null,
      specialty: null,
      path: null,
      overall: 'needs-info',
      eligibleFrom: null,
      requirements: [],
      checklist: { applicable: [], done: [] },
      generatedOn: TODAY,
      displayName: null,
    })
  })
})

describe('summaryProblem: what a valid summary is', () => {
  const base = byName('two time-based gaps').summary
  const edit = (f: (s: Summary) => void): Summary => {
    const s = structuredClone(base)
    f(s)
    return s
  }

  it.each<[string, (s: Summary) => void]>([
    [
      'an unknown track',
      (s) => {
        ;(s as { track: string }).track = 'junior'
      },
    ],
    [
      'a requirement out of order',
      (s) => {
        s.requirements.reverse()
      },
    ],
    [
      'a headline that contradicts the statuses',
      (s) => {
        s.overall = 'eligible'
      },
    ],
    [
      'an eligibleFrom on a needs-info verdict',
      (s) => {
        s.overall = 'needs-info'
        s.requirements.forEach((r) => {
          if (r.status === 'not-met') {
            r.status = 'needs-info'
            r.gap = null
          }
        })
      },
    ],
    [
      'a date that does not exist',
      (s) => {
        s.generatedOn = '2024-02-30'
      },
    ],
    [
      'a date past 2100',
      (s) => {
        s.requirements[5]!.holdsFrom = '2101-01-01'
      },
    ],
    [
      'a holdsFrom on a met requirement',
      (s) => {
        s.requirements[0]!.holdsFrom = '2025-01-01'
      },
    ],
    [
      'a gap on a requirement that has none',
      (s) => {
        ;(s.requirements[3] as { gap: unknown }).gap = { kind: 'political' }
      },
    ],
    [
      'a gap of the wrong kind',
      (s) => {
        ;(s.requirements[5] as { gap: unknown }).gap = { kind: 'discipline', items: ['forged'] }
      },
    ],
    [
      'an unsorted list',
      (s) => {
        s.requirements[6]!.gap = { kind: 'exceptional', held: [3, 1], gatewayFrom: null, noTitle: false }
      },
    ],
    [
      'done that does not apply',
      (s) => {
        s.checklist.done = ['paper-senior']
      },
    ],
    [
      'an unsanitised name',
      (s) => {
        s.displayName = 'a\u202Eb'
      },
    ],
    [
      'an empty name',
      (s) => {
        s.displayName = ''
      },
    ],
    [
      'an extra field',
      (s) => {
        ;(s as unknown as Record<string, unknown>).birthDate = '1988-06-15'
      },
    ],
  ])('rejects %s', (_what, f) => {
    expect(isValidSummary(base, SHARE_PACK)).toBe(true)
    expect(summaryProblem(edit(f), SHARE_PACK)).not.toBeNull()
  })
})

describe('display names: inert, bounded text', () => {
  it.each<[string, string, string]>([
    ['markup stays text', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['a script tag stays text', '<script>alert("x")</script>', '<script>alert("x")</script>'],
    ['a right-to-left override is removed', '\u202Egpj.exe\u202C张三', 'gpj.exe张三'],
    ['bidi isolates and marks are removed', '\u2067A\u2069\u200F\u200E\u061CB', 'AB'],
    ['zero-width characters are removed', 'Z\u200Ba\u200Cn\u2060g\uFEFF', 'Zang'],
    ['controls and line breaks become single spaces', 'Li\u0000\u0007\nSi\r\n\tWu\u2028Liu', 'Li Si Wu Liu'],
    ['surrounding white space is trimmed', '\u3000  王小明 \u00A0', '王小明'],
    ['a lone surrogate is removed', '\uD800王\uDC00', '王'],
    ['an emoji family keeps its joiners', '👨‍👩‍👧 家', '👨‍👩‍👧 家'],
    ['a stray joiner is removed', 'a\u200Db', 'ab'],
    ['combining-mark floods are cut to four', `e${'\u0301'.repeat(50)}x`, `e${'\u0301'.repeat(4)}x`],
    ['private-use characters are removed', 'A\uE000B', 'AB'],
  ])('%s', (_what, input, expected) => {
    expect(sanitizeDisplayName(input)).toBe(expected)
  })

  it('caps the length at 40 characters and 120 bytes, at a character boundary', () => {
    expect(sanitizeDisplayName('x'.repeat(500))).toBe('x'.repeat(MAX_NAME_CHARS))
    expect(sanitizeDisplayName(CHINESE_40 + '多余')).toBe(CHINESE_40)
    const emoji = sanitizeDisplayName('😀'.repeat(50))
    expect(emoji).toBe('😀'.repeat(MAX_NAME_BYTES / 4))
    const families = sanitizeDisplayName('👨‍👩‍👧'.repeat(20))
    expect(new TextEncoder().encode(families).length).toBeLessThanOrEqual(MAX_NAME_BYTES)
    expect(families.endsWith('\u200D')).toBe(false)
  })

  it('gives no name when nothing visible is left', () => {
    const a = assess(answersOf(CASES[0]!), pack)
    for (const n of ['', '   ', '\u200B\u202E\u2066', '\n\t']) {
      expect(
        buildSummary(a, SHARE_PACK, { done: new Set() }, { generatedOn: TODAY, displayName: n }).displayName,
      ).toBeNull()
    }
  })

  it('ignores what is not a string', () => {
    expect(sanitizeDisplayName(undefined)).toBe('')
    expect(sanitizeDisplayName(42)).toBe('')
    expect(sanitizeDisplayName({ toString: () => 'x' })).toBe('')
  })
})
