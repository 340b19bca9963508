/**
 * Application profiles: each one a separate set of answers. The list is a Dexie `liveQuery`, so a
 * change made in another tab shows up here; a change made here is applied to the list at once
 * (optimistically) and written to IndexedDB immediately. Incoming rows that are equal to what we
 * already hold keep the old object, and rows with a local write still in flight keep the local
 * version, so an input bound to a profile never loses focus or jumps its cursor because of our own
 * write echoing back.
 *
 * Failures: create/rename/duplicate/remove/undoRemove/select reject with a `StorageError` (its
 * `.text` is `{ zh, en }`) and also set `lastError`. `patch` (used by the answers store) never
 * rejects: it resolves to a `WriteResult`.
 */
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef } from 'vue'
import { liveQuery, type Subscription } from 'dexie'
import { db, type ProfileRecord } from '@/db'
import { guardWrite, MISSING_PROFILE_TEXT, StorageError, type StorageErrorText } from '@/db/errors'
import { readSetting, SETTING_KEYS, writeSetting } from '@/db/settings'
import { emptyAnswers } from '@/engine/answers'
import { t } from '@/i18n'
import { CURRENT_PACK_ID } from '@/policy'
import { deepEqual, deepFreeze } from '@/utils/data'

export type WriteResult =
  { ok: true } | { ok: false; error: StorageErrorText; fieldErrors?: { path: string; zh: string; en: string }[] }

/** Fields of a profile that can be patched. */
export type ProfilePatch = Partial<Pick<ProfileRecord, 'name' | 'answers' | 'lastRoute' | 'updatedAt'>>

/** Soft-deleted profiles are purged by a later session once they are older than this. */
export const PURGE_GRACE_MS = 60_000
export const MAX_NAME_LENGTH = 40

const isString = (v: unknown): v is string => typeof v === 'string'

function byRecency(a: ProfileRecord, b: ProfileRecord): number {
  return b.updatedAt - a.updatedAt || b.createdAt - a.createdAt || a.id.localeCompare(b.id)
}

function newId(): string {
  return crypto.randomUUID()
}

