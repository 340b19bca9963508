/**
 * The active profile's answers. Every change is validated against `AnswersSchema` and written to
 * IndexedDB at once (through the profiles store's write queue). An invalid value is not written:
 * the action resolves to `{ ok: false, error, fieldErrors }` and `lastError` says why; the answers
 * stay as they were. Actions never reject, so a template may call them without awaiting.
 *
 * `answers` is frozen: never mutate it, call `set` / `setPath` / `replace`.
 */
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { emptyAnswers, validateAnswers, type Answers, type FieldError } from '@/engine/answers'
import type { StorageErrorText } from '@/db/errors'
import { deepEqual, deepFreeze } from '@/utils/data'
import { useProfilesStore, type WriteResult } from './profiles'

export type { WriteResult } from './profiles'

const EMPTY: Answers = deepFreeze(emptyAnswers())

const NO_PROFILE: StorageErrorText = {
  zh: '请先新建或选择一份申报档案。',
  en: 'Create or choose an application profile first.',
}

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor'])

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A copy of `root` with `path` (dot-separated) set to `value`, creating intermediate objects;
 * `undefined` deletes the leaf, and objects left empty by a deletion are removed too.
 */
export function withPath(root: Obj, path: string, value: unknown): Obj {
  const segs = path.split('.')
  if (!path || segs.some((s) => s === '' || FORBIDDEN_SEGMENTS.has(s))) {
    throw new RangeError(`invalid answers path: "${path}"`)
  }
  const out = structuredClone(root)
  const chain: Obj[] = [out]
  let cur = out
  for (const seg of segs.slice(0, -1)) {
    const child = cur[seg]
    if (!isObj(child)) {
      if (value === undefined) return out // nothing to delete
      cur[seg] = {}
    }
    cur = cur[seg] as Obj
    chain.push(cur)
  }
  const leaf = segs[segs.length - 1]!
  if (value === undefined) {
    delete cur[leaf]
    // Prune objects emptied by the deletion, innermost first (never the root).
    for (let i = chain.length - 1; i > 0; i--) {
      if (Object.keys(chain[i]!).length) break
      delete chain[i - 1]![segs[i - 1]!]
    }
  } else {
    cur[leaf] = structuredClone(value)
  }
  return out
}

function summarise(errors: FieldError[]): StorageErrorText {
  return { zh: errors.map((e) => e.zh).join('；'), en: errors.map((e) => e.en).join('; ') }
}

export const useAnswersStore = defineStore('answers', () => {
  const profiles = useProfilesStore()
  const lastError = shallowRef<StorageErrorText | null>(null)
  /** Field-level messages of the last rejected change (empty after a good one). */
  const fieldErrors = shallowRef<FieldError[]>([])

  const answers = computed<Answers>(() => profiles.active?.answers ?? EMPTY)

  function reject(error: StorageErrorText, errors: FieldError[] = []): WriteResult {
    lastError.value = error
    fieldErrors.value = errors
    return errors.length ? { ok: false, error, fieldErrors: errors } : { ok: false, error }
  }

  async function commit(next: unknown): Promise<WriteResult> {
    const profile = profiles.active
    if (!profile) return reject(NO_PROFILE)
    const checked = validateAnswers(next)
    if (!checked.ok) return reject(summarise(checked.errors), checked.errors)
    fieldErrors.value = []
    if (deepEqual(checked.answers, profile.answers)) {
      lastError.value = null
      return { ok: true }
    }
    const result = await profiles.patch(profile.id, { answers: deepFreeze(checked.answers), updatedAt: Date.now() })
    lastError.value = result.ok ? null : result.error
    return result
  }

  /** Sets one top-level answer; `undefined` deletes it. */
  function set<K extends keyof Answers>(key: K, value: Answers[K] | undefined): Promise<WriteResult> {
    return setPath(key, value)
  }

  /** Sets a nested answer such as `ceHours.2023.professional`; `undefined` deletes it. */
  function setPath(path: string, value: unknown): Promise<WriteResult> {
    let next: Obj
    try {
      next = withPath(answers.value as Obj, path, value)
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e)
      return Promise.resolve(
        reject({ zh: `无效的字段：${path}`, en: msg }, [
          { path, zh: `${path}: 不是已知字段`, en: `${path}: is not a known field` },
        ]),
      )
    }
    return commit(next)
  }

  /** Replaces all answers (an import, a reset). Validated like any other change. */
  function replace(next: Answers): Promise<WriteResult> {
    return commit(structuredClone(next))
  }

  /** Remembers the route the user is on inside the active profile ("continue where you left off"). */
  async function setLastRoute(route: string): Promise<WriteResult> {
    const profile = profiles.active
    if (!profile) return reject(NO_PROFILE)
    if (profile.lastRoute === route) return { ok: true }
    return profiles.patch(profile.id, { lastRoute: route })
  }

  function clearError(): void {
    lastError.value = null
    fieldErrors.value = []
  }

  return { answers, lastError, fieldErrors, set, setPath, replace, setLastRoute, clearError }
})
