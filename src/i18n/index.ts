/**
 * A tiny typed i18n (no vue-i18n). Messages live in src/locales/<domain>.ts; keys are `domain.key`.
 *
 *   const { t, lang } = useI18n()
 *   t('profiles.deleted', { name })      // '已删除“{name}”。' with {name} filled in
 *   pickLang(pack.title)                  // a pack's { zh, en } text in the current language
 *   const explain = useExplain(); explain(message)   // from '@/i18n/explain': an engine Message as a sentence
 *
 * The current language is one module-level ref, so `t` and `pickLang` are reactive in templates and
 * also work outside components. The settings store owns changing and persisting it.
 */
import { ref, type Ref } from 'vue'
import { Locale } from 'vant'
import enUS from 'vant/es/locale/lang/en-US'
import zhCN from 'vant/es/locale/lang/zh-CN'
import { formatDate } from '@/engine/format'
import type { Bilingual } from '@/engine/types'
import { messages, messagesVersion, type MessageKey } from '@/locales'
import { LANGS, type Lang } from './define'

export { defineMessages, LANGS, type Lang } from './define'
export type { MessageKey } from '@/locales'

export const DEFAULT_LANG: Lang = 'zh-CN'
/** localStorage mirror of the language, read synchronously at boot so the first paint is right. */
export const LANG_STORAGE_KEY = 'zhicheng-self-check.lang'

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x)
}

export function readLangMirror(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): Lang | null {
  try {
    const v = storage?.getItem(LANG_STORAGE_KEY)
    return isLang(v) ? v : null
  } catch {
    return null
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined // e.g. blocked by the browser's cookie settings
  }
}

/** The current language. Change it through the settings store (`setLang`), which persists it. */
export const currentLang: Ref<Lang> = ref(readLangMirror() ?? DEFAULT_LANG)

/** Applies a language to the page: the ref, `<html lang>`, and Vant's own texts. Does not persist. */
export function applyLang(lang: Lang): void {
  currentLang.value = lang
  if (lang === 'en-US') Locale.use('en-US', enUS)
  else Locale.use('zh-CN', zhCN)
  if (typeof document !== 'undefined') document.documentElement.lang = lang
}

export type Params = Record<string, string | number>

function interpolate(text: string, params?: Params): string {
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** Translate in the current language (reactive when read in a template or computed). */
export function t(key: MessageKey, params?: Params): string {
  void messagesVersion.value // re-render once a lazily loaded domain arrives
  const text = messages[currentLang.value][key] ?? messages[DEFAULT_LANG][key] ?? key
  return interpolate(text, params)
}

/** Translate in a given language (for tests, or text that must be in one language). */
export function tIn(lang: Lang, key: MessageKey, params?: Params): string {
  return interpolate(messages[lang][key] ?? key, params)
}

/** A `{ zh, en }` text (rule pack, engine labels) in the current language. */
export function pickLang(b: Bilingual): string {
  return currentLang.value === 'zh-CN' ? b.zh : b.en
}

/** A calendar date (`YYYY-MM-DD`) for people, in the current language: 2024年8月9日 / 9 Aug 2024. */
export function formatIsoDate(iso: string): string {
  return formatDate(iso, currentLang.value)
}

/**
 * A moment (ms since epoch) as a local date and time in the current language, written like the
 * calendar dates (`formatIsoDate`): 2026年12月2日 14:51 / 2 Dec 2026, 14:51 (day before month in
 * English everywhere, 24-hour clock).
 */
export function formatTimestamp(ms: number, lang: Lang = currentLang.value): string {
  return new Intl.DateTimeFormat(lang === 'en-US' ? 'en-GB' : lang, {
    year: 'numeric',
    month: lang === 'en-US' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms)
}

export function useI18n(): { t: typeof t; lang: Ref<Lang> } {
  return { t, lang: currentLang }
}

export { loadLazyMessages } from '@/locales'
