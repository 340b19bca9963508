import 'fake-indexeddb/auto'
import { createPinia, getActivePinia, setActivePinia, type Pinia } from 'pinia'
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'
import { AppDB, db, databaseProblem } from '@/db'
import { applyLang, DEFAULT_LANG } from '@/i18n'

/** A fresh database and a fresh Pinia for each test. */
export async function freshState(): Promise<Pinia> {
  disposeStores()
  await db.delete({ disableAutoOpen: false })
  await db.open()
  databaseProblem.value = null
  localStorage.clear()
  applyLang(DEFAULT_LANG)
  const pinia = createPinia()
  setActivePinia(pinia)
  return pinia
}

/** Stops the stores of the active Pinia (their liveQuery subscriptions). */
export function disposeStores(): void {
  const pinia = getActivePinia() as (Pinia & { _s?: Map<string, { $dispose(): void }> }) | undefined
  pinia?._s?.forEach((store) => store.$dispose())
}

/** Reads through a second, independent connection: what a reload would see. */
export async function readBack<T>(read: (other: AppDB) => Promise<T>): Promise<T> {
  const other = new AppDB()
  try {
    return await read(other)
  } finally {
    other.close()
  }
}

/** Makes every write to `table` fail with a DOMException of `name` until the returned function runs. */
export async function failWrites(table: string, name = 'QuotaExceededError'): Promise<() => Promise<void>> {
  const name_ = `fail-${table}`
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: name_,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const t = down.table(tableName)
        if (tableName !== table) return t
        return {
          ...t,
          mutate: (_req: DBCoreMutateRequest) => Promise.reject(new DOMException('simulated', name)),
        }
      },
    }),
  }
  db.close({ disableAutoOpen: false })
  db.use(middleware as Parameters<typeof db.use>[0])
  await db.open()
  return async () => {
    db.close({ disableAutoOpen: false })
    db.unuse({ stack: 'dbcore', name: name_ })
    await db.open()
  }
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms))

/** Waits until `check` passes (liveQuery emissions are asynchronous). */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 1000): Promise<void> {
  const start = Date.now()
  for (;;) {
    try {
      await check()
      return
    } catch (e) {
      if (Date.now() - start > timeoutMs) throw e
      await tick(10)
    }
  }
}
