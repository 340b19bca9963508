/**
 * Opening the database at start-up, with a fallback for browsers where IndexedDB cannot be used at
 * all (private browsing in some browsers, site data blocked, storage disabled by policy). Without it
 * every write would fail and "Start the self-check" would do nothing; with it the app runs on an
 * in-memory IndexedDB (fake-indexeddb, loaded only then) for this session: the self-check, the
 * checklist and even a backup export work, and a banner says that nothing will be kept.
 *
 *   await prepareStorage()   // in main.ts, before the stores load and the first route resolves
 *   storageMode.value        // 'indexeddb' | 'memory' | 'failed'
 *
 * Only "storage unavailable" failures switch to memory. A version conflict (the database is newer than
 * this build) keeps the real database and its data untouched: the stores report it as usual.
 */
import { shallowRef } from 'vue'
import type Dexie from 'dexie'
import { databaseProblem, db, type AppDB } from './index'
import { describeStorageError, STORAGE_TEXTS } from './errors'

export type StorageMode = 'pending' | 'indexeddb' | 'memory' | 'failed'

/** How the app stores data this session. */
export const storageMode = shallowRef<StorageMode>('pending')

export interface Backend {
  indexedDB: IDBFactory
  IDBKeyRange: typeof IDBKeyRange
}

async function memoryBackend(): Promise<Backend> {
  const mod = await import('fake-indexeddb')
  return { indexedDB: mod.indexedDB, IDBKeyRange: mod.IDBKeyRange }
}

/**
 * Points a closed Dexie instance at another IndexedDB implementation. Dexie reads its backend from
 * `_deps` when it opens and when it builds key ranges; both are replaced here, before the next open.
 */
export function useBackend(database: Dexie, backend: Backend): void {
  const internal = database as unknown as { _deps: Backend; _options: Partial<Backend> }
  internal._deps = { indexedDB: backend.indexedDB, IDBKeyRange: backend.IDBKeyRange }
  internal._options = { ...internal._options, ...internal._deps }
}

/** Whether an open failure means "this browser gives us no storage" (rather than a conflict). */
export function isStorageUnavailable(e: unknown): boolean {
  return describeStorageError(e) === STORAGE_TEXTS.unavailable
}

export interface PrepareOptions {
  /** The in-memory backend (tests inject one). */
  loadMemory?: () => Promise<Backend>
}

/**
 * Opens the database; when IndexedDB is unavailable, switches to memory. Never rejects. While an
 * upgrade is blocked by another tab this waits (the banner asks to close the other tab) and then
 * clears that banner once the database opens.
 */
export async function prepareStorage(database: AppDB = db, options: PrepareOptions = {}): Promise<StorageMode> {
  try {
    await database.open()
    if (databaseProblem.value === STORAGE_TEXTS.blocked) databaseProblem.value = null
    storageMode.value = 'indexeddb'
  } catch (e) {
    if (!isStorageUnavailable(e)) {
      storageMode.value = 'failed'
      return storageMode.value
    }
    try {
      database.close({ disableAutoOpen: false })
      useBackend(database, await (options.loadMemory ?? memoryBackend)())
      await database.open()
      storageMode.value = 'memory'
    } catch {
      storageMode.value = 'failed'
    }
  }
  return storageMode.value
}
