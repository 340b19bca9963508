/**
 * `defineMessages` for the locale modules in src/locales/. The English object must have exactly the
 * keys of the Chinese one: a missing key is a type error, and so is an extra one (excess property
 * check on the object literal). `npm run typecheck` therefore fails on an untranslated message.
 */
import type { Lang } from '@/engine/types'

/** The app's languages. `Lang` itself is the engine's (src/engine/types.ts): one type, defined once. */
export type { Lang }
export const LANGS: readonly Lang[] = ['zh-CN', 'en-US']

export type Dict = Record<string, string>

export interface MessageModule<Z extends Dict> {
  zh: Z
  en: { [K in keyof Z]: string }
}

export function defineMessages<Z extends Dict>(messages: {
  zh: Z
  en: NoInfer<{ [K in keyof Z]: string }>
}): MessageModule<Z> {
  return messages
}
