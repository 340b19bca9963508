import { describe, expect, it } from 'vitest'
import type { Answers } from '@/engine/answers'
import { assess } from '@/engine/assess'
import { pack } from '@/policy/ningbo-2024-187'
import {
  PAGES,
  firstUnanswered,
  getPath,
  nextPage,
  pageForPath,
  prevPage,
  progress,
  unansweredFields,
  visibleFields,
  visiblePages,
  withoutPaths,
  type PageId,
} from '@/flow/pages'

const none = { forged: false, falseMaterials: false, undisclosedViolation: false, otherSerious: false }
const ce = (years: number[]) => Object.fromEntries(years.map((y) => [String(y), { professional: 70, public: 20 }]))

/** An engineer applicant on the normal route (bachelor, assistant engineer for 5 years). */
const engineer: Answers = {
  version: 3,
  track: 'engineer',
  specialty: 'metrology',
  skilledTalent: false,
  worksInNingbo: true,
  unitType: 'enterprise',
  residency: 'mainland',
  birthDate: '1990-05-01',
  retirementGroup: 'man',
  education: { level: 'bachelor', year: 2012, obtainedIn: 'mainland' },
  titleHeld: true,
  titleDate: '2019-06-01',
  socialSecurityMonths: 30,
  socialSecurityOtherProvince: false,
  ceHours: ce([2022, 2023, 2024]),
  assessments: { 2021: 'pass', 2022: 'pass', 2023: 'excellent' },
  department: 'management',
  abilities: { 1: true, 2: true, 3: true, 4: true },
  political: true,
  evidenceInWindow: true,
  discipline: none,
}

const senior: Answers = {
  version: 3,
  track: 'senior',
  specialty: 'quality',
  skilledTalent: false,
  worksInNingbo: true,
  unitType: 'enterprise',
  residency: 'mainland',
  birthDate: '1980-05-01',
  retirementGroup: 'man',
  education: { level: 'master', year: 2005, obtainedIn: 'mainland' },
  seniorBasis: 'normal',
  socialSecurityOtherProvince: false,
  ceHours: ce([2022, 2023, 2024]),
  evidenceInWindow: true,
  discipline: none,
}

const with_ = (a: Answers, patch: Partial<Answers>): Answers => ({ ...a, ...patch })

const ENGINEER_NORMAL: PageId[] = [
  'track',
  'unit',
  'retirement',
  'education',
  'title',
  'social-security',
  'ce',
  'assessments',
  'ability',
  'declarations',
]
const ENGINEER_EXCEPTIONAL: PageId[] = [
  'track',
  'unit',
  'retirement',
  'education',
  'title',
  'exceptional',
  'social-security',
  'ce',
  'assessments',
  'ability',
  'declarations',
]
const SENIOR: PageId[] = [
  'track',
  'unit',
  'retirement',
  'education',
  'senior-basis',
  'social-security',
  'ce',
  'declarations',
]

