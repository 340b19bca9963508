/**
 * User settings. The language is kept in IndexedDB (the record) and mirrored in localStorage, which
 * is read synchronously at boot so the first paint is already in the right language.
 */
import { defineStore } from 'pinia'
import { onScopeDispose, shallowRef } from 'vue'
import { guardWrite, type StorageErrorText, StorageError } from '@/db/errors'
import { db } from '@/db'
import { readSetting, SETTING_KEYS } from '@/db/settings'
import { createWriteQueue, type WriteResult } from './writes'
import { applyLang, currentLang, DEFAULT_LANG, isLang, LANG_STORAGE_KEY, readLangMirror, type Lang } from '@/i18n'

function writeMirror(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang)
  } catch {
    // Storage blocked: IndexedDB still has it (or the default applies next time).
  }
}

export const useSettingsStore = defineStore('settings', () => {
  const lang = currentLang
  const lastError = shallowRef<StorageErrorText | null>(null)
  applyLang(readLangMirror() ?? DEFAULT_LANG)

  // Settings are written through the shared queue (./writes.ts): one key per setting, last value wins,
  // a failed write is kept and retried like any other.
  const queue = createWriteQueue<{ value: unknown }>({
    kind: 'setting',
    merge: (_older, newer) => newer,
    write: (key, { value }) => guardWrite(() => db.settings.put({ key, value })).then(() => undefined),
  })
  onScopeDispose(() => queue.dispose())

  /** Saves a setting (kept and retried if storage refuses it). Never rejects. */
  function save(key: string, value: unknown): Promise<WriteResult> {
    return queue.push(key, { value }).then((r) => {
      lastError.value = r.ok ? null : r.error
      return r
    })
  }

  /** Reads the saved settings from IndexedDB (the mirror may be missing or stale). */
  async function load(): Promise<void> {
    try {
      const saved = await readSetting(SETTING_KEYS.lang, isLang)
      if (saved) {
        if (saved !== lang.value) applyLang(saved)
        writeMirror(saved)
      } else if (readLangMirror()) {
        await save(SETTING_KEYS.lang, lang.value)
      }
    } catch (e) {
      lastError.value = (e instanceof StorageError ? e : new StorageError(e)).text
    }
  }

  /** Switches the language now (page, Vant, `<html lang>`) and remembers it. Never rejects. */
  async function setLang(next: Lang): Promise<void> {
    applyLang(next)
    writeMirror(next)
    await save(SETTING_KEYS.lang, next)
  }

  /** Waits for setting writes and retries failed ones. */
  function flush(): Promise<void> {
    return queue.flush()
  }

  function clearError(): void {
    lastError.value = null
  }

  return { lang, lastError, load, setLang, save, flush, clearError }
})