export const useProfilesStore = defineStore('profiles', () => {
  /** Live (not deleted) profiles, most recently changed first. Records are frozen: use the actions. */
  const profiles = shallowRef<ProfileRecord[]>([])
  const activeId = ref<string | null>(null)
  const loaded = ref(false)
  const lastError = shallowRef<StorageErrorText | null>(null)
  const active = computed(() => profiles.value.find((p) => p.id === activeId.value) ?? null)

  const sessionStart = Date.now()
  /** Profiles that were active when deleted, to reselect them on undo. */
  const removedWhileActive = new Set<string>()

  // ---- writes: one queue per profile; queued patches coalesce while a write is in flight ----
  interface Queue {
    next: ProfilePatch | null
    waiters: ((r: WriteResult) => void)[]
    running: Promise<void> | null
  }
  const queues = new Map<string, Queue>()
  /** Profiles whose local state is ahead of the database (queued, in flight, or failed). */
  const dirty = new Set<string>()

  function fail(e: unknown): StorageError {
    const err = e instanceof StorageError ? e : new StorageError(e)
    lastError.value = err.text
    return err
  }

  function replaceLocal(id: string, patch: Partial<ProfileRecord>): void {
    profiles.value = profiles.value.map((p) => (p.id === id ? deepFreeze({ ...p, ...patch }) : p)).sort(byRecency)
  }

  async function runQueue(id: string, q: Queue): Promise<void> {
    while (q.next) {
      const changes = q.next
      const waiters = q.waiters
      q.next = null
      q.waiters = []
      let result: WriteResult
      try {
        const n = await guardWrite(() => db.profiles.update(id, changes))
        if (n === 0) throw new StorageError(null, MISSING_PROFILE_TEXT)
        result = { ok: true }
        if (!q.next) dirty.delete(id)
        lastError.value = null
      } catch (e) {
        result = { ok: false, error: fail(e).text }
      }
      for (const w of waiters) w(result)
    }
    q.running = null
    queues.delete(id)
  }

  /**
   * Applies a patch to the local list at once and writes it to IndexedDB immediately. Never rejects.
   * After a failure the local state stays ahead of the database (and `lastError` says so); the next
   * patch or `flush()` writes it again.
   */
  function patch(id: string, changes: ProfilePatch): Promise<WriteResult> {
    if (!profiles.value.some((p) => p.id === id)) {
      lastError.value = MISSING_PROFILE_TEXT
      return Promise.resolve({ ok: false, error: MISSING_PROFILE_TEXT })
    }
    replaceLocal(id, changes)
    dirty.add(id)
    let q = queues.get(id)
    if (!q) {
      q = { next: null, waiters: [], running: null }
      queues.set(id, q)
    }
    q.next = { ...q.next, ...changes }
    const done = new Promise<WriteResult>((resolve) => q.waiters.push(resolve))
    if (!q.running) q.running = runQueue(id, q)
    return done
  }

  /** Waits for every write in flight; re-writes profiles whose last write failed. */
  async function flush(): Promise<void> {
    await Promise.all([...queues.values()].map((q) => q.running))
    const retry = [...dirty].filter((id) => !queues.has(id))
    await Promise.all(
      retry.map((id) => {
        const p = profiles.value.find((x) => x.id === id)
        if (!p) {
          dirty.delete(id)
          return undefined
        }
        return patch(id, { name: p.name, answers: p.answers, lastRoute: p.lastRoute, updatedAt: p.updatedAt })
      }),
    )
  }

  // ---- reading: liveQuery, merged without needless replacement ----
  function merge(rows: ProfileRecord[]): void {
    const old = new Map(profiles.value.map((p) => [p.id, p]))
    const next = rows
      .filter((r) => r.deletedAt === null)
      .map((r) => {
        const prev = old.get(r.id)
        if (prev && (dirty.has(r.id) || deepEqual(prev, r))) return prev
        return deepFreeze(r)
      })
      .sort(byRecency)
    const cur = profiles.value
    if (next.length === cur.length && next.every((p, i) => p === cur[i])) return
    profiles.value = next
    if (activeId.value !== null && !next.some((p) => p.id === activeId.value)) {
      // Deleted (here or in another tab): fall back to the most recent profile.
      activeId.value = next[0]?.id ?? null
    }
  }

  let subscription: Subscription | null = null
  let loading: Promise<void> | null = null

  /** Loads the profiles and the active id, and keeps the list live. Safe to call repeatedly. */
  function load(): Promise<void> {
    loading ??= (async () => {
      try {
        await purgeDeleted()
      } catch {
        // Reported through lastError; the app still works with the rows it can read.
      }
      const savedActive = await readSetting(SETTING_KEYS.activeProfileId, isString).catch((e) => {
        fail(e)
        return undefined
      })
      await new Promise<void>((resolve) => {
        let first = true
        subscription = liveQuery(() => db.profiles.toArray()).subscribe({
          next: (rows) => {
            merge(rows)
            if (first) {
              first = false
              resolve()
            }
          },
          error: (e) => {
            fail(e)
            if (first) {
              first = false
              resolve()
            }
          },
        })
      })
      const ids = profiles.value.map((p) => p.id)
      activeId.value = savedActive && ids.includes(savedActive) ? savedActive : (ids[0] ?? null)
      loaded.value = true
    })()
    return loading
  }

  onScopeDispose(() => {
    subscription?.unsubscribe()
    subscription = null
  })

  function uniqueName(base: (n: number) => string, start = 1): string {
    const names = new Set(profiles.value.map((p) => p.name))
    let n = start
    while (names.has(base(n))) n++
    return base(n)
  }

  function cleanName(name: string): string {
    return name.trim().slice(0, MAX_NAME_LENGTH)
  }

  /** Creates a profile with empty answers under the current pack (not selected). Default name: 我的申报 N / My application N. */
  async function create(name?: string): Promise<string> {
    const now = Date.now()
    const wanted = name === undefined ? '' : cleanName(name)
    const record: ProfileRecord = {
      id: newId(),
      name: wanted || uniqueName((n) => t('profiles.defaultName', { n }), profiles.value.length + 1),
      createdAt: now,
      updatedAt: now,
      answers: emptyAnswers(),
      packId: CURRENT_PACK_ID,
      lastRoute: null,
      deletedAt: null,
    }
    try {
      await guardWrite(() => db.profiles.add(record))
    } catch (e) {
      throw fail(e)
    }
    profiles.value = [...profiles.value.filter((p) => p.id !== record.id), deepFreeze(record)].sort(byRecency)
    return record.id
  }

  async function rename(id: string, name: string): Promise<void> {
    const clean = cleanName(name)
    if (!clean) throw new RangeError('empty profile name')
    const r = await patch(id, { name: clean, updatedAt: Date.now() })
    if (!r.ok) throw new StorageError(null, r.error)
  }

  /** Copies a profile's answers (and its checklist ticks; not its attachments). Returns the new id. */
  async function duplicate(id: string): Promise<string> {
    const src = profiles.value.find((p) => p.id === id) ?? (await db.profiles.get(id))
    if (!src) throw fail(new StorageError(null, MISSING_PROFILE_TEXT))
    const now = Date.now()
    const copy: ProfileRecord = {
      id: newId(),
      name: cleanName(
        uniqueName((n) =>
          n === 1 ? t('profiles.copyName', { name: src.name }) : `${t('profiles.copyName', { name: src.name })} ${n}`,
        ),
      ),
      createdAt: now,
      updatedAt: now,
      answers: structuredClone(src.answers),
      packId: src.packId,
      lastRoute: null,
      deletedAt: null,
    }
    copy.lastRoute = src.lastRoute ? rebaseRoute(src.lastRoute, src.id, copy.id) : null
    try {
      await guardWrite(() =>
        db.transaction('rw', db.profiles, db.checklist, async () => {
          await db.profiles.add(copy)
          const ticks = await db.checklist.where('profileId').equals(id).toArray()
          if (ticks.length) await db.checklist.bulkAdd(ticks.map((c) => ({ ...c, profileId: copy.id })))
        }),
      )
    } catch (e) {
      throw fail(e)
    }
    profiles.value = [...profiles.value.filter((p) => p.id !== copy.id), deepFreeze(copy)].sort(byRecency)
    return copy.id
  }

  /** Soft delete: hidden at once, restorable with `undoRemove`, purged by a later session. */
  async function remove(id: string): Promise<void> {
    const wasActive = activeId.value === id
    try {
      const n = await guardWrite(() => db.profiles.update(id, { deletedAt: Date.now() }))
      if (n === 0) throw new StorageError(null, MISSING_PROFILE_TEXT)
    } catch (e) {
      throw fail(e)
    }
    profiles.value = profiles.value.filter((p) => p.id !== id)
    if (wasActive) {
      removedWhileActive.add(id)
      await persistActive(profiles.value[0]?.id ?? null)
    }
  }

  async function undoRemove(id: string): Promise<void> {
    let rec: ProfileRecord | undefined
    try {
      rec = await guardWrite(() =>
        db.transaction('rw', db.profiles, async () => {
          const n = await db.profiles.update(id, { deletedAt: null })
          return n ? db.profiles.get(id) : undefined
        }),
      )
      if (!rec) throw new StorageError(null, MISSING_PROFILE_TEXT)
    } catch (e) {
      throw fail(e)
    }
    const restored = rec
    profiles.value = [...profiles.value.filter((p) => p.id !== id), deepFreeze(restored)].sort(byRecency)
    if (removedWhileActive.delete(id)) await persistActive(id)
  }

  /** Hard-deletes profiles soft-deleted before this session (with a grace period for other tabs). */
  async function purgeDeleted(): Promise<number> {
    const before = sessionStart - PURGE_GRACE_MS
    try {
      return await guardWrite(() =>
        db.transaction('rw', db.profiles, db.checklist, db.attachments, async () => {
          const doomed = await db.profiles.filter((p) => p.deletedAt !== null && p.deletedAt < before).primaryKeys()
          if (!doomed.length) return 0
          await db.checklist.where('profileId').anyOf(doomed).delete()
          await db.attachments.where('profileId').anyOf(doomed).delete()
          await db.profiles.bulkDelete(doomed)
          return doomed.length
        }),
      )
    } catch (e) {
      throw fail(e)
    }
  }

  async function persistActive(id: string | null): Promise<void> {
    activeId.value = id
    try {
      await writeSetting(SETTING_KEYS.activeProfileId, id)
    } catch (e) {
      throw fail(e)
    }
  }

  /** Makes a profile the active one (remembered across reloads). Unknown ids are ignored. */
  async function select(id: string): Promise<void> {
    if (!profiles.value.some((p) => p.id === id)) return
    if (activeId.value === id) return
    await persistActive(id)
  }

  function clearError(): void {
    lastError.value = null
  }

  return {
    profiles,
    activeId,
    active,
    loaded,
    lastError,
    load,
    create,
    rename,
    duplicate,
    remove,
    undoRemove,
    purgeDeleted,
    select,
    patch,
    flush,
    clearError,
  }
})

/** A route inside one profile, moved to another profile (`/p/<old>/q/2` → `/p/<new>/q/2`). */
export function rebaseRoute(route: string, fromId: string, toId: string): string {
  return route
    .split('/')
    .map((seg) => (seg === fromId ? toId : seg))
    .join('/')
}