describe('visiblePages: which pages an applicant is asked', () => {
  const cases: { name: string; answers: Answers; pages: PageId[] }[] = [
    {
      name: 'nothing answered yet: the pages anybody is asked',
      answers: { version: 3 },
      pages: ['track', 'unit', 'education', 'social-security'],
    },
    { name: 'engineer, normal route met (bachelor, 5 years)', answers: engineer, pages: ENGINEER_NORMAL },
    {
      name: 'engineer, bachelor with 3 years 9 months: normal fails, exceptional gateway open',
      answers: with_(engineer, { titleDate: '2021-03-01' }),
      pages: ENGINEER_EXCEPTIONAL,
    },
    {
      name: 'engineer, bachelor with 2 years 9 months: exceptional gateway closed, no exceptional page',
      answers: with_(engineer, { titleDate: '2022-03-01' }),
      pages: ENGINEER_NORMAL,
    },
    {
      name: 'engineer, master with 2 years: normal met, no exceptional page',
      answers: with_(engineer, {
        education: { level: 'master', year: 2020, obtainedIn: 'mainland' },
        titleDate: '2022-06-01',
      }),
      pages: ENGINEER_NORMAL,
    },
    {
      name: 'engineer, 中专 with 6 years as assistant: exceptional page (condition 7 can matter)',
      answers: with_(engineer, {
        education: { level: 'secondary-vocational', year: 1998, obtainedIn: 'mainland', inSpecialty: true },
        titleDate: '2018-06-01',
      }),
      pages: ENGINEER_EXCEPTIONAL,
    },
    {
      name: 'engineer, 中专 with 3 years as assistant: gateway closed (needs 4), no exceptional page',
      answers: with_(engineer, {
        education: { level: 'secondary-vocational', year: 1998, obtainedIn: 'mainland', inSpecialty: true },
        titleDate: '2021-06-01',
      }),
      pages: ENGINEER_NORMAL,
    },
    {
      name: 'engineer without the assistant title: no exceptional page',
      answers: with_(engineer, { titleHeld: false, titleDate: undefined }),
      pages: ENGINEER_NORMAL,
    },
    {
      name: 'engineer on the skilled-talent route: no title, no exceptional page',
      answers: with_(engineer, { skilledTalent: true, titleHeld: undefined, titleDate: undefined }),
      pages: [
        'track',
        'unit',
        'retirement',
        'education',
        'social-security',
        'ce',
        'assessments',
        'ability',
        'declarations',
      ],
    },
    { name: 'senior on the normal conditions', answers: senior, pages: SENIOR },
    {
      name: 'senior on the self-score path',
      answers: with_(senior, { seniorBasis: 'self-score', selfScore: 92 }),
      pages: SENIOR,
    },
    {
      name: 'senior (special equipment)',
      answers: with_(senior, {
        track: 'senior-se',
        specialty: 'special-equipment',
        ceHours: ce([2020, 2021, 2022, 2023, 2024]),
      }),
      pages: SENIOR,
    },
    {
      name: 'principal: no path question',
      answers: with_(senior, { track: 'principal', seniorBasis: undefined }),
      pages: ['track', 'unit', 'retirement', 'education', 'social-security', 'ce', 'declarations'],
    },
    {
      name: 'senior on the skilled-talent route: no path question',
      answers: with_(senior, { skilledTalent: true, seniorBasis: undefined }),
      pages: ['track', 'unit', 'retirement', 'education', 'social-security', 'ce', 'declarations'],
    },
  ]
  it.each(cases)('$name', ({ answers, pages }) => {
    expect(visiblePages(answers, pack)).toEqual(pages)
  })

  it('never shows a page without a field, and shows every visible page as asked by the engine only', () => {
    for (const { answers } of cases) {
      for (const id of visiblePages(answers, pack)) expect(visibleFields(id, answers, pack).length).toBeGreaterThan(0)
    }
  })
})

const paths = (id: PageId, a: Answers) => visibleFields(id, a, pack).map((f) => f.path)

