import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess'
import { pack, ningbo2024 } from '../../../src/policy/ningbo-2024-187'
import { REQUIREMENT_IDS } from '../../../src/engine/types'
import { TRACK_IDS as TRACKS } from '../../../src/engine/vocabulary'
import { CASES, answersOf } from './cases'

/** Every clause id the pack refers to anywhere, as data. */
function referencedByPack(): Set<string> {
  const refs = new Set<string>()
  const walk = (v: unknown, key = ''): void => {
    if (
      typeof v === 'string' &&
      (key === 'clause' ||
        key === 'clauses' ||
        key === 'conditionClauses' ||
        key === 'abilityItems' ||
        key === 'disciplineItems' ||
        key === 'requirementClauses')
    )
      refs.add(v)
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key))
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const inherited = ['conditionClauses', 'abilityItems', 'disciplineItems', 'requirementClauses'].includes(key)
          ? key
          : k
        walk(x, inherited)
      }
    }
  }
  const { clauses: _table, ...rest } = ningbo2024
  walk(rest)
  return refs
}

describe('rule pack ningbo-2024-187', () => {
  it('every reference in the pack resolves to a clause of the notice', () => {
    const refs = referencedByPack()
    expect(refs.size).toBeGreaterThan(30)
    for (const id of refs) expect(Object.keys(pack.clauses), id).toContain(id)
  })

  it('every clause of the notice is used by a rule, material, deadline or parameter', () => {
    const used = referencedByPack()
    for (const c of CASES) {
      const a = assess(answersOf(c), pack, { today: '2024-08-01' })
      a.requirements.forEach((r) => r.clauses.forEach((x) => used.add(x)))
    }
    const unused = Object.keys(pack.clauses).filter((id) => !used.has(id))
    expect(unused).toEqual([])
  })

  it('holds the notice text: sections 一–六 and Annex 1 down to numbered items', () => {
    expect(Object.keys(pack.clauses)).toEqual(
      expect.arrayContaining([
        'N1.1',
        'N1.2',
        'N1.3',
        'N1.4',
        'N2.1',
        'N2.2',
        'N2.3',
        'N3.1',
        'N3.2',
        'N3.3',
        'N4.1',
        'N4.2',
        'N5.1.1',
        'N5.1.2',
        'N5.2',
        'N5.3.1.1',
        'N5.3.1.5',
        'N5.3.1.D2',
        'N5.3.2',
        'N6.1.1',
        'N6.1.4',
        'N6.2',
        'N6.3',
        'A1.1',
        'A1.2.1.4',
        'A1.2.2.4',
        'A1.3',
        'A1.4',
        'A1.4.1',
        'A1.4.7',
        'A1.5',
      ]),
    )
    expect(pack.clauses['N1.4'].zh).toContain('2024 年 12 月 31 日')
    expect(pack.clauses['N4.2'].zh).toContain('不得少于 90 学时')
    expect(pack.clauses['A1.3'].zh).toContain('从事助理工程师四年以上')
    for (const c of Object.values(pack.clauses)) {
      expect(c.zh.length).toBeGreaterThan(5)
      expect(c.en.length).toBeGreaterThan(5)
      expect(c.section.zh && c.section.en).toBeTruthy()
    }
  })

  it('every parameter the engine uses carries its clause, and each value matches the notice', () => {
    const p = pack.params
    expect(p.cutoff).toEqual({ value: '2024-12-31', clause: 'N1.4' })
    expect(p.ce.total.value).toBe(90)
    expect(p.ce.professional.value).toBe(60)
    expect(p.ce.public.value).toBe(18)
    expect(p.selfScoreMin.value).toBe(90)
    expect(p.educationYears.value).toMatchObject({ master: 2, 'second-bachelor': 2, bachelor: 4, college: 4 })
    expect(p.exceptional.minConditions.value).toBe(2)
    expect(p.exceptional.computed.years.value).toEqual({ 'secondary-vocational': 15, 'below-secondary': 20 })
    expect(pack.tracks['senior-se']!.ceYears.value).toEqual([2020, 2021, 2022, 2023, 2024])
    expect(pack.tracks.engineer!.ceYears.value).toEqual([2022, 2023, 2024])
    expect(pack.tracks.engineer!.evidenceYears.value).toBe(4)
    expect(pack.tracks.senior!.evidenceYears.value).toBe(5)
  })

  it('every inference the pack declares has a title and text in both languages and cites a clause', () => {
    for (const [id, inf] of Object.entries(pack.inferences)) {
      expect(inf.title.zh && inf.title.en && inf.text.zh && inf.text.en, id).toBeTruthy()
      expect(inf.clauses.length, id).toBeGreaterThan(0)
    }
  })

  it('each track lists known requirements, and food quality technology is engineer-only', () => {
    for (const t of TRACKS) {
      for (const r of pack.tracks[t]!.requirements) expect(REQUIREMENT_IDS).toContain(r)
      expect(pack.tracks[t]!.specialties.includes('food-quality')).toBe(t === 'engineer')
    }
    expect(pack.tracks['senior-se']!.specialties).toEqual(['special-equipment'])
  })
})
