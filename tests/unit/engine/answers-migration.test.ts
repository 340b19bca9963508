// @vitest-environment node
/**
 * Answers format 1 → 3 and 2 → 3, on every committed version-1 and version-2 file: the frozen copies of the old examples
 * (tests/fixtures/answers/v1/), the database fixture (tests/fixtures/db/v1.json) and the backup
 * fixture (tests/fixtures/backup/v1-backup.json). Each migrates to valid version-2 answers that mean
 * the same thing: the same group for the same age (and, under the 2024 pack, the same age in the
 * verdict), the same place of education, every other field unchanged.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess'
import {
  ANSWERS_VERSION,
  migrateAnswers,
  V1_RETIREMENT_GROUPS,
  validateAnswers,
  type AnswersV1,
} from '../../../src/engine/answers'
import { pack } from '../../../src/policy/ningbo-2024-187'

const json = (rel: string) => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as unknown
const dir = new URL('../../fixtures/answers/v1/', import.meta.url)
const files = readdirSync(dir).filter((f) => f.endsWith('.json'))

type Obj = Record<string, unknown>
const DB = json('../../fixtures/db/v1.json') as { tables: { profiles: { name: string; answers: Obj }[] } }
const BACKUP = json('../../fixtures/backup/v1-backup.json') as { profiles: { name: string; answers: Obj }[] }

const V1_SOURCES: [string, Obj][] = [
  ...files
    .filter((f) => f !== 'invalid.json')
    .map((f) => [`answers/v1/${f}`, json(`../../fixtures/answers/v1/${f}`)] as [string, Obj]),
  ...DB.tables.profiles.map((p) => [`db/v1.json: ${p.name}`, p.answers] as [string, Obj]),
  ...BACKUP.profiles.map((p) => [`backup/v1-backup.json: ${p.name}`, p.answers] as [string, Obj]),
]

describe('every committed version-1 answers file migrates to the current version', () => {
  it('finds the fixtures (7 files, the database and the backup profiles)', () => {
    expect(files.length).toBeGreaterThanOrEqual(7)
    expect(DB.tables.profiles.length).toBeGreaterThan(0)
    expect(BACKUP.profiles.length).toBeGreaterThan(0)
    expect(V1_SOURCES.every(([, a]) => a.version === 1)).toBe(true)
  })

  it.each(V1_SOURCES)('%s', (_name, v1) => {
    const before = structuredClone(v1)
    const migrated = migrateAnswers(v1) as Obj
    expect(v1, 'the input is not changed').toEqual(before)

    const checked = validateAnswers(v1)
    expect(checked.ok, checked.ok ? '' : JSON.stringify(checked.errors)).toBe(true)
    if (!checked.ok) return
    expect(checked.answers).toEqual(migrated)
    expect(checked.answers.version).toBe(ANSWERS_VERSION)

    // The same meaning, field by field.
    const { retirementAge, education, version: _v, ...rest } = v1 as AnswersV1 & Obj
    const { retirementGroup, education: edu2, version: _v2, ...rest2 } = checked.answers as Obj
    expect(rest2).toEqual(rest)
    if (retirementAge === undefined) expect(retirementGroup).toBeUndefined()
    else expect(retirementGroup).toBe(V1_RETIREMENT_GROUPS[retirementAge])
    if (education === undefined) expect(edu2).toBeUndefined()
    else {
      const { abroad, ...eduRest } = education
      const { obtainedIn, ...edu2Rest } = edu2 as Obj
      expect(edu2Rest).toEqual(eduRest)
      expect(obtainedIn).toBe(abroad === undefined ? undefined : abroad ? 'foreign' : 'mainland')
    }

    // Under the 2024 pack (pre-reform ages) the verdict uses the age version 1 stated.
    const r = assess(checked.answers, pack).requirements.find((x) => x.id === 'retirement')
    const fig = r?.figures.find((f) => f.key === 'fig.retirement-date')
    if (retirementAge !== undefined && v1.birthDate) {
      expect(fig?.params).toMatchObject({ age: retirementAge })
      expect(fig?.params?.ageMonths).toBeUndefined()
    }
  })

  it('covers all three version-1 ages and both education answers', () => {
    const ages = new Set(V1_SOURCES.map(([, a]) => a.retirementAge).filter((x) => x !== undefined))
    expect([...ages].sort()).toEqual([50, 55, 60])
    const abroad = new Set(V1_SOURCES.map(([, a]) => (a.education as Obj | undefined)?.abroad))
    expect(abroad.has(true) && abroad.has(false)).toBe(true)
  })

  it('the invalid version-1 example keeps its field-level messages, by its own field names', () => {
    const r = validateAnswers(json('../../fixtures/answers/v1/invalid.json'))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => e.path).sort()).toEqual(
      ['birthDate', 'birthdate', 'ceHours.2023.professional', 'socialSecurityMonths'].sort(),
    )
  })
})

describe('migrateAnswers', () => {
  it.each([
    [
      { version: 1, retirementAge: 60 },
      { version: 3, retirementGroup: 'man' },
    ],
    [
      { version: 1, retirementAge: 55 },
      { version: 3, retirementGroup: 'woman-cadre' },
    ],
    [
      { version: 1, retirementAge: 50 },
      { version: 3, retirementGroup: 'woman-worker' },
    ],
    [
      { version: 1, education: { abroad: false, year: 2010 } },
      { version: 3, education: { year: 2010, obtainedIn: 'mainland' } },
    ],
    [
      { version: 1, education: { level: 'master', abroad: true } },
      { version: 3, education: { level: 'master', obtainedIn: 'foreign' } },
    ],
    [
      { version: 1, education: { level: 'master' } },
      { version: 3, education: { level: 'master' } },
    ],
  ])('%j → %j', (v1, v2) => expect(migrateAnswers(v1)).toEqual(v2))

  it('leaves a value version 1 did not allow under its old name, so validation reports it', () => {
    expect(migrateAnswers({ version: 1, retirementAge: 65 })).toEqual({ version: 3, retirementAge: 65 })
    const r = validateAnswers({ version: 1, retirementAge: 65 })
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['retirementAge'])
  })

  it.each([[{ version: 3, retirementGroup: 'man' }], [{ version: 3 }], [null], ['text'], [[1]]])(
    'returns %j unchanged (not version 1)',
    (x) => expect(migrateAnswers(x)).toBe(x),
  )
})

const V2_DIR = new URL('../../fixtures/answers/v2/', import.meta.url)
const V2_FILES = readdirSync(V2_DIR).filter((f) => f.endsWith('.json'))

describe('every committed version-2 answers file migrates to version 3', () => {
  it('finds the frozen version-2 files', () => {
    expect(V2_FILES.length).toBeGreaterThanOrEqual(6)
  })

  it.each(V2_FILES.filter((f) => f !== 'invalid.json'))(
    '%s: only the version changes, the verdict is the same',
    (f) => {
      const v2 = json(`../../fixtures/answers/v2/${f}`) as Obj
      expect(v2.version).toBe(2)
      const before = structuredClone(v2)
      const checked = validateAnswers(v2)
      expect(v2, 'the input is not changed').toEqual(before)
      expect(checked.ok, checked.ok ? '' : JSON.stringify(checked.errors)).toBe(true)
      if (!checked.ok) return
      expect(checked.answers).toEqual({ ...v2, version: 3 })
      expect(migrateAnswers(v2)).toEqual(checked.answers)
      // The month count of version 2 is still read: the social-security verdict is the one it gave.
      const a3 = assess(checked.answers, pack)
      const a2 = assess({ ...(v2 as object), version: 3 } as never, pack)
      expect(a3).toEqual(a2)
      const ss = a3.requirements.find((r) => r.id === 'social-security')
      if (ss && ss.status !== 'not-applicable' && v2.socialSecurityMonths !== undefined) {
        expect(ss.detail).toMatchObject({ months: v2.socialSecurityMonths })
        expect(ss.figures.map((x) => x.key)).toContain('fig.ss-months')
      }
    },
  )

  it('the invalid version-2 example keeps its field-level messages', () => {
    const r = validateAnswers(json('../../fixtures/answers/v2/invalid.json'))
    expect(r.ok).toBe(false)
  })
})
