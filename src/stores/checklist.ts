/**
 * The active profile's checklist on this device: ticks and notes (`checklist` table, keyed
 * [profileId+itemId]) and evidence files (`attachments` table, Blobs). Both are Dexie liveQueries,
 * so another tab's changes show up here; a tick or a note is applied locally at once and written
 * immediately (a note is written as it is typed; writes to one item coalesce while one is in
 * flight), and an item with a write in flight keeps its local value when the database echoes back,
 * so a textarea never loses characters or jumps its cursor.
 *
 * Records are keyed by the item's stable id and never deleted when the answers change: which items
 * apply is the engine's business; `buildChecklistView` (src/checklist/model.ts) puts the ones that
 * no longer apply aside. Only `discard` deletes, on the applicant's request.
 *
 * Failures: `setDone`/`setNote`/`removeAttachment`/`discard` resolve to a `WriteResult` and set
 * `lastError` (never reject); `addFiles` resolves to one result per file, with the reason of each
 * failure (shown next to the item), and leaves `lastError` alone.
 */
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import type { Subscription } from 'dexie'
import { db, type AttachmentRecord, type ChecklistRecord } from '@/db'
import { guardWrite, StorageError, type StorageErrorText } from '@/db/errors'
import {
  AttachmentError,
  browserCodec,
  prepareFile,
  type AttachmentErrorCode,
  type ImageCodec,
} from '@/checklist/image'
import type { AttachmentMeta } from '@/checklist/model'
import { estimateUsage } from '@/checklist/storage'
import { useProfilesStore } from './profiles'
import { createWriteQueue, subscribeLive, type WriteResult } from './writes'

/** What is stored for an attachment: the v1 record plus optional facts about the photo. */
export interface StoredAttachment extends AttachmentRecord {
  width?: number
  height?: number
  /** Bytes of the file as picked, before downscaling. */
  originalSize?: number
}

export type AddFileResult =
  | { ok: true; name: string; attachment: AttachmentMeta; scaled: boolean; originalSize: number }
  | { ok: false; name: string; code: AttachmentErrorCode; limit?: number }
  | { ok: false; name: string; storage: StorageErrorText }

const NO_PROFILE: StorageErrorText = {
  zh: '请先新建或选择一份申报档案。',
  en: 'Create or choose an application profile first.',
}

function metaOf(a: StoredAttachment): AttachmentMeta {
  const m: AttachmentMeta = {
    id: a.id,
    itemId: a.itemId,
    name: a.name,
    type: a.type,
    size: a.size,
    createdAt: a.createdAt,
  }
  if (a.width) m.width = a.width
  if (a.height) m.height = a.height
  return m
}

const sameRecord = (a: ChecklistRecord, b: ChecklistRecord) =>
  a.done === b.done && a.note === b.note && a.updatedAt === b.updatedAt

