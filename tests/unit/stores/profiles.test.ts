import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db, type ProfileRecord } from '@/db'
import { PURGE_GRACE_MS, rebaseRoute, useProfilesStore } from '@/stores/profiles'
import { useSettingsStore } from '@/stores/settings'
import { disposeStores, eventually, failWrites, freshState, readBack, tick } from './helpers'

beforeEach(async () => {
  await freshState()
})
afterEach(() => disposeStores())

async function loaded() {
  const store = useProfilesStore()
  await store.load()
  return store
}

describe('profiles store', () => {
  it('creates profiles with numbered default names, newest first, persisted', async () => {
    const store = await loaded()
    expect(store.profiles).toEqual([])
    const a = await store.create()
    await tick(2)
    const b = await store.create()
    expect(store.profiles.map((p) => p.name)).toEqual(['我的申报 2', '我的申报 1'])
    expect(store.profiles[0]!.id).toBe(b)
    const saved = await readBack((o) => o.profiles.get(a))
    expect(saved).toMatchObject({ name: '我的申报 1', answers: { version: 3 }, lastRoute: null, deletedAt: null })
  })

  it('names default profiles in the current language', async () => {
    await useSettingsStore().setLang('en-US')
    const store = await loaded()
    const id = await store.create()
    expect(store.profiles.find((p) => p.id === id)!.name).toBe('My application 1')
  })

  it('renames, and rejects an empty name', async () => {
    const store = await loaded()
    const id = await store.create('  工程师  ')
    expect(store.profiles[0]!.name).toBe('工程师')
    await store.rename(id, '高级工程师')
    expect(store.profiles[0]!.name).toBe('高级工程师')
    expect((await readBack((o) => o.profiles.get(id)))!.name).toBe('高级工程师')
    await expect(store.rename(id, '   ')).rejects.toThrow(RangeError)
  })

  it('duplicates answers, checklist ticks and the last route under a new id and a "copy" name', async () => {
    const store = await loaded()
    const id = await store.create('甲')
    await store.patch(id, { answers: { version: 3, track: 'engineer' }, lastRoute: `/p/${id}/q/education` })
    await db.checklist.put({ profileId: id, itemId: 'm1', done: true, note: 'x', updatedAt: 1 })
    const copy = await store.duplicate(id)
    expect(copy).not.toBe(id)
    const rec = await readBack((o) => o.profiles.get(copy))
    expect(rec).toMatchObject({
      name: '甲 副本',
      answers: { version: 3, track: 'engineer' },
      lastRoute: `/p/${copy}/q/education`,
    })
    expect(await db.checklist.get([copy, 'm1'])).toMatchObject({ done: true, note: 'x' })
    const again = await store.duplicate(id)
    expect(store.profiles.find((p) => p.id === again)!.name).toBe('甲 副本 2')
  })

  it('soft-deletes, hides the profile, and undo brings it back (and reselects it)', async () => {
    const store = await loaded()
    const a = await store.create('A')
    const b = await store.create('B')
    await store.select(b)
    await store.remove(b)
    expect(store.profiles.map((p) => p.id)).toEqual([a])
    expect(store.activeId).toBe(a)
    const stored = await readBack((o) => o.profiles.get(b))
    expect(stored!.deletedAt).toBeTypeOf('number') // still there, for undo
    await store.undoRemove(b)
    expect(store.profiles.map((p) => p.id).sort()).toEqual([a, b].sort())
    expect(store.activeId).toBe(b)
    expect((await readBack((o) => o.profiles.get(b)))!.deletedAt).toBeNull()
  })

  it('purges profiles soft-deleted before this session, with their checklist and attachments', async () => {
    const old: ProfileRecord = {
      id: 'old',
      name: 'old',
      createdAt: 1,
      updatedAt: 1,
      answers: { version: 3 },
      packId: 'ningbo-2024-187',
      lastRoute: null,
      deletedAt: Date.now() - PURGE_GRACE_MS - 1000,
    }
    const recent: ProfileRecord = { ...old, id: 'recent', deletedAt: Date.now() }
    await db.profiles.bulkAdd([old, recent])
    await db.checklist.put({ profileId: 'old', itemId: 'x', done: true, note: '', updatedAt: 1 })
    await db.attachments.put({
      id: 'f',
      profileId: 'old',
      itemId: 'x',
      name: 'a.pdf',
      type: 'application/pdf',
      size: 1,
      blob: new Blob(['a']),
      createdAt: 1,
    })
    const store = await loaded() // load() purges
    expect(store.profiles).toEqual([])
    expect(await db.profiles.get('old')).toBeUndefined()
    expect(await db.checklist.count()).toBe(0)
    expect(await db.attachments.count()).toBe(0)
    expect(await db.profiles.get('recent')).toBeDefined() // may still be undone in another tab
  })

  it('remembers the active profile across reloads', async () => {
    const store = await loaded()
    const a = await store.create('A')
    await store.create('B')
    await store.select(a)
    disposeStores()
    await freshPiniaOnly()
    const again = await loaded()
    expect(again.activeId).toBe(a)
    expect(again.active!.name).toBe('A')
  })

  it('shows a change made through another connection (another tab) without reloading', async () => {
    const store = await loaded()
    const id = await store.create('A')
    await readBack((o) => o.profiles.update(id, { name: 'renamed elsewhere' }))
    await eventually(() => expect(store.profiles[0]!.name).toBe('renamed elsewhere'))
  })

  it('keeps the same record object when its own write echoes back (no needless re-render)', async () => {
    const store = await loaded()
    const id = await store.create('A')
    await store.patch(id, { answers: { version: 3, track: 'senior' } })
    const before = store.profiles[0]
    await tick(50)
    expect(store.profiles[0]).toBe(before)
  })

  it('a failed create rejects with a readable error and sets lastError', async () => {
    const store = await loaded()
    const restore = await failWrites('profiles')
    try {
      await expect(store.create()).rejects.toMatchObject({ name: 'StorageError' })
      expect(store.lastError?.zh).toContain('存储空间不足')
      expect(store.profiles).toEqual([])
    } finally {
      await restore()
    }
  })
})

describe('rebaseRoute', () => {
  it('replaces the profile id segment only', () => {
    expect(rebaseRoute('/p/abc/q/abc-2', 'abc', 'xyz')).toBe('/p/xyz/q/abc-2')
  })
})

async function freshPiniaOnly() {
  const { createPinia, setActivePinia } = await import('pinia')
  setActivePinia(createPinia())
}
