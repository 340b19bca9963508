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
import {
  ANSWERS_VERSION,
  emptyAnswers,
  migrateAnswers,
  validateAnswers,
  type Answers,
  type FieldError,
} from '@/engine/answers'
import type { StorageErrorText } from '@/db/errors'
import { deepEqual, deepFreeze } from '@/utils/data'
import { applyOps, withPath, type AnswerOp } from './answerOps'
import { useProfilesStore, type WriteResult } from './profiles'

export { withPath } from './answerOps'

export type { WriteResult } from './profiles'

const EMPTY: Answers = deepFreeze(emptyAnswers())

const NO_PROFILE: StorageErrorText = {
  zh: '请先新建或选择一份申报档案。',
  en: 'Create or choose an application profile first.',
}

type Obj = Record<string, unknown>

function valueAtPath(root: unknown, path: string): unknown {
  let cur = root
  for (const seg of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined
    cur = (cur as Obj)[seg]
  }
  return cur
}

function summarise(errors: FieldError[]): StorageErrorText {
  return { zh: errors.map((e) => e.zh).join('；'), en: errors.map((e) => e.en).join('; ') }
}

export const useAnswersStore = defineStore('answers', () => {
  const profiles = useProfilesStore()
  const lastError = shallowRef<StorageErrorText | null>(null)
  /** Field-level messages of the last rejected change (empty after a good one). */
  const fieldErrors = shallowRef<FieldError[]>([])

  // Stored answers of an older format are read as the current one (written back on the next change).
  const answers = computed<Answers>(() => {
    const stored = profiles.active?.answers
    if (!stored) return EMPTY
    return stored.version === ANSWERS_VERSION ? stored : deepFreeze(migrateAnswers(stored as unknown) as Answers)
  })

  function reject(error: StorageErrorText, errors: FieldError[] = []): WriteResult {
    lastError.value = error
    fieldErrors.value = errors
    return errors.length ? { ok: false, error, fieldErrors: errors } : { ok: false, error }
  }

  /**
   * Validates the whole answers after the change and writes only the changed field (`path`), so a
   * second tab's edits to other fields are kept (issue 10). When validation changed more than that
   * field (a normalisation), the whole answers are written instead.
   */
  async function commit(next: unknown, path: string): Promise<WriteResult> {
    const profile = profiles.active
    if (!profile) return reject(NO_PROFILE)
    const checked = validateAnswers(next)
    if (!checked.ok) return reject(summarise(checked.errors), checked.errors)
    fieldErrors.value = []
    if (deepEqual(checked.answers, profile.answers)) {
      lastError.value = null
      return { ok: true }
    }
    let ops: AnswerOp[] = [['', deepFreeze(checked.answers)]]
    if (path) {
      const field: AnswerOp = [path, valueAtPath(checked.answers, path)]
      if (deepEqual(applyOps(profile.answers, [field]), checked.answers)) ops = [field]
    }
    const result = await profiles.changeAnswers(profile.id, ops, { updatedAt: Date.now() })
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
    return commit(next, path)
  }

  /** Replaces all answers (an import, a reset). Validated like any other change. */
  function replace(next: Answers): Promise<WriteResult> {
    return commit(structuredClone(next), '')
  }

  /** Remembers the route the user is on inside the active profile ("continue where you left off"). */
  async function setLastRoute(route: string): Promise<WriteResult> {
    const profile = profiles.active
    if (!profile) return reject(NO_PROFILE)
    if (profile.lastRoute === route) return { ok: true }
    return profiles.patch(profile.id, { lastRoute: route })
  }

  /** Whether the active profile's answers are all stored (retries a failed write once more). */
  async function settle(): Promise<WriteResult> {
    const profile = profiles.active
    return profile ? profiles.settle(profile.id) : { ok: true }
  }

  function clearError(): void {
    lastError.value = null
    fieldErrors.value = []
  }

  return { answers, lastError, fieldErrors, set, setPath, replace, setLastRoute, settle, clearError }
})
