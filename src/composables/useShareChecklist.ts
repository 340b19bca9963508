/**
 * The checklist items ticked for a profile, read straight from the `checklist` table
 * (`[profileId+itemId]`, `done`) as a Dexie liveQuery: a tick made in another tab shows up in the
 * summary at once. Read only — the summary never writes the checklist.
 *
 *   const { done, loaded } = useShareChecklist(() => profileId.value)
 */
import { liveQuery, type Subscription } from 'dexie'
import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { db as defaultDb, type AppDB } from '@/db'

export interface ShareChecklistOptions {
  /** The database (tests pass their own). */
  db?: AppDB
}

export function useShareChecklist(
  profileId: () => string | null | undefined,
  options: ShareChecklistOptions = {},
): { done: ShallowRef<ReadonlySet<string>>; loaded: Ref<boolean> } {
  const database = options.db ?? defaultDb
  const done = shallowRef<ReadonlySet<string>>(new Set())
  const loaded = ref(false)
  let sub: Subscription | null = null

  watch(
    profileId,
    (id) => {
      sub?.unsubscribe()
      sub = null
      done.value = new Set()
      loaded.value = false
      if (!id) return
      sub = liveQuery(() => database.checklist.where('profileId').equals(id).toArray()).subscribe({
        next: (rows) => {
          done.value = new Set(rows.filter((r) => r.done).map((r) => r.itemId))
          loaded.value = true
        },
        error: () => {
          // Unreadable: the summary counts nothing as done rather than failing.
          loaded.value = true
        },
      })
    },
    { immediate: true },
  )

  onScopeDispose(() => sub?.unsubscribe())
  return { done, loaded }
}
