import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess'
import { explain, hasMessage } from '../../../src/engine/explain'
import { validateAnswers } from '../../../src/engine/answers'
import { pack } from '../../../src/policy/ningbo-2024-187'
import { CASES, answersIn, answersOf } from './cases'
import { PACK_TABLES } from './packs'

describe.each(PACK_TABLES.map((t) => [t.pack.id, t] as const))(
  'the case table of %s (applicants and the verdicts the notice implies)',
  (_id, { pack, bases, cases, minCases }) => {
    it(`has at least ${minCases} cases with unique names`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(minCases)
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length)
    })

    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const answers = answersIn(c, bases)
      // Every case is a valid answers file: the table cannot drift from the format.
      expect(validateAnswers(answers)).toEqual({ ok: true, answers })
      const a = assess(answers, pack)
      const e = c.expect
      expect(a.overall).toBe(e.overall)
      if (e.path !== undefined) expect(a.path).toBe(e.path)
      const byId = new Map(a.requirements.map((r) => [r.id, r]))
      for (const [id, status] of Object.entries(e.statuses ?? {})) {
        expect(byId.get(id as never)?.status, `status of ${id}`).toBe(status)
      }
      for (const [id, date] of Object.entries(e.holdsFrom ?? {})) {
        expect(byId.get(id as never)?.holdsFrom, `holdsFrom of ${id}`).toBe(date ?? undefined)
      }
      if (e.eligibleFrom !== undefined) expect(a.eligibleFrom).toBe(e.eligibleFrom ?? undefined)
      const ids = a.checklist.map((i) => i.id)
      for (const id of e.checklistHas ?? []) expect(ids, `checklist has ${id}`).toContain(id)
      for (const id of e.checklistLacks ?? []) expect(ids, `checklist lacks ${id}`).not.toContain(id)
      for (const inf of e.inferences ?? []) expect(a.inferences, `inference ${inf}`).toContain(inf)
      for (const [id, missing] of Object.entries(e.missing ?? {})) {
        expect(byId.get(id as never)?.missing, `missing of ${id}`).toEqual(missing)
      }
      for (const [id, clauses] of Object.entries(e.clausesInclude ?? {})) {
        expect(byId.get(id as never)?.clauses).toEqual(expect.arrayContaining(clauses))
      }
      for (const id of e.absent ?? []) expect(byId.has(id), `${id} is not on the track`).toBe(false)
      for (const [id, keys] of Object.entries(e.advice ?? {})) {
        expect(
          byId.get(id as never)?.advice.map((m) => m.key),
          `advice of ${id}`,
        ).toEqual(expect.arrayContaining(keys))
      }
    })

    it('every verdict cites clauses of this pack, renders in both languages, and names what is missing', () => {
      for (const c of cases) {
        const a = assess(answersIn(c, bases), pack, { today: '2025-07-15' })
        for (const r of a.requirements) {
          expect(r.clauses.length, r.id).toBeGreaterThan(0)
          for (const cl of r.clauses) expect(pack.clauses, `${r.id} cites ${cl}`).toHaveProperty([cl])
          expect(r.detail.id, 'detail matches the requirement').toBe(r.id)
          if (r.status === 'needs-info') expect(r.missing?.length, r.id).toBeGreaterThan(0)
          if (r.status === 'not-met' || r.status === 'needs-info' || r.status === 'check')
            expect(r.advice.length, `${c.name}: ${r.id}`).toBeGreaterThan(0)
        }
        for (const item of a.checklist) for (const cl of item.clauses) expect(pack.clauses).toHaveProperty([cl])
        for (const d of a.deadlines) for (const cl of d.clauses) expect(pack.clauses).toHaveProperty([cl])
        for (const inf of a.inferences) expect(pack.inferences[inf]?.text.zh, inf).toBeTruthy()
        const msgs = [
          ...a.requirements.flatMap((r) => [...r.figures, ...r.advice]),
          ...a.checklist.map((i) => i.reason),
        ]
        for (const msg of msgs) {
          expect(hasMessage(msg.key, pack), msg.key).toBe(true)
          for (const lang of ['zh-CN', 'en-US'] as const)
            expect(explain(msg, lang, pack), `${msg.key} ${lang}`).not.toMatch(/undefined|NaN|\{|\}/)
        }
      }
    })
  },
)

