import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useAnswersStore, withPath } from '@/stores/answers'
import { useProfilesStore } from '@/stores/profiles'
import { disposeStores, failWrites, freshState, readBack, tick } from './helpers'

beforeEach(async () => {
  await freshState()
})
afterEach(() => disposeStores())

async function withActiveProfile() {
  const profiles = useProfilesStore()
  await profiles.load()
  const id = await profiles.create('测试')
  await profiles.select(id)
  return { profiles, answers: useAnswersStore(), id }
}

const stored = (id: string) => readBack((o) => o.profiles.get(id)).then((r) => r!.answers)

describe('answers store', () => {
  it('starts from empty answers of the active profile', async () => {
    const { answers } = await withActiveProfile()
    expect(answers.answers).toEqual({ version: 3 })
  })

  it('set writes a top-level answer at once and undefined deletes it', async () => {
    const { answers, id } = await withActiveProfile()
    expect(await answers.set('track', 'engineer')).toEqual({ ok: true })
    expect(answers.answers.track).toBe('engineer')
    expect(await stored(id)).toEqual({ version: 3, track: 'engineer' })
    await answers.set('track', undefined)
    expect(await stored(id)).toEqual({ version: 3 })
  })

  it('setPath creates intermediate objects and persists them (read back through a new connection)', async () => {
    const { answers, id } = await withActiveProfile()
    await answers.setPath('ceHours.2023.professional', 60)
    await answers.setPath('education.level', 'bachelor')
    await answers.setPath('discipline.forged', false)
    await answers.setPath('abilities.1', true)
    const expected = {
      version: 3,
      ceHours: { '2023': { professional: 60 } },
      education: { level: 'bachelor' },
      discipline: { forged: false },
      abilities: { '1': true },
    }
    expect(answers.answers).toEqual(expected)
    expect(await stored(id)).toEqual(expected)
  })

  it('setPath with undefined deletes the leaf and prunes objects it leaves empty', async () => {
    const { answers, id } = await withActiveProfile()
    await answers.setPath('ceHours.2023.professional', 60)
    await answers.setPath('ceHours.2022.public', 20)
    await answers.setPath('ceHours.2023.professional', undefined)
    expect(await stored(id)).toEqual({ version: 3, ceHours: { '2022': { public: 20 } } })
    await answers.setPath('ceHours.2022.public', undefined)
    expect(await stored(id)).toEqual({ version: 3 })
    // Deleting something that is not there changes nothing.
    await answers.setPath('education.level', undefined)
    expect(await stored(id)).toEqual({ version: 3 })
  })

  it('rejects an invalid value with field errors, and keeps the previous answers in memory and on disk', async () => {
    const { answers, id } = await withActiveProfile()
    await answers.setPath('ceHours.2023.professional', 60)
    const bad = await answers.setPath('ceHours.2023.professional', -5)
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.fieldErrors?.[0]?.path).toBe('ceHours.2023.professional')
    expect(bad.error.zh).toContain('不能为负数')
    expect(answers.lastError?.en).toContain('cannot be negative')
    expect(answers.answers).toEqual({ version: 3, ceHours: { '2023': { professional: 60 } } })
    expect(await stored(id)).toEqual({ version: 3, ceHours: { '2023': { professional: 60 } } })

    const unknown = await answers.setPath('nosuchfield', true)
    expect(unknown.ok).toBe(false)
    const proto = await answers.setPath('__proto__.polluted', true)
    expect(proto.ok).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const wrongType = await answers.set('track', 'astronaut' as never)
    expect(wrongType.ok).toBe(false)
    expect(await stored(id)).toEqual({ version: 3, ceHours: { '2023': { professional: 60 } } })

    // A good change afterwards clears the error.
    expect((await answers.set('political', true)).ok).toBe(true)
    expect(answers.lastError).toBeNull()
  })

  it('a QuotaExceededError on write gives a readable message and keeps the saved data', async () => {
    const { answers, profiles, id } = await withActiveProfile()
    await answers.set('track', 'engineer')
    const restore = await failWrites('profiles', 'QuotaExceededError')
    try {
      const r = await answers.set('specialty', 'metrology')
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.zh).toContain('存储空间不足')
      expect(answers.lastError?.en).toMatch(/out of storage/)
      expect(profiles.lastError?.en).toMatch(/out of storage/)
      // What was typed is not thrown away on screen…
      expect(answers.answers.specialty).toBe('metrology')
    } finally {
      await restore()
    }
    // …and the database still holds the last good state.
    expect(await stored(id)).toEqual({ version: 3, track: 'engineer' })
    // flush() retries what failed.
    await profiles.flush()
    expect(await stored(id)).toEqual({ version: 3, track: 'engineer', specialty: 'metrology' })
    expect(profiles.lastError).toBeNull()
  })

  it('coalesces rapid changes and ends with the last value on disk', async () => {
    const { answers, id } = await withActiveProfile()
    const writes = [1, 12, 123].map((n) => answers.setPath('selfScore', n))
    expect(answers.answers.selfScore).toBe(123) // in memory at once
    await Promise.all(writes)
    await tick(20)
    expect(answers.answers.selfScore).toBe(123)
    expect((await stored(id)).selfScore).toBe(123)
  })

  it('replace validates and stores a whole answers object', async () => {
    const { answers, id } = await withActiveProfile()
    expect((await answers.replace({ version: 3, track: 'senior', selfScore: 80 })).ok).toBe(true)
    expect(await stored(id)).toEqual({ version: 3, track: 'senior', selfScore: 80 })
    expect((await answers.replace({ version: 4 } as never)).ok).toBe(false)
    expect(await stored(id)).toEqual({ version: 3, track: 'senior', selfScore: 80 })
  })

  it('answers are frozen: mutating them directly throws instead of silently not saving', async () => {
    const { answers } = await withActiveProfile()
    await answers.setPath('education.level', 'master')
    expect(() => {
      ;(answers.answers.education as { level?: string }).level = 'doctorate'
    }).toThrow(TypeError)
  })

  it('setLastRoute saves the route of the active profile', async () => {
    const { answers, id } = await withActiveProfile()
    await answers.setLastRoute(`/p/${id}/q/education`)
    expect((await readBack((o) => o.profiles.get(id)))!.lastRoute).toBe(`/p/${id}/q/education`)
  })

  it('without an active profile, a change is refused with a message', async () => {
    const profiles = useProfilesStore()
    await profiles.load()
    const answers = useAnswersStore()
    const r = await answers.set('track', 'engineer')
    expect(r.ok).toBe(false)
    expect(answers.answers).toEqual({ version: 3 })
  })
})

describe('withPath', () => {
  it('does not mutate its input', () => {
    const input = { version: 3, education: { level: 'master' } }
    const out = withPath(input, 'education.year', 2010)
    expect(input).toEqual({ version: 3, education: { level: 'master' } })
    expect(out).toEqual({ version: 3, education: { level: 'master', year: 2010 } })
  })

  it('refuses empty and prototype-polluting paths', () => {
    expect(() => withPath({}, '', 1)).toThrow(RangeError)
    expect(() => withPath({}, 'a..b', 1)).toThrow(RangeError)
    expect(() => withPath({}, 'constructor.prototype.x', 1)).toThrow(RangeError)
  })
})
