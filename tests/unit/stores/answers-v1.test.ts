/**
 * A profile whose stored answers are format 1 (written before answers v2) is read as format 2 by
 * the answers store, and written back as format 2 on the next change; nothing else is lost.
 */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db'
import type { Answers } from '@/engine/answers'
import { useAnswersStore } from '@/stores/answers'
import { useProfilesStore } from '@/stores/profiles'
import { disposeStores, freshState, readBack, tick } from './helpers'

beforeEach(async () => {
  await freshState()
})
afterEach(() => disposeStores())

const V1 = JSON.parse(readFileSync('tests/fixtures/answers/v1/woman-worker-abroad.json', 'utf8')) as Record<
  string,
  unknown
>

describe('answers store: stored format-1 answers', () => {
  it('reads them as the current format and writes it back on the next change', async () => {
    const profiles = useProfilesStore()
    await profiles.load()
    const id = await profiles.create('旧档案')
    // As a profile saved by the previous app version.
    await db.profiles.update(id, { answers: V1 as unknown as Answers })
    await profiles.select(id)
    await tick(20)
    const answers = useAnswersStore()
    expect(answers.answers).toMatchObject({
      version: 3,
      retirementGroup: 'woman-worker',
      birthDate: '1975-03-31',
      education: { level: 'bachelor', year: 1998, obtainedIn: 'foreign' },
    })
    expect(answers.answers).not.toHaveProperty('retirementAge')
    const before = await readBack((o) => o.profiles.get(id))
    expect(before!.answers.version).toBe(1)

    expect((await answers.set('specialty', 'metrology')).ok).toBe(true)
    const after = (await readBack((o) => o.profiles.get(id)))!.answers as Record<string, unknown>
    expect(after).toMatchObject({ version: 3, retirementGroup: 'woman-worker', specialty: 'metrology' })
    expect(after).not.toHaveProperty('retirementAge')
    expect(after.titleDate).toBe(V1.titleDate)
  })
})
