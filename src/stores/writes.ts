/**
 * The one write queue every store uses (issue 10): a change is applied on screen at once and written
 * to IndexedDB at once; a write that fails is KEPT and retried until it lands.
 *
 *   const q = createWriteQueue<Patch>({ kind: 'checklist', merge, write })
 *   q.push(key, patch) → Promise<WriteResult>      // never rejects
 *
 * Per key (a profile id, a checklist item…) at most one write is in flight; patches pushed meanwhile
 * are merged (`merge(older, newer)`) into the next one. When a write fails its patch is merged back
 * in front of anything queued since and stays pending; it is retried
 *   - on a timer (2 s, then 5, 10, 30 s, then every 30 s),
 *   - when the page becomes visible or hidden (`retryAll`, wired in main.ts),
 *   - with the next write to any queue (space freed for one write is space for the others),
 *   - on `pagehide` and before a backup (`flushAll`).
 * While a failed write waits, leaving or reloading the page asks first (`guardUnload`, the
 * browser's own "leave this site?" prompt): pending writes live in this page only.
 * `unsaved` (reactive) counts the keys whose last write failed, by kind, for the banner; it drops
 * back to zero once they are written. `lastError` is the reason of the latest failure.
 *
 * A patch must be idempotent and order-preserving under `merge` (set this field to this value), so
 * a retry can replay it over whatever another tab has written meanwhile (per-field merge, item 3).
 */
import { computed, shallowRef } from 'vue'
import { liveQuery, type Subscription } from 'dexie'
import { StorageError, type StorageErrorText } from '@/db/errors'

export type WriteResult =
  { ok: true } | { ok: false; error: StorageErrorText; fieldErrors?: { path: string; zh: string; en: string }[] }

/** What a failed write was about, for the banner ("2 answers, 1 note not saved"). */
export type WriteKind = 'answers' | 'profile' | 'checklist' | 'attachment' | 'setting'

interface Entry<T> {
  /** Queued (not yet started), merged. */
  next: T | null
  /** Being written now. */
  inflight: T | null
  waiters: ((r: WriteResult) => void)[]
  running: Promise<void> | null
  /** The last attempt failed and `next` holds what it tried to write. */
  failed: boolean
}

export interface WriteQueueOptions<T> {
  /** What a pending patch holds (one patch may hold several kinds: answers and a new name). */
  kind: WriteKind | ((patch: T) => WriteKind[])
  /** `older` then `newer`, as one patch. */
  merge: (older: T, newer: T) => T
  /** Writes one key's patch; rejects (with anything) when it did not land. */
  write: (key: string, patch: T) => Promise<void>
  /** A failure that retrying cannot fix (the profile was deleted): the patch is dropped. */
  isFinal?: (e: StorageError) => boolean
}

export interface WriteQueue<T> {
  push(key: string, patch: T): Promise<WriteResult>
  /** Local state is ahead of the database for this key (queued, in flight or failed). */
  has(key: string): boolean
  /** What is not yet in the database for `key` (in flight, then queued), for rebasing on a read. */
  pending(key: string): T[]
  /** The key's last write failed and waits for a retry. */
  failed(key: string): boolean
  /** Waits for writes in flight, retries failed ones, waits for those. */
  flush(): Promise<void>
  /** Forgets a key's pending write (its record was deleted on purpose). */
  drop(key: string): void
  keys(): string[]
  /** Leaves the registry (the store that owns it is disposed). */
  dispose(): void
}

// ---- the registry: every queue, the banner's counts, the retry timer ----

interface AnyQueue {
  retry(): void
  flush(): Promise<void>
  failedKinds(): WriteKind[]
}

const queues = new Set<AnyQueue>()
const version = shallowRef(0)
const bump = () => (version.value = (version.value + 1) % Number.MAX_SAFE_INTEGER)

/** The latest failure's reason (null once everything failed has been written). */
export const lastWriteError = shallowRef<StorageErrorText | null>(null)

/** Keys whose write failed and is waiting for a retry, by kind (reactive). */
export const unsaved = computed<Partial<Record<WriteKind, number>>>(() => {
  void version.value
  const out: Partial<Record<WriteKind, number>> = {}
  for (const q of queues) for (const k of q.failedKinds()) out[k] = (out[k] ?? 0) + 1
  return out
})

/** Total unsaved keys. */
export const unsavedCount = computed(() => Object.values(unsaved.value).reduce((a, b) => a + (b ?? 0), 0))

const DELAYS = [2000, 5000, 10_000, 30_000]
let attempt = 0
let timer: ReturnType<typeof setTimeout> | null = null

function schedule(): void {
  if (timer !== null) return
  const delay = DELAYS[Math.min(attempt, DELAYS.length - 1)]!
  attempt++
  timer = setTimeout(() => {
    timer = null
    retryAll()
  }, delay)
}

function settle(): void {
  bump()
  const anyFailed = [...queues].some((q) => q.failedKinds().length > 0)
  if (anyFailed) schedule()
  else {
    attempt = 0
    lastWriteError.value = null
    if (timer !== null) {
      clearTimeout(timer)
      timer = null
    }
  }
}

