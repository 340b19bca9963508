/**
 * Flow facts that used to live in QuestionPage.vue and CheckPage.vue (the minimum an intro names,
 * the page with a help paragraph, the one-tap group, which labels need the clause's name): now data
 * of src/flow/pages.ts, read through pure functions.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Answers } from '@/engine/answers'
import { applyLang } from '@/i18n'
import { bulkTexts, checkLabel, fullLabel, pageHelp, pageIntro, pageTitle } from '@/flow/labels'
import { PAGES, PAGE_IDS, bulkAnswer, pageMin, visibleFields, type FieldDef, type PageId } from '@/flow/pages'
import { pack } from '@/policy/ningbo-2024-187'

afterEach(() => applyLang('zh-CN'))

const base: Answers = { version: 3, track: 'engineer', department: 'research' }
const fieldsOf = (id: PageId, a: Answers = base): FieldDef[] =>
  PAGES.find((p) => p.id === id)!
    .specs(pack, a)
    .map((s) => s.field)

describe('pageMin: the {min} of a page intro', () => {
  it.each<[PageId, number]>([
    ['exceptional', pack.params.exceptional.minConditions.value],
    ['senior-basis', pack.params.selfScoreMin.value],
    ['track', pack.params.selfScoreMin.value],
  ])('%s → %i', (id, min) => {
    expect(pageMin(id, pack)).toBe(min)
  })

  it('the two minimums differ in the 2024 pack (so the test above can tell them apart)', () => {
    expect(pack.params.exceptional.minConditions.value).not.toBe(pack.params.selfScoreMin.value)
  })

  it('the exceptional intro names the number of conditions, not the self-score minimum', () => {
    const intro = pageIntro('exceptional', pack, base)
    expect(intro).toContain(`${pack.params.exceptional.minConditions.value} 项`)
    expect(intro).not.toContain('{min}')
  })
})

describe('pageIntro, pageHelp, pageTitle', () => {
  it('pages without an intro text give null (not the key)', () => {
    const none = PAGE_IDS.filter((id) => pageIntro(id, pack, base) === null)
    for (const id of none) expect(pageIntro(id, pack, base)).toBeNull()
    expect(pageIntro('track', pack, base)).toMatch(/^先确定/)
  })

  it('only the continuing-education page has a help paragraph', () => {
    expect(PAGE_IDS.filter((id) => pageHelp(id) !== null)).toEqual(['ce'])
  })

  it('titles of the two hyphenated pages come from the page key', () => {
    expect(pageTitle('senior-basis')).not.toMatch(/questions\./)
    expect(pageTitle('social-security')).not.toMatch(/questions\./)
  })
})

describe('bulkAnswer: the one-tap group', () => {
  it('declarations: every discipline item, false, the button above the first', () => {
    const fields = visibleFields('declarations', { ...base, political: true, evidenceInWindow: true }, pack)
    const bulk = bulkAnswer('declarations', fields)
    expect(bulk).toEqual({
      paths: [
        'discipline.forged',
        'discipline.falseMaterials',
        'discipline.undisclosedViolation',
        'discipline.otherSerious',
      ],
      value: false,
      before: 'discipline.forged',
    })
  })

  it('no group on other pages, nor when none of the group shows', () => {
    expect(bulkAnswer('ability', fieldsOf('ability'))).toBeNull()
    expect(
      bulkAnswer(
        'declarations',
        fieldsOf('declarations').filter((f) => !f.path.startsWith('discipline.')),
      ),
    ).toBeNull()
  })

  it('its texts exist in both languages', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      applyLang(lang)
      const texts = bulkTexts('declarations')!
      for (const text of Object.values(texts)) expect(text).not.toMatch(/^questions\./)
    }
    expect(bulkTexts('ability')).toBeNull()
  })
})

describe('checkLabel: the clause name after a numbered label', () => {
  const named = PAGES.flatMap((p) => p.specs(pack, base).map((s) => s.field)).filter((f) => f.namedByClause)

  it('exactly the ability items, discipline items and exceptional conditions 1–6', () => {
    expect(new Set(named.map((f) => f.key))).toEqual(new Set(['abilityItem', 'disciplineItem', 'exceptionalCondition']))
    expect(named.map((f) => f.path)).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((n) => `exceptional.${n}`),
      ...[1, 2, 3, 4].map((n) => `abilities.${n}`),
      'discipline.forged',
      'discipline.falseMaterials',
      'discipline.undisclosedViolation',
      'discipline.otherSerious',
    ])
  })

  it('a named field reads "label：clause words", in each language', () => {
    const f = named.find((x) => x.path === 'abilities.1')!
    const clause = pack.clauses[f.clause as keyof typeof pack.clauses]
    expect(checkLabel(f, pack, base)).toBe(`${fullLabel(f, pack, base)}：${clause.zh}`)
    applyLang('en-US')
    expect(checkLabel(f, pack, base)).toContain(clause.en)
  })

  it('a field that quotes a clause but has a label of its own keeps it (political, technical work years)', () => {
    const political = fieldsOf('declarations').find((f) => f.path === 'political')!
    expect(political.clause).toBeTruthy()
    expect(checkLabel(political, pack, base)).toBe(fullLabel(political, pack, base))
    const years = fieldsOf('exceptional').find((f) => f.path === 'technicalWorkYears')!
    expect(checkLabel(years, pack, base)).toBe(fullLabel(years, pack, base))
  })
})

describe('field presentation facts', () => {
  it('the birth date autocompletes as bday and opens the picker in 1985; other dates do not', () => {
    const birth = fieldsOf('retirement').find((f) => f.path === 'birthDate')!
    expect(birth).toMatchObject({ kind: 'date', autocomplete: 'bday', pickerStart: '1985-01-01' })
    const title = fieldsOf('title').find((f) => f.path === 'titleDate')!
    expect(title).not.toHaveProperty('autocomplete')
  })

  it('each public-hours field continues the professional-hours field of its year', () => {
    const ce = fieldsOf('ce')
    expect(ce.length).toBeGreaterThan(0)
    ce.forEach((f, i) => {
      expect(!!f.grouped, f.path).toBe(f.key === 'cePublic')
      if (f.grouped) expect(ce[i - 1]!.params).toEqual(f.params)
    })
  })
})
