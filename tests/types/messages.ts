/**
 * Compile-time checks (run by `npm run typecheck`): a message table made with `defineMessages` — the
 * locales and the summary's table (src/share/messages.ts) — must have the same keys in English as in
 * Chinese. Each `@ts-expect-error` line must fail to compile.
 */
import { defineMessages } from '../../src/i18n/define'

export const complete = defineMessages({ zh: { a: '甲', b: '乙' }, en: { a: 'A', b: 'B' } })

export const missing = defineMessages({
  zh: { a: '甲', b: '乙' },
  // @ts-expect-error — the English side lacks `b`.
  en: { a: 'A' },
})

export const extra = defineMessages({
  zh: { a: '甲' },
  // @ts-expect-error — the English side has a key the Chinese one does not.
  en: { a: 'A', c: 'C' },
})
