/**
 * Durable storage. Browsers may evict a site's IndexedDB under storage pressure unless the site's
 * storage is "persistent". We ask for that (`navigator.storage.persist()`) once the user has data
 * worth keeping: never on first load. Chromium decides silently (engagement, installed app); Firefox
 * asks the user; Safari decides silently too.
 *
 * Screens call `requestPersistence()` after something meaningful is saved (the results view does so
 * through src/components/pwa/PwaLayer.vue). It asks at most once per page session.
 */
import { ref, type Ref } from 'vue'

/** The parts of `navigator.storage` used here (injectable for tests). */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>
  persisted?: () => Promise<boolean>
  estimate?: () => Promise<{ usage?: number; quota?: number }>
}

export interface StorageStatus {
  /** The browser lets a site ask for persistent storage. */
  supported: boolean
  /** Persistent storage granted; null if unknown (not supported or the query failed). */
  persisted: boolean | null
  /** Bytes used by this site, and the quota available to it; null if unknown. */
  usage: number | null
  quota: number | null
}

function defaultManager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage
}

/** Whether storage is persistent; null if the browser cannot tell. Never rejects. */
export async function isPersisted(manager: StorageManagerLike | undefined = defaultManager()): Promise<boolean | null> {
  if (!manager?.persisted) return null
  try {
    return await manager.persisted()
  } catch {
    return null
  }
}

/** Persisted state, usage and quota, as far as the browser reports them. Never rejects. */
export async function readStorageStatus(
  manager: StorageManagerLike | undefined = defaultManager(),
): Promise<StorageStatus> {
  const supported = typeof manager?.persist === 'function'
  const persisted = await isPersisted(manager)
  let usage: number | null = null
  let quota: number | null = null
  if (manager?.estimate) {
    try {
      const e = await manager.estimate()
      usage = typeof e.usage === 'number' ? e.usage : null
      quota = typeof e.quota === 'number' ? e.quota : null
    } catch {
      // Unknown: shown as such.
    }
  }
  if (persisted !== null) persistedState.value = persisted
  return { supported, persisted, usage, quota }
}

/** Last known persisted state, shared with StorageStatus.vue so a grant shows without a reload. */
export const persistedState: Ref<boolean | null> = ref(null)

let pending: Promise<boolean> | null = null

/**
 * Asks the browser to keep this site's data (IndexedDB) even under storage pressure. Call it after
 * the user has saved something meaningful, e.g. when the results are shown. Resolves to whether
 * storage is persistent afterwards; never rejects. Asks at most once per page session
 * (`force` asks again, for an explicit button press).
 */
export function requestPersistence(
  options: { manager?: StorageManagerLike | undefined; force?: boolean } = {},
): Promise<boolean> {
  const manager = 'manager' in options ? options.manager : defaultManager()
  if (pending && !options.force) return pending
  pending = (async () => {
    if (!manager?.persist) return false
    if ((await isPersisted(manager)) === true) {
      persistedState.value = true
      return true
    }
    try {
      const granted = await manager.persist()
      persistedState.value = granted
      return granted
    } catch {
      return false
    }
  })()
  return pending
}

/** For tests: forget that persistence was asked for in this session. */
export function resetPersistenceRequest(): void {
  pending = null
  persistedState.value = null
}

/** Bytes as megabytes with one decimal, in the given language (`0.3`, `1,024.5`). */
export function formatMegabytes(bytes: number, lang: string): string {
  const mb = bytes / (1024 * 1024)
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mb)
}
