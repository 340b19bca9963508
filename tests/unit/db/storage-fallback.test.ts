import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { IDBFactory as FakeFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb'
import { AppDB, databaseProblem, DB_NAME, db } from '@/db'
import { STORAGE_TEXTS } from '@/db/errors'
import { prepareStorage, storageMode, useBackend, type Backend } from '@/db/fallback'
import { freshState } from '../stores/helpers'

/** A browser whose IndexedDB refuses to open (how private modes and blocked site data behave). */
function brokenBackend(how: 'async' | 'throws' | 'missing', name = 'InvalidStateError'): Backend {
  const factory = {
    open() {
      if (how === 'throws') throw new DOMException('The operation is insecure.', name)
      const req: Record<string, unknown> = {}
      setTimeout(() =>
        (req.onerror as (e: unknown) => void)({
          target: {
            error: new DOMException(
              'A mutation operation was attempted on a database that did not allow mutations.',
              name,
            ),
          },
        }),
      )
      return req
    },
    deleteDatabase() {
      throw new DOMException('no', name)
    },
    cmp: () => 0,
  }
  return { indexedDB: (how === 'missing' ? null : factory) as unknown as IDBFactory, IDBKeyRange: FakeKeyRange }
}

const memory = (): Promise<Backend> => Promise.resolve({ indexedDB: new FakeFactory(), IDBKeyRange: FakeKeyRange })

let opened: AppDB[] = []
function database(backend: Backend): AppDB {
  const d = new AppDB(`fallback-${opened.length}`)
  useBackend(d, backend)
  opened.push(d)
  return d
}

beforeEach(async () => {
  await freshState()
  storageMode.value = 'pending'
})
afterEach(() => {
  for (const d of opened) d.close()
  opened = []
})

describe('when IndexedDB cannot be used at all, the app runs in memory for the session', () => {
  const variants = [
    ['open fails (old Firefox private mode: InvalidStateError)', brokenBackend('async')],
    ['open throws (site data blocked: SecurityError)', brokenBackend('throws', 'SecurityError')],
    ['open fails with UnknownError (storage disabled by policy)', brokenBackend('async', 'UnknownError')],
    ['no indexedDB at all (MissingAPIError)', brokenBackend('missing')],
  ] as const
  for (const [name, backend] of variants) {
    it(name, async () => {
      const d = database(backend)
      expect(await prepareStorage(d, { loadMemory: memory })).toBe('memory')
      expect(storageMode.value).toBe('memory')
      // Everything works: add, read, index queries, transactions, blobs.
      await d.profiles.add({
        id: 'p',
        name: '内存中',
        createdAt: 1,
        updatedAt: 1,
        answers: { version: 3 },
        packId: 'ningbo-2024-187',
        lastRoute: null,
        deletedAt: null,
      })
      await d.checklist.put({ profileId: 'p', itemId: 'i', done: true, note: '', updatedAt: 1 })
      await d.transaction('rw', d.profiles, d.checklist, async () => {
        await d.profiles.update('p', { name: '改名' })
      })
      expect((await d.profiles.get('p'))!.name).toBe('改名')
      expect(await d.checklist.where('profileId').equals('p').count()).toBe(1)
    })
  }

  it('the in-memory backend is fake-indexeddb, loaded only when needed', async () => {
    const d = database(brokenBackend('throws', 'SecurityError'))
    expect(await prepareStorage(d)).toBe('memory')
    await d.settings.put({ key: 'k', value: 1 })
    expect((await d.settings.get('k'))!.value).toBe(1)
  })

  it('a database left by a newer build still opens (Dexie 4), with its data, not in memory', async () => {
    await db.settings.put({ key: 'keep', value: 'me' })
    db.close({ disableAutoOpen: false })
    const newer = new Dexie(DB_NAME)
    newer.version(99).stores({
      profiles: 'id, updatedAt',
      checklist: '[profileId+itemId], profileId',
      attachments: 'id, profileId, [profileId+itemId]',
      settings: 'key',
      extra: 'id',
    })
    await newer.open()
    newer.close()
    expect(await prepareStorage(db, { loadMemory: memory })).toBe('indexeddb')
    expect((await db.settings.get('keep'))!.value).toBe('me')
  })

  it('any other open failure does not switch to memory (the data may be fine; the stores report the error)', async () => {
    const d = database(brokenBackend('throws', 'AbortError'))
    expect(await prepareStorage(d, { loadMemory: memory })).toBe('failed')
    expect(storageMode.value).toBe('failed')
  })

  it('a normal browser stays on IndexedDB', async () => {
    db.close({ disableAutoOpen: false })
    expect(await prepareStorage(db, { loadMemory: memory })).toBe('indexeddb')
  })
})

describe('an upgrade blocked by another tab', () => {
  it('shows the "close the other tabs" banner while blocked, then opens with nothing lost and clears it', async () => {
    db.close({ disableAutoOpen: false })
    await Dexie.delete(DB_NAME)
    // A tab of a much older build holds the database open at version 1 and ignores versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 1)
      req.onupgradeneeded = () => req.result.createObjectStore('legacy').put('kept', 'k')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    old.onversionchange = null
    const ready = prepareStorage(db)
    await new Promise((r) => setTimeout(r, 50))
    expect(databaseProblem.value).toBe(STORAGE_TEXTS.blocked)
    expect(storageMode.value).toBe('pending')
    old.close()
    expect(await ready).toBe('indexeddb')
    expect(databaseProblem.value).toBeNull()
    await db.settings.put({ key: 'x', value: 1 })
    expect((await db.settings.get('x'))!.value).toBe(1)
  })
})