describe('every verdict explains itself', () => {
  const results = CASES.map((c) => assess(answersOf(c), pack, { today: '2024-08-15' }))

  it('every requirement cites at least one clause that exists in the pack', () => {
    for (const a of results) {
      for (const r of a.requirements) {
        expect(r.clauses.length, r.id).toBeGreaterThan(0)
        for (const cl of r.clauses) expect(pack.clauses, `${r.id} cites ${cl}`).toHaveProperty([cl])
      }
      for (const item of a.checklist) for (const cl of item.clauses) expect(pack.clauses).toHaveProperty([cl])
      for (const d of a.deadlines) for (const cl of d.clauses) expect(pack.clauses).toHaveProperty([cl])
    }
  })

  it('every unmet or needs-info requirement says what would change it', () => {
    for (const a of results) {
      for (const r of a.requirements.filter(
        (x) => x.status === 'not-met' || x.status === 'needs-info' || x.status === 'check',
      )) {
        expect(r.advice.length, `${a.track} ${r.id} ${r.status}`).toBeGreaterThan(0)
      }
    }
  })

  it('every needs-info requirement names the missing answers', () => {
    for (const a of results) {
      for (const r of a.requirements.filter((x) => x.status === 'needs-info')) {
        expect(r.missing?.length, `${r.id}`).toBeGreaterThan(0)
      }
    }
  })

  it('every message renders in both languages, with no placeholder left', () => {
    for (const a of results) {
      const msgs = [...a.requirements.flatMap((r) => [...r.figures, ...r.advice]), ...a.checklist.map((i) => i.reason)]
      for (const msg of msgs) {
        expect(hasMessage(msg.key, pack), msg.key).toBe(true)
        for (const lang of ['zh-CN', 'en-US'] as const) {
          const text = explain(msg, lang, pack)
          expect(text, `${msg.key} ${lang}`).not.toMatch(/undefined|NaN|\{|\}/)
          expect(text.length).toBeGreaterThan(3)
        }
      }
    }
  })

  it('checklist texts have every parameter filled from the pack (no value typed twice)', () => {
    for (const a of results) {
      for (const item of a.checklist) {
        for (const text of [item.title.zh, item.title.en, item.detail.zh, item.detail.en])
          expect(text, item.id).not.toMatch(/[{}]/)
      }
    }
    const all = results.flatMap((a) => a.checklist)
    expect(all.find((i) => i.id === 'unit-publicity')?.title.zh).toBe(
      `单位公示不少于 ${pack.params.publicityWorkingDays.value} 个工作日`,
    )
    expect(all.find((i) => i.id === 'platform-self-score')?.detail.en).toContain(
      `must reach ${pack.params.selfScoreMin.value}`,
    )
  })

  it('every inference used has a text in both languages', () => {
    for (const a of results) {
      for (const inf of a.inferences) {
        expect(pack.inferences[inf]?.text.zh, inf).toBeTruthy()
        expect(pack.inferences[inf]?.text.en, inf).toBeTruthy()
      }
    }
  })

  it('renders figures with the numbers used', () => {
    const c = CASES.find((x) => x.name.startsWith('bachelor, title on 2021-01-01'))!
    const r = assess(answersOf(c), pack).requirements.find((x) => x.id === 'education-seniority')!
    const zh = r.figures.map((f) => explain(f, 'zh-CN', pack)).join(' ')
    const en = r.figures.map((f) => explain(f, 'en-US', pack)).join(' ')
    expect(zh).toContain('3 年 11 个月')
    expect(zh).toContain('须满 4 年')
    expect(en).toContain('3 years 11 months as assistant engineer')
    expect(en).toContain('needs 4 full years')
  })
})

describe('checklist ids are stable', () => {
  it('gives the same ids in the same order on every run', () => {
    for (const c of CASES) {
      const a1 = assess(answersOf(c), pack).checklist.map((i) => i.id)
      const a2 = assess(structuredClone(answersOf(c)), pack).checklist.map((i) => i.id)
      expect(a2).toEqual(a1)
    }
  })

  it('material ids are unique in the pack', () => {
    const ids = pack.materials.map((m) => m.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
