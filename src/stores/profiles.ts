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
import type { Subscription } from 'dexie'
import { db, type ProfileRecord } from '@/db'
import { guardWrite, MISSING_PROFILE_TEXT, STORAGE_TEXTS, StorageError, type StorageErrorText } from '@/db/errors'
import { readSetting, SETTING_KEYS } from '@/db/settings'
import { emptyAnswers, validateAnswers } from '@/engine/answers'
import { t } from '@/i18n'
import { CURRENT_PACK_ID } from '@/policy'
import { deepEqual, deepFreeze } from '@/utils/data'
import { applyOps, mergeOps, type AnswerOp } from './answerOps'
import { useSettingsStore } from './settings'
import { createWriteQueue, lastWriteError, subscribeLive, type WriteKind, type WriteResult } from './writes'

export type { WriteResult } from './writes'

/**
 * One profile's pending change: plain fields, and answers as field operations (replayed over the
 * database's answers when written, so another tab's edits to other fields are kept).
 */
export interface ProfileChange {
  fields: Partial<Pick<ProfileRecord, 'name' | 'lastRoute' | 'updatedAt'>>
  answers: AnswerOp[]
}

/** Another tab (or an import) changed answers this tab had edited: the new values are shown. */
export interface ExternalChange {
  profileId: string
  /** Answer paths this tab had written whose value changed under it. */
  paths: string[]
  at: number
}

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

  // ---- writes: the shared write queue (./writes.ts), one key per profile ----
  /** Answer paths this tab has written, per profile (to tell when another tab overwrote one). */
  const mine = new Map<string, Set<string>>()
  const externalChange = shallowRef<ExternalChange | null>(null)

  function fail(e: unknown): StorageError {
    const err = e instanceof StorageError ? e : new StorageError(e)
    lastError.value = err.text
    return err
  }

  function replaceLocal(id: string, patch: Partial<ProfileRecord>): void {
    profiles.value = profiles.value.map((p) => (p.id === id ? deepFreeze({ ...p, ...patch }) : p)).sort(byRecency)
  }

  /** A row with the changes not yet in the database applied over it. */
  function rebase(row: ProfileRecord, changes: readonly ProfileChange[]): ProfileRecord {
    let out = row
    for (const c of changes) {
      out = { ...out, ...c.fields }
      if (c.answers.length) out.answers = applyOps(out.answers, c.answers)
    }
    return out
  }

  const queue = createWriteQueue<ProfileChange>({
    kind: (c) => {
      const kinds: WriteKind[] = c.answers.length ? ['answers'] : []
      if (c.fields.name !== undefined || c.fields.lastRoute !== undefined || !kinds.length) kinds.push('profile')
      return kinds
    },
    merge: (a, b) => ({ fields: { ...a.fields, ...b.fields }, answers: mergeOps(a.answers, b.answers) }),
    isFinal: (e) => e.text === MISSING_PROFILE_TEXT,
    write: (id, change) =>
      guardWrite(() =>
        db.transaction('rw', db.profiles, async () => {
          const cur = await db.profiles.get(id)
          if (!cur) throw new StorageError(null, MISSING_PROFILE_TEXT)
          const next = rebase(cur, [change])
          if (change.answers.length) {
            const checked = validateAnswers(next.answers)
            if (checked.ok) next.answers = checked.answers
          }
          await db.profiles.put(next)
        }),
      ),
  })
  onScopeDispose(() => queue.dispose())

  /** Applies a change to the local list at once and queues its write. Never rejects. */
  function change(id: string, c: ProfileChange): Promise<WriteResult> {
    const p = profiles.value.find((x) => x.id === id)
    if (!p) {
      lastError.value = MISSING_PROFILE_TEXT
      return Promise.resolve({ ok: false, error: MISSING_PROFILE_TEXT })
    }
    replaceLocal(id, rebase(p, [c]))
    if (c.answers.length) {
      const set = mine.get(id) ?? new Set<string>()
      for (const [path] of c.answers) set.add(path)
      mine.set(id, set)
    }
    return queue.push(id, c).then((r) => {
      lastError.value = r.ok ? null : r.error
      return r
    })
  }

  /**
   * Applies a patch to the local list at once and writes it to IndexedDB immediately. Never rejects.
   * After a failure the local state stays ahead of the database (and `lastError` says so); it is
   * retried (timer, visibility change, next write, `flush()`). `answers` here replaces them all; the
   * answers store sends field operations instead (`changeAnswers`).
   */
  function patch(id: string, changes: ProfilePatch): Promise<WriteResult> {
    const { answers, ...fields } = changes
    return change(id, { fields, answers: answers ? [['', answers]] : [] })
  }

  /** Field operations on a profile's answers (and plain fields such as `updatedAt`). Never rejects. */
  function changeAnswers(id: string, ops: AnswerOp[], fields: ProfileChange['fields'] = {}): Promise<WriteResult> {
    return change(id, { fields, answers: ops })
  }

  /**
   * Waits for this profile's writes (retrying a failed one once more): ok when everything it holds is
   * in the database, else the reason (the question page's Next says so instead of moving on).
   */
  async function settle(id: string): Promise<WriteResult> {
    await queue.flush()
    return queue.failed(id) ? { ok: false, error: lastWriteError.value ?? STORAGE_TEXTS.quota } : { ok: true }
  }

  /** Waits for every write in flight; re-writes profiles whose last write failed. */
  async function flush(): Promise<void> {
    await queue.flush()
    if (!queue.keys().length) lastError.value = null
  }

  // ---- reading: liveQuery, merged without needless replacement ----
  function merge(rows: ProfileRecord[]): void {
    const old = new Map(profiles.value.map((p) => [p.id, p]))
    const next = rows
      .filter((r) => r.deletedAt === null)
      .map((r) => {
        const prev = old.get(r.id)
        // Changes not yet written are kept on top of what the database (another tab) holds.
        const row = queue.has(r.id) ? rebase(r, queue.pending(r.id)) : r
        if (prev && deepEqual(prev, row)) return prev
        if (prev && !queue.has(r.id)) noticeExternal(prev, row)
        return deepFreeze(row)
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

  /** Says so when a row from the database changes answers this tab had written (same field, two tabs). */
  function noticeExternal(prev: ProfileRecord, row: ProfileRecord): void {
    const paths = [...(mine.get(row.id) ?? [])].filter(
      (path) => path !== '' && !deepEqual(valueAt(prev.answers, path), valueAt(row.answers, path)),
    )
    if (paths.length) externalChange.value = { profileId: row.id, paths, at: Date.now() }
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
      const live = subscribeLive(() => db.profiles.toArray(), merge, fail)
      subscription = live.subscription
      await live.first
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
    const r = await useSettingsStore().save(SETTING_KEYS.activeProfileId, id)
    if (!r.ok) throw fail(new StorageError(null, r.error))
  }

  /** Reads the list now (after an import), without waiting for the liveQuery to notice. */
  async function sync(): Promise<void> {
    merge(await db.profiles.toArray())
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
    changeAnswers,
    settle,
    flush,
    sync,
    clearError,
    externalChange,
  }
})

/** The value at a dot path of the answers (undefined when absent). */
function valueAt(root: unknown, path: string): unknown {
  let cur = root
  for (const seg of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined
    cur = (cur as Record<string, unknown>)[seg]
  }
  return cur
}

/** A route inside one profile, moved to another profile (`/p/<old>/q/2` → `/p/<new>/q/2`). */
export function rebaseRoute(route: string, fromId: string, toId: string): string {
  return route
    .split('/')
    .map((seg) => (seg === fromId ? toId : seg))
    .join('/')
}
