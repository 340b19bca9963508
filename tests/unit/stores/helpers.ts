import 'fake-indexeddb/auto'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { db, databaseProblem } from '@/db'

/** A fresh database and a fresh Pinia for each test. */
export async function freshState(): Promise<Pinia> {
  await db.delete({ disableAutoOpen: false })
  await db.open()
  databaseProblem.value = null
  localStorage.clear()
  const pinia = createPinia()
  setActivePinia(pinia)
  return pinia
}
