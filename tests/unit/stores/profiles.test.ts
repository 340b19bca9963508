import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getActivePinia } from 'pinia'
import { AppDB } from '@/db'
import { useProfilesStore } from '@/stores/profiles'
import { freshState } from './helpers'

beforeEach(async () => {
  await freshState()
})
afterEach(() => {
  getActivePinia()?._s.forEach((store) => store.$dispose())
})

async function readBack(id: string) {
  const other = new AppDB()
  try {
    return await other.profiles.get(id)
  } finally {
    other.close()
  }
}

describe('profiles store', () => {
  it('creates profiles with numbered default names, newest first, persisted', async () => {
    const store = useProfilesStore()
    await store.load()
    expect(store.profiles).toEqual([])
    const a = await store.create()
    await new Promise((r) => setTimeout(r, 2))
    const b = await store.create()
    expect(store.profiles.map((p) => p.name)).toEqual(['我的申报 2', '我的申报 1'])
    expect(store.profiles[0]!.id).toBe(b)
    const saved = await readBack(a)
    expect(saved).toMatchObject({ name: '我的申报 1', answers: { version: 1 }, lastRoute: null, deletedAt: null })
  })
})
