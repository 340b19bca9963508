/**
 * Storage failures in words people can act on. IndexedDB and Dexie report failures by error *name*,
 * often wrapped (Dexie's AbortError or OpenFailedError carries the browser's error in `inner`), so the
 * whole chain is searched for a name we know.
 */
import type { Bilingual } from '@/engine/types'

export type StorageErrorText = Bilingual

/** The error names in `e`, outermost first (Dexie's `inner`, standard `cause`). */
export function errorNames(e: unknown): string[] {
  const names: string[] = []
  let cur: unknown = e
  for (let depth = 0; cur && depth < 6; depth++) {
    if (typeof cur !== 'object') break
    const o = cur as { name?: unknown; inner?: unknown; cause?: unknown }
    if (typeof o.name === 'string') names.push(o.name)
    cur = o.inner ?? o.cause
  }
  return names
}

const TEXTS = {
  quota: {
    zh: '手机存储空间不足，刚才的修改没有保存。请清理存储空间后再试；之前已保存的内容不受影响。',
    en: 'Your device is out of storage, so the last change was not saved. Free some space and try again; what was saved before is unaffected.',
  },
  closed: {
    zh: '本机数据库已关闭（可能在其他标签页更新了本应用），刚才的修改没有保存。请刷新页面。',
    en: 'The local database was closed (perhaps the app was updated in another tab), so the last change was not saved. Please reload the page.',
  },
  unavailable: {
    zh: '无法使用本机存储（可能处于无痕/隐私浏览模式，或浏览器禁止了网站数据），修改不会被保存。请使用普通浏览模式打开。',
    en: 'Local storage is unavailable (private browsing, or site data is blocked in your browser), so changes cannot be saved. Open the app in a normal window.',
  },
  version: {
    zh: '本应用已在其他标签页更新到新版本。请关闭其他标签页后刷新本页面。',
    en: 'The app was updated in another tab. Close the other tabs and reload this page.',
  },
  blocked: {
    zh: '本应用的其他标签页正在使用旧版本数据库，升级被阻止。请关闭其他标签页后刷新本页面。',
    en: 'Another tab of this app is still using the old database, so the upgrade is blocked. Close the other tabs and reload this page.',
  },
  readOnly: {
    zh: '浏览器拒绝写入本机存储，刚才的修改没有保存。',
    en: 'The browser refused to write to local storage, so the last change was not saved.',
  },
} satisfies Record<string, StorageErrorText>

/** A readable, bilingual description of a storage failure. Never throws. */
export function describeStorageError(e: unknown): StorageErrorText {
  const names = errorNames(e)
  const has = (...n: string[]) => names.some((x) => n.includes(x))
  if (e instanceof StorageError) return e.text
  if (has('QuotaExceededError')) return TEXTS.quota
  if (has('VersionError', 'UpgradeError')) return TEXTS.version
  if (has('DatabaseClosedError')) return TEXTS.closed
  if (has('InvalidStateError', 'MissingAPIError', 'SecurityError', 'OpenFailedError', 'UnknownError'))
    return TEXTS.unavailable
  if (has('ReadOnlyError', 'NotAllowedError')) return TEXTS.readOnly
  const name = names[0] ?? 'Error'
  const detail = e instanceof Error && e.message ? `${name}: ${e.message}` : name
  return {
    zh: `保存失败（${detail}），刚才的修改没有保存。`,
    en: `Saving failed (${detail}), so the last change was not saved.`,
  }
}

export const STORAGE_TEXTS = TEXTS

/** A storage failure with its readable description; thrown by `guardWrite`. */
export class StorageError extends Error {
  readonly text: StorageErrorText
  override readonly cause: unknown
  constructor(cause: unknown, text: StorageErrorText = describeStorageError(cause)) {
    super(text.en)
    this.name = 'StorageError'
    this.text = text
    this.cause = cause
  }
}

/** Runs a write; any failure is rethrown as a `StorageError` with a readable text. */
export async function guardWrite<T>(write: () => PromiseLike<T> | T): Promise<T> {
  try {
    return await write()
  } catch (e) {
    throw e instanceof StorageError ? e : new StorageError(e)
  }
}

/** A profile that no longer exists (deleted in another tab) cannot be written to. */
export const MISSING_PROFILE_TEXT: StorageErrorText = {
  zh: '这份档案已不存在（可能已在其他标签页删除），修改没有保存。',
  en: 'This profile no longer exists (perhaps it was deleted in another tab), so the change was not saved.',
}
