/**
 * The engine's `explain`, bound to the current language and the rule pack. Kept apart from
 * `@/i18n` so the first screen does not load the rule pack and the engine's message table.
 */
import { explain } from '@/engine/explain'
import type { Message } from '@/engine/types'
import { pack } from '@/policy/ningbo-2024-187'
import { currentLang } from './index'

export function useExplain(): (msg: Message) => string {
  return (msg: Message) => explain(msg, currentLang.value, pack)
}
