/** Small typed helpers over the `settings` table (key → value). */
import { db } from './index'
import { guardWrite } from './errors'

export const SETTING_KEYS = {
  lang: 'lang',
  activeProfileId: 'activeProfileId',
  /** ms since epoch of the last backup file made (src/components/backup/BackupSection.vue). */
  lastBackupAt: 'lastBackupAt',
} as const

/** Reads a setting; returns undefined when missing, unreadable, or rejected by `guard`. */
export async function readSetting<T>(key: string, guard: (v: unknown) => v is T): Promise<T | undefined> {
  const row = await db.settings.get(key)
  return row && guard(row.value) ? row.value : undefined
}

/** Writes a setting; a failure is thrown as a `StorageError`. */
export async function writeSetting(key: string, value: unknown): Promise<void> {
  await guardWrite(() => db.settings.put({ key, value }))
}
