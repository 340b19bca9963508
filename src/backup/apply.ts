/**
 * Writing a validated backup into the database, in ONE read-write transaction over every table: if
 * anything fails (the disk fills up half-way, the browser aborts), IndexedDB rolls the whole import
 * back and the database is exactly as it was.
 *
 * Two modes (docs/backup.md):
 *  - replace: the device's profiles, checklist records and files are all deleted and the file's are
 *    written. Settings (language, last backup date) stay; the active profile becomes the file's most
 *    recently changed one.
 *  - merge: nothing on the device is deleted.
 *      profiles    new ids are added; for an id on both sides the one changed last (`updatedAt`)
 *                  wins, a tie keeps the device's; a profile deleted on the device (awaiting purge)
 *                  counts as absent, so the file brings it back;
 *      checklist   per record ([profileId+itemId]), the one changed last wins, a tie keeps the device's;
 *      files       added by id; a file already on the device is kept (files never change once added).
 */
import type { AppDB, ChecklistRecord, ProfileRecord } from '@/db'
import { guardWrite } from '@/db/errors'
import { SETTING_KEYS } from '@/db/settings'
import type { RestoredAttachment, ValidBackup } from './validate'

export type ImportMode = 'merge' | 'replace'

export interface ImportSummary {
  mode: ImportMode
  /** Profiles that were not on the device. */
  added: number
  /** Profiles replaced by the file's newer version (merge). */
  updated: number
  /** Profiles on both sides where the device's was as new or newer, so it was kept (merge). */
  kept: number
  /** Live profiles deleted from the device (replace). */
  removed: number
  /** Checklist records and files written. */
  checklist: number
  attachments: number
  /** The active profile after the import (null: unchanged in a merge, or no profile). */
  activeProfileId: string | null
}

const newest = (profiles: readonly ProfileRecord[]) =>
  [...profiles].sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt)[0]?.id ?? null

/**
 * Applies the backup. Rejects with a `StorageError` (readable `{ zh, en }`) when the transaction
 * fails; the database is then unchanged.
 */
export function applyBackup(database: AppDB, backup: ValidBackup, mode: ImportMode): Promise<ImportSummary> {
  const tables = [database.profiles, database.checklist, database.attachments, database.settings]
  return guardWrite(() =>
    database.transaction('rw', tables, async (): Promise<ImportSummary> => {
      const summary: ImportSummary = {
        mode,
        added: 0,
        updated: 0,
        kept: 0,
        removed: 0,
        checklist: 0,
        attachments: 0,
        activeProfileId: null,
      }

      if (mode === 'replace') {
        summary.removed = await database.profiles.filter((p) => p.deletedAt === null).count()
        await Promise.all([database.profiles.clear(), database.checklist.clear(), database.attachments.clear()])
        await database.profiles.bulkPut(backup.profiles)
        await database.checklist.bulkPut(backup.checklist)
        await database.attachments.bulkPut(backup.attachments)
        summary.added = backup.profiles.length
        summary.checklist = backup.checklist.length
        summary.attachments = backup.attachments.length
        summary.activeProfileId = newest(backup.profiles)
        await database.settings.put({ key: SETTING_KEYS.activeProfileId, value: summary.activeProfileId })
        return summary
      }

      // merge
      const hadLive = (await database.profiles.filter((p) => p.deletedAt === null).count()) > 0
      const existing = await database.profiles.bulkGet(backup.profiles.map((p) => p.id))
      const profiles: ProfileRecord[] = []
      backup.profiles.forEach((p, i) => {
        const mine = existing[i]
        if (!mine || mine.deletedAt !== null) {
          summary.added++
          profiles.push(p)
        } else if (p.updatedAt > mine.updatedAt) {
          summary.updated++
          profiles.push(p)
        } else {
          summary.kept++
        }
      })

      const mineRecords = await database.checklist.bulkGet(
        backup.checklist.map((c) => [c.profileId, c.itemId] as [string, string]),
      )
      const records: ChecklistRecord[] = backup.checklist.filter((c, i) => {
        const mine = mineRecords[i]
        return !mine || c.updatedAt > mine.updatedAt
      })

      const mineFiles = await database.attachments.bulkGet(backup.attachments.map((a) => a.id))
      const files: RestoredAttachment[] = backup.attachments.filter((_a, i) => !mineFiles[i])

      await database.profiles.bulkPut(profiles)
      await database.checklist.bulkPut(records)
      await database.attachments.bulkPut(files)
      summary.checklist = records.length
      summary.attachments = files.length
      if (!hadLive && backup.profiles.length) {
        summary.activeProfileId = newest(backup.profiles)
        await database.settings.put({ key: SETTING_KEYS.activeProfileId, value: summary.activeProfileId })
      }
      return summary
    }),
  )
}
