/**
 * User settings. The language is kept in IndexedDB (the record) and mirrored in localStorage, which
 * is read synchronously at boot so the first paint is already in the right language.
 */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { type StorageErrorText, StorageError } from '@/db/errors'
import { readSetting, SETTING_KEYS, writeSetting } from '@/db/settings'
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

  /** Reads the saved settings from IndexedDB (the mirror may be missing or stale). */
  async function load(): Promise<void> {
    try {
      const saved = await readSetting(SETTING_KEYS.lang, isLang)
      if (saved) {
        if (saved !== lang.value) applyLang(saved)
        writeMirror(saved)
      } else if (readLangMirror()) {
        await writeSetting(SETTING_KEYS.lang, lang.value)
      }
    } catch (e) {
      lastError.value = (e instanceof StorageError ? e : new StorageError(e)).text
    }
  }

  /** Switches the language now (page, Vant, `<html lang>`) and remembers it. Never rejects. */
  async function setLang(next: Lang): Promise<void> {
    applyLang(next)
    writeMirror(next)
    try {
      await writeSetting(SETTING_KEYS.lang, next)
      lastError.value = null
    } catch (e) {
      lastError.value = (e instanceof StorageError ? e : new StorageError(e)).text
    }
  }

  function clearError(): void {
    lastError.value = null
  }

  return { lang, lastError, load, setLang, clearError }
})