describe('visibleFields: the questions on a page', () => {
  const cases: { name: string; page: PageId; answers: Answers; fields: string[] }[] = [
    {
      name: 'enterprise: no public-institution questions',
      page: 'unit',
      answers: engineer,
      fields: ['worksInNingbo', 'unitType', 'residency'],
    },
    {
      name: 'public institution: post ratio and personnel-system questions',
      page: 'unit',
      answers: with_(engineer, { unitType: 'public-institution' }),
      fields: ['worksInNingbo', 'unitType', 'withinPostRatio', 'approvedInPersonnelSystem', 'residency'],
    },
    {
      name: 'public institution, questions stay once answered',
      page: 'unit',
      answers: with_(engineer, { unitType: 'public-institution', withinPostRatio: false }),
      fields: ['worksInNingbo', 'unitType', 'withinPostRatio', 'approvedInPersonnelSystem', 'residency'],
    },
    {
      name: 'retires after the cut-off: no deferral question',
      page: 'retirement',
      answers: engineer,
      fields: ['birthDate', 'retirementGroup'],
    },
    {
      name: 'reaches 60 on 2024-06-01, before the cut-off: deferral question',
      page: 'retirement',
      answers: with_(engineer, { birthDate: '1964-06-01' }),
      fields: ['birthDate', 'retirementGroup', 'retirementDeferred'],
    },
    {
      name: 'reaches 60 exactly on the cut-off: deferral question',
      page: 'retirement',
      answers: with_(engineer, { birthDate: '1964-12-31' }),
      fields: ['birthDate', 'retirementGroup', 'retirementDeferred'],
    },
    {
      name: 'deferral question stays once answered',
      page: 'retirement',
      answers: with_(engineer, { birthDate: '1964-06-01', retirementDeferred: false }),
      fields: ['birthDate', 'retirementGroup', 'retirementDeferred'],
    },
    {
      name: 'woman in a worker post (50) born 1975: retires 2025, no deferral question',
      page: 'retirement',
      answers: with_(engineer, { birthDate: '1975-01-01', retirementGroup: 'woman-worker' }),
      fields: ['birthDate', 'retirementGroup'],
    },
    {
      name: 'bachelor: no 中专 question',
      page: 'education',
      answers: engineer,
      fields: ['education.level', 'education.year', 'education.obtainedIn'],
    },
    {
      name: '中专 engineer: asked whether the 中专 is in the specialty',
      page: 'education',
      answers: with_(engineer, { education: { level: 'secondary-vocational' } }),
      fields: ['education.level', 'education.year', 'education.obtainedIn', 'education.inSpecialty'],
    },
    {
      name: 'assistant title held: date asked',
      page: 'title',
      answers: engineer,
      fields: ['titleHeld', 'titleDate'],
    },
    {
      name: 'no assistant title: no date',
      page: 'title',
      answers: with_(engineer, { titleHeld: false, titleDate: undefined }),
      fields: ['titleHeld'],
    },
    {
      name: 'exceptional, bachelor: conditions 1–6 (7 follows from education)',
      page: 'exceptional',
      answers: with_(engineer, { titleDate: '2021-03-01' }),
      fields: ['exceptional.1', 'exceptional.2', 'exceptional.3', 'exceptional.4', 'exceptional.5', 'exceptional.6'],
    },
    {
      name: 'exceptional, bachelor: all six stay once two are answered yes',
      page: 'exceptional',
      answers: with_(engineer, { titleDate: '2021-03-01', exceptional: { 1: true, 5: true } }),
      fields: ['exceptional.1', 'exceptional.2', 'exceptional.3', 'exceptional.4', 'exceptional.5', 'exceptional.6'],
    },
    {
      name: 'exceptional, 中专: condition 7 asks the years of technical work',
      page: 'exceptional',
      answers: with_(engineer, {
        education: { level: 'secondary-vocational', inSpecialty: true },
        titleDate: '2018-06-01',
      }),
      fields: [
        'exceptional.1',
        'exceptional.2',
        'exceptional.3',
        'exceptional.4',
        'exceptional.5',
        'exceptional.6',
        'technicalWorkYears',
      ],
    },
    {
      name: 'exceptional, below 中专: condition 7 asks the years of technical work',
      page: 'exceptional',
      answers: with_(engineer, { education: { level: 'below-secondary' }, titleDate: '2018-06-01' }),
      fields: [
        'exceptional.1',
        'exceptional.2',
        'exceptional.3',
        'exceptional.4',
        'exceptional.5',
        'exceptional.6',
        'technicalWorkYears',
      ],
    },
    {
      name: 'senior, normal conditions: no score',
      page: 'senior-basis',
      answers: senior,
      fields: ['seniorBasis'],
    },
    {
      name: 'senior, self-score: the score is asked',
      page: 'senior-basis',
      answers: with_(senior, { seniorBasis: 'self-score' }),
      fields: ['seniorBasis', 'selfScore'],
    },
    {
      name: 'engineer: months with the current employer and other provinces',
      page: 'social-security',
      answers: engineer,
      fields: ['socialSecurityMonths', 'socialSecurityOtherProvince'],
    },
    {
      name: 'senior: only other provinces (the pack requires the months for engineers only)',
      page: 'social-security',
      answers: senior,
      fields: ['socialSecurityOtherProvince'],
    },
    {
      name: 'engineer: hours for 2022–2024',
      page: 'ce',
      answers: engineer,
      fields: ['2022', '2023', '2024'].flatMap((y) => [`ceHours.${y}.professional`, `ceHours.${y}.public`]),
    },
    {
      name: 'senior (special equipment): hours for 2020–2024',
      page: 'ce',
      answers: with_(senior, { track: 'senior-se', specialty: 'special-equipment' }),
      fields: ['2020', '2021', '2022', '2023', '2024'].flatMap((y) => [
        `ceHours.${y}.professional`,
        `ceHours.${y}.public`,
      ]),
    },
    {
      name: 'engineer: assessments for the pack’s years',
      page: 'assessments',
      answers: engineer,
      fields: ['assessments.2021', 'assessments.2022', 'assessments.2023'],
    },
    {
      name: 'ability: no department yet, only the department question',
      page: 'ability',
      answers: with_(engineer, { department: undefined, abilities: undefined }),
      fields: ['department'],
    },
    {
      name: 'ability: four items once the department is chosen, and they stay when one is “no”',
      page: 'ability',
      answers: with_(engineer, { abilities: { 1: false } }),
      fields: ['department', 'abilities.1', 'abilities.2', 'abilities.3', 'abilities.4'],
    },
    {
      name: 'engineer declarations: political, evidence, four discipline items',
      page: 'declarations',
      answers: engineer,
      fields: [
        'political',
        'evidenceInWindow',
        'discipline.forged',
        'discipline.falseMaterials',
        'discipline.undisclosedViolation',
        'discipline.otherSerious',
      ],
    },
    {
      name: 'senior declarations: no political question (Annex 1 is for engineers)',
      page: 'declarations',
      answers: senior,
      fields: [
        'evidenceInWindow',
        'discipline.forged',
        'discipline.falseMaterials',
        'discipline.undisclosedViolation',
        'discipline.otherSerious',
      ],
    },
  ]
  it.each(cases)('$name', ({ page, answers, fields }) => {
    expect(paths(page, answers)).toEqual(fields)
  })

  it('ability items quote the notice: the clause of each item of the chosen department', () => {
    const items = visibleFields('ability', with_(engineer, { department: 'research' }), pack).filter((f) =>
      f.path.startsWith('abilities.'),
    )
    expect(items.map((f) => f.clause)).toEqual(pack.params.abilityItems.research)
  })

  it('marks the inferences the questions rely on', () => {
    const inf = (id: PageId, path: string) => visibleFields(id, engineer, pack).find((f) => f.path === path)?.inferences
    expect(inf('retirement', 'retirementGroup')).toEqual(['retirement-ages'])
    expect(inf('assessments', 'assessments.2021')).toEqual(['assessment-years', 'basic-pass'])
    expect(inf('education', 'education.year')).toEqual(['edu-2001'])
  })
})

