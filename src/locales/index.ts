/**
 * All messages, flattened to `domain.key`. To add a domain, add one line to ./modules.ts.
 */
import type { Lang } from '@/i18n/define'
import * as modules from './modules'

type Modules = typeof modules
type Domain = keyof Modules & string

/** Every message key, e.g. `home.start`. A typo is a type error. */
export type MessageKey = {
  [D in Domain]: `${D}.${keyof Modules[D]['zh'] & string}`
}[Domain]

function flatten(side: 'zh' | 'en'): Record<MessageKey, string> {
  const out: Record<string, string> = {}
  for (const [domain, mod] of Object.entries(modules)) {
    for (const [key, text] of Object.entries(mod[side] as Record<string, string>)) {
      out[`${domain}.${key}`] = text
    }
  }
  return out as Record<MessageKey, string>
}

export const messages: Record<Lang, Record<MessageKey, string>> = {
  'zh-CN': flatten('zh'),
  'en-US': flatten('en'),
}

export { modules }
