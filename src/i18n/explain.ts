/**
 * The engine's `explain`, bound to the current language and the profile's rule pack. Kept apart from
 * `@/i18n` so the first screen does not load the rule pack and the engine's message table.
 */
import { explain } from '@/engine/explain'
import type { Message } from '@/engine/types'
import { usePack } from '@/composables/usePack'
import { currentLang } from './index'

/** Sentences under the pack of the profile on screen (`usePack()`). */
export function useExplain(): (msg: Message) => string {
  const pack = usePack()
  return (msg: Message) => explain(msg, currentLang.value, pack.value)
}