describe('navigation', () => {
  it('goes forward and back over the visible pages only', () => {
    const a = engineer
    expect(nextPage('title', a, pack)).toBe('social-security')
    expect(prevPage('social-security', a, pack)).toBe('title')
    expect(nextPage('declarations', a, pack)).toBeNull()
    expect(prevPage('track', a, pack)).toBeNull()
    const ex = with_(engineer, { titleDate: '2021-03-01' })
    expect(nextPage('title', ex, pack)).toBe('exceptional')
    expect(prevPage('social-security', ex, pack)).toBe('exceptional')
  })

  it('goes on from a page that is no longer visible', () => {
    expect(nextPage('exceptional', engineer, pack)).toBe('social-security')
    expect(prevPage('exceptional', engineer, pack)).toBe('title')
  })

  it('counts progress over the visible pages', () => {
    expect(progress('track', engineer, pack)).toEqual({ index: 1, total: 10 })
    expect(progress('declarations', engineer, pack)).toEqual({ index: 10, total: 10 })
    expect(progress('ce', with_(senior, { seniorBasis: 'self-score' }), pack)).toEqual({ index: 7, total: 8 })
  })

  it('before the track is known, counts the longest track so the total does not jump up later', () => {
    expect(progress('track', { version: 3 }, pack)).toEqual({ index: 1, total: 10 })
  })

  it('finds the first page with an unanswered question', () => {
    expect(firstUnanswered(engineer, pack)).toBeNull()
    expect(firstUnanswered({ version: 3 }, pack)).toBe('track')
    expect(firstUnanswered(with_(engineer, { assessments: { 2021: 'pass' } }), pack)).toBe('assessments')
    expect(
      unansweredFields('assessments', with_(engineer, { assessments: { 2021: 'pass' } }), pack).map((f) => f.path),
    ).toEqual(['assessments.2022', 'assessments.2023'])
  })
})

describe('answer paths', () => {
  it('reads dotted paths', () => {
    expect(getPath(engineer, 'ceHours.2023.public')).toBe(20)
    expect(getPath(engineer, 'abilities.2')).toBe(true)
    expect(getPath(engineer, 'education.inSpecialty')).toBeUndefined()
    expect(getPath({ version: 3 }, 'ceHours.2023.public')).toBeUndefined()
  })

  it('clears paths on a copy', () => {
    const out = withoutPaths(engineer, ['ceHours.2023.public', 'titleDate'])
    expect(getPath(out, 'ceHours.2023.public')).toBeUndefined()
    expect(getPath(out, 'ceHours.2023.professional')).toBe(70)
    expect(out.titleDate).toBeUndefined()
    expect(engineer.titleDate).toBe('2019-06-01')
  })

  it('maps every question to its page, and every path the engine can report missing to a page', () => {
    for (const page of PAGES) {
      for (const spec of page.specs(pack, with_(engineer, { track: 'senior-se' })))
        expect(pageForPath(spec.field.path)).toBe(page.id)
    }
    const reported = new Set<string>()
    for (const a of [
      { version: 3 as const, track: 'engineer' as const },
      { version: 3 as const, track: 'senior' as const },
    ]) {
      for (const r of assess(a, pack).requirements) for (const m of r.missing ?? []) reported.add(m)
    }
    for (const m of reported) expect(pageForPath(m), m).not.toBeNull()
  })
})