export const useChecklistStore = defineStore('checklist', () => {
  const profiles = useProfilesStore()
  const profileId = computed(() => profiles.activeId)

  /** itemId → record, for the active profile. Replaced (never mutated) on every change. */
  const records = shallowRef<ReadonlyMap<string, ChecklistRecord>>(new Map())
  const attachments = shallowRef<readonly AttachmentMeta[]>([])
  /** Both queries have answered for the active profile. */
  const loaded = ref(false)
  const lastError = shallowRef<StorageErrorText | null>(null)

  /** Blobs of the active profile's attachments (not reactive: only read on demand). */
  let blobs = new Map<string, Blob>()

  // ---- writes: the shared write queue (./writes.ts), one key per item ----
  type ItemPatch = Partial<Pick<ChecklistRecord, 'done' | 'note'>> & { updatedAt: number }
  const keyOf = (pid: string, itemId: string) => `${pid}\u0000${itemId}`
  const splitKey = (key: string) => key.split('\u0000') as [string, string]
  const queue = createWriteQueue<ItemPatch>({
    kind: 'checklist',
    merge: (a, b) => ({ ...a, ...b }),
    // Per field: a tick in one tab and a note in another both land (read-modify-write in one transaction).
    write: (key, patch) =>
      guardWrite(() =>
        db.transaction('rw', db.checklist, async () => {
          const [profileId, itemId] = splitKey(key)
          const cur = (await db.checklist.get([profileId, itemId])) ?? {
            profileId,
            itemId,
            done: false,
            note: '',
            updatedAt: 0,
          }
          await db.checklist.put({ ...cur, ...patch, profileId, itemId })
        }),
      ),
  })
  onScopeDispose(() => queue.dispose())

  function write(itemId: string, patch: Partial<Pick<ChecklistRecord, 'done' | 'note'>>): Promise<WriteResult> {
    const pid = profileId.value
    if (!pid) {
      lastError.value = NO_PROFILE
      return Promise.resolve({ ok: false, error: NO_PROFILE })
    }
    const change: ItemPatch = { ...patch, updatedAt: Date.now() }
    const prev = records.value.get(itemId) ?? { profileId: pid, itemId, done: false, note: '', updatedAt: 0 }
    const map = new Map(records.value)
    map.set(itemId, Object.freeze({ ...prev, ...change, profileId: pid, itemId }))
    records.value = map
    return queue.push(keyOf(pid, itemId), change).then((r) => {
      lastError.value = r.ok ? null : r.error
      return r
    })
  }

  /** Ticks or unticks an item ("done", or for items done by others "confirmed with my unit"). */
  function setDone(itemId: string, done: boolean): Promise<WriteResult> {
    return write(itemId, { done })
  }

  /** Saves the item's note (call it on every input: writes coalesce). */
  function setNote(itemId: string, note: string): Promise<WriteResult> {
    return write(itemId, { note })
  }

  /** Waits for every write in flight; re-writes items whose last write failed. */
  async function flush(): Promise<void> {
    await queue.flush()
    if (!queue.keys().length) lastError.value = null
  }

  // ---- files ----

  /**
   * Prepares (downscales) and stores files for an item, one after the other. A file that cannot be
   * attached is reported and skipped; the others are still stored.
   */
  async function addFiles(
    itemId: string,
    files: readonly File[],
    options: { codec?: ImageCodec } = {},
  ): Promise<AddFileResult[]> {
    const pid = profileId.value
    const out: AddFileResult[] = []
    for (const file of files) {
      const name = file.name || 'file'
      if (!pid) {
        out.push({ ok: false, name, storage: NO_PROFILE })
        continue
      }
      let prepared
      try {
        prepared = await prepareFile(file, options.codec ?? browserCodec)
      } catch (e) {
        const err = e instanceof AttachmentError ? e : new AttachmentError('decode-failed', name, { cause: e })
        out.push(
          err.limit === undefined
            ? { ok: false, name, code: err.code }
            : { ok: false, name, code: err.code, limit: err.limit },
        )
        continue
      }
      const record: StoredAttachment = {
        id: crypto.randomUUID(),
        profileId: pid,
        itemId,
        name: prepared.name,
        type: prepared.type,
        size: prepared.size,
        blob: prepared.blob,
        createdAt: Date.now(),
        originalSize: prepared.originalSize,
      }
      if (prepared.width) record.width = prepared.width
      if (prepared.height) record.height = prepared.height
      try {
        await guardWrite(() => db.attachments.add(record))
      } catch (e) {
        const err = e instanceof StorageError ? e : new StorageError(e)
        out.push({ ok: false, name, storage: err.text })
        continue
      }
      blobs.set(record.id, record.blob)
      if (!attachments.value.some((a) => a.id === record.id)) attachments.value = [...attachments.value, metaOf(record)]
      out.push({
        ok: true,
        name,
        attachment: metaOf(record),
        scaled: prepared.scaled,
        originalSize: prepared.originalSize,
      })
    }
    return out
  }

  /** The stored bytes of an attachment (for viewing). */
  async function getBlob(id: string): Promise<Blob | undefined> {
    const cached = blobs.get(id)
    if (cached) return cached
    const rec = await db.attachments.get(id)
    if (rec) blobs.set(id, rec.blob)
    return rec?.blob
  }

  async function removeAttachment(id: string): Promise<WriteResult> {
    try {
      await guardWrite(() => db.attachments.delete(id))
    } catch (e) {
      const err = e instanceof StorageError ? e : new StorageError(e)
      lastError.value = err.text
      return { ok: false, error: err.text }
    }
    blobs.delete(id)
    attachments.value = attachments.value.filter((a) => a.id !== id)
    return { ok: true }
  }

  /** Deletes what was recorded for an item: tick, note and files (for items kept aside). */
  async function discard(itemId: string): Promise<WriteResult> {
    const pid = profileId.value
    if (!pid) return { ok: false, error: NO_PROFILE }
    await queue.flush()
    try {
      await guardWrite(() =>
        db.transaction('rw', db.checklist, db.attachments, async () => {
          await db.checklist.delete([pid, itemId])
          await db.attachments.where('[profileId+itemId]').equals([pid, itemId]).delete()
        }),
      )
    } catch (e) {
      const err = e instanceof StorageError ? e : new StorageError(e)
      lastError.value = err.text
      return { ok: false, error: err.text }
    }
    queue.drop(keyOf(pid, itemId))
    const map = new Map(records.value)
    map.delete(itemId)
    records.value = map
    attachments.value = attachments.value.filter((a) => a.itemId !== itemId)
    return { ok: true }
  }

  // ---- reading: liveQueries of the active profile ----
  let subs: Subscription[] = []
  let generation = 0

  function mergeRecords(pid: string, rows: ChecklistRecord[]): void {
    const old = records.value
    const next = new Map<string, ChecklistRecord>()
    for (const stored of rows) {
      const prev = old.get(stored.itemId)
      // Changes not yet written stay on top of what the database (or another tab) holds.
      const row = queue.pending(keyOf(pid, stored.itemId)).reduce<ChecklistRecord>((r, p) => ({ ...r, ...p }), stored)
      if (prev && sameRecord(prev, row)) next.set(row.itemId, prev)
      else next.set(row.itemId, Object.freeze(row))
    }
    // Local items not yet in the database (first write in flight, or failed) stay.
    for (const [itemId, rec] of old) if (!next.has(itemId) && queue.has(keyOf(pid, itemId))) next.set(itemId, rec)
    if (next.size === old.size && [...next].every(([k, v]) => old.get(k) === v)) return
    records.value = next
  }

  function subscribe(pid: string | null): void {
    for (const s of subs) s.unsubscribe()
    subs = []
    const gen = ++generation
    records.value = new Map()
    attachments.value = []
    blobs = new Map()
    loaded.value = false
    if (!pid) return
    let pending = 2
    const answered = () => {
      if (gen === generation && --pending === 0) loaded.value = true
    }
    const fail = (e: unknown) => {
      lastError.value = (e instanceof StorageError ? e : new StorageError(e)).text
    }
    const records$ = subscribeLive(
      () => db.checklist.where('profileId').equals(pid).toArray(),
      (rows) => {
        if (gen === generation) mergeRecords(pid, rows)
      },
      fail,
    )
    const files$ = subscribeLive(
      () => db.attachments.where('profileId').equals(pid).toArray(),
      (rows) => {
        if (gen !== generation) return
        blobs = new Map((rows as StoredAttachment[]).map((r) => [r.id, r.blob]))
        attachments.value = (rows as StoredAttachment[])
          .map(metaOf)
          .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      },
      fail,
    )
    subs.push(records$.subscription, files$.subscription)
    void records$.first.then(answered)
    void files$.first.then(answered)
  }

  watch(profileId, (pid) => subscribe(pid), { immediate: true })

  onScopeDispose(() => {
    for (const s of subs) s.unsubscribe()
    subs = []
  })

  /** The records as a list (for `buildChecklistView`). */
  const recordList = computed(() => [...records.value.values()])

  /** How much this profile takes on the device (files + a rough estimate of its records). */
  const usage = computed(() =>
    estimateUsage({ answers: profiles.active?.answers, records: recordList.value, attachments: attachments.value }),
  )

  function clearError(): void {
    lastError.value = null
  }

  return {
    profileId,
    records,
    recordList,
    attachments,
    loaded,
    lastError,
    usage,
    setDone,
    setNote,
    flush,
    addFiles,
    getBlob,
    removeAttachment,
    discard,
    clearError,
  }
})
