/**
 * All messages, flattened to `domain.key`. Eager domains (./modules.ts) are registered at start-up;
 * lazy domains (./lazy.ts) when `loadLazyMessages()` resolves. `MessageKey` covers both, so every key
 * is type-checked wherever it is used.
 */
import { shallowRef } from 'vue'
import type { Lang } from '@/i18n/define'
import * as eagerModules from './modules'
import { lazyModules, type LazyModules } from './lazy'

type Modules = typeof eagerModules & LazyModules
type Domain = keyof Modules & string

/** Every message key, e.g. `home.start`. A typo is a type error. */
export type MessageKey = {
  [D in Domain]: `${D}.${keyof Modules[D]['zh'] & string}`
}[Domain]

type Table = Record<MessageKey, string>

export const messages: Record<Lang, Table> = { 'zh-CN': {} as Table, 'en-US': {} as Table }

/** Bumped when a domain is registered, so texts rendered before it re-render after. */
export const messagesVersion = shallowRef(0)

/** The modules registered so far (eager ones from the start). */
export const modules: Partial<Modules> = {}

function register(domain: string, mod: { zh: Record<string, string>; en: Record<string, string> }): void {
  for (const side of ['zh', 'en'] as const) {
    const table = messages[side === 'zh' ? 'zh-CN' : 'en-US'] as Record<string, string>
    for (const [key, text] of Object.entries(mod[side])) table[`${domain}.${key}`] = text
  }
  ;(modules as Record<string, unknown>)[domain] = mod
  messagesVersion.value += 1
}

for (const [domain, mod] of Object.entries(eagerModules)) register(domain, mod)

let lazyLoad: Promise<void> | null = null

/** Loads and registers every lazy domain once (one small chunk, precached for offline use). */
export function loadLazyMessages(): Promise<void> {
  lazyLoad ??= Promise.all(
    Object.entries(lazyModules).map(async ([domain, load]) => register(domain, (await load()).default)),
  ).then(() => undefined)
  lazyLoad.catch(() => {
    lazyLoad = null // a failed chunk load (e.g. an update mid-session) may be retried
  })
  return lazyLoad
}

export const lazyDomains = Object.keys(lazyModules) as (keyof LazyModules)[]