/** Retries every failed write now (visibility change, timer, any new write). */
export function retryAll(): void {
  for (const q of queues) q.retry()
}

/** Waits for everything in flight and retries what failed (pagehide, before a backup). */
export async function flushAll(): Promise<void> {
  await Promise.all([...queues].map((q) => q.flush()))
}

/**
 * Warns before the page is unloaded while a failed write waits for its retry (storage full): the
 * pending writes live in this page's memory only, so a reload would lose them. Flushes first (space
 * may be back); asks (the browser's own prompt, `preventDefault` + `returnValue`) only when
 * something is still unsaved. Writes merely in flight do not ask: they land within milliseconds.
 * Returns the uninstaller.
 */
export function guardUnload(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    void flushAll()
    if (unsavedCount.value === 0) return
    e.preventDefault()
    // Still required by some engines for the prompt to show.
    e.returnValue = ''
  }
  target.addEventListener('beforeunload', onBeforeUnload as EventListener)
  return () => target.removeEventListener('beforeunload', onBeforeUnload as EventListener)
}

/** Tests: forget every queue (each store registers its own again when created). */
export function resetWriteQueues(): void {
  queues.clear()
  attempt = 0
  if (timer !== null) clearTimeout(timer)
  timer = null
  lastWriteError.value = null
  bump()
}

export function createWriteQueue<T>(options: WriteQueueOptions<T>): WriteQueue<T> {
  const entries = new Map<string, Entry<T>>()
  const kindsOf = (p: T): WriteKind[] => (typeof options.kind === 'function' ? options.kind(p) : [options.kind])

  async function run(key: string, e: Entry<T>): Promise<void> {
    while (e.next !== null) {
      const patch = e.next
      const waiters = e.waiters
      e.next = null
      e.waiters = []
      e.inflight = patch
      let result: WriteResult
      try {
        await options.write(key, patch)
        e.failed = false
        result = { ok: true }
      } catch (err) {
        const error = err instanceof StorageError ? err : new StorageError(err)
        lastWriteError.value = error.text
        result = { ok: false, error: error.text }
        if (!options.isFinal?.(error)) {
          // Kept: in front of anything queued meanwhile, retried later.
          e.next = e.next === null ? patch : options.merge(patch, e.next)
          e.failed = true
          e.inflight = null
          // Writes queued meanwhile are part of the pending patch now: they are not saved either.
          for (const w of [...waiters, ...e.waiters]) w(result)
          e.waiters = []
          break
        }
        e.failed = false
      }
      e.inflight = null
      for (const w of waiters) w(result)
    }
    e.running = null
    if (e.next === null && !e.failed) entries.delete(key)
    settle()
  }

  function start(key: string, e: Entry<T>): Promise<void> {
    if (!e.running) e.running = run(key, e)
    return e.running
  }

  const queue: WriteQueue<T> & AnyQueue = {
    push(key, patch) {
      let e = entries.get(key)
      if (!e) {
        e = { next: null, inflight: null, waiters: [], running: null, failed: false }
        entries.set(key, e)
      }
      e.next = e.next === null ? patch : options.merge(e.next, patch)
      const done = new Promise<WriteResult>((resolve) => e.waiters.push(resolve))
      const retryOthers = e.failed || [...queues].some((q) => q.failedKinds().length > 0)
      start(key, e)
      if (retryOthers) retryAll()
      return done
    },
    has: (key) => entries.has(key),
    failed: (key) => entries.get(key)?.failed ?? false,
    pending(key) {
      const e = entries.get(key)
      if (!e) return []
      return [e.inflight, e.next].filter((p): p is T => p !== null)
    },
    retry() {
      for (const [key, e] of entries) if (e.failed && !e.running) void start(key, e)
    },
    async flush() {
      await Promise.all([...entries.values()].map((e) => e.running))
      queue.retry()
      await Promise.all([...entries.values()].map((e) => e.running))
    },
    drop(key) {
      const e = entries.get(key)
      if (!e) return
      e.next = null
      e.failed = false
      for (const w of e.waiters) w({ ok: true })
      e.waiters = []
      if (!e.running) entries.delete(key)
      settle()
    },
    keys: () => [...entries.keys()],
    dispose() {
      queues.delete(queue)
      settle()
    },
    failedKinds() {
      const out: WriteKind[] = []
      for (const e of entries.values()) if (e.failed && e.next !== null) out.push(...kindsOf(e.next))
      return out
    },
  }
  queues.add(queue)
  return queue
}

// ---- reading: the first result of a liveQuery ----

/**
 * Subscribes to a Dexie liveQuery and resolves once it has answered (a result or an error), so a
 * store can `await` its first load. Later results go to `onRows`; errors to `onError`.
 */
export function subscribeLive<R>(
  query: () => R | Promise<R>,
  onRows: (rows: R) => void,
  onError: (e: unknown) => void,
): { subscription: Subscription; first: Promise<void> } {
  let answered: () => void = () => undefined
  const first = new Promise<void>((resolve) => (answered = resolve))
  const subscription = liveQuery(query).subscribe({
    next: (rows) => {
      onRows(rows)
      answered()
    },
    error: (e) => {
      onError(e)
      answered()
    },
  })
  return { subscription, first }
}
