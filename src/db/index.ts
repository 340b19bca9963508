/**
 * The app's one IndexedDB database (Dexie). Everything the user enters stays here, on this device.
 *
 * THE SCHEMA LIVES IN `SCHEMA` BELOW AND NOWHERE ELSE. Versions are only ever ADDED, never edited or
 * removed: a released version is what users' phones hold. A new version gets
 *   1. a new entry in `SCHEMA` (the full store list of that version),
 *   2. an `upgrade` that rewrites old records into the new shape (even if it is a no-op, say so), and
 *   3. a test in tests/unit/db/ that creates a database at the previous version, fills it, and reads
 *      it back through the new code.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie'
import { shallowRef } from 'vue'
import type { Answers } from '@/engine/answers'
import { STORAGE_TEXTS, type StorageErrorText } from './errors'

export const DB_NAME = 'zhicheng-self-check'

export interface ProfileRecord {
  /** crypto.randomUUID() */
  id: string
  name: string
  /** ms since epoch */
  createdAt: number
  updatedAt: number
  answers: Answers
  /**
   * The rule pack (notice) the profile was started under, e.g. 'ningbo-2024-187' (src/policy). A
   * profile keeps it when a newer notice becomes the current one. Schema v2; v1 profiles upgrade to
   * `V1_PACK_ID`.
   */
  packId: string
  /** The last in-app route visited inside this profile, for "continue where you left off". */
  lastRoute: string | null
  /** Soft delete (for undo): ms since epoch, or null while the profile is live. */
  deletedAt: number | null
}

export interface ChecklistRecord {
  profileId: string
  itemId: string
  done: boolean
  note: string
  updatedAt: number
}

export interface AttachmentRecord {
  id: string
  profileId: string
  itemId: string
  name: string
  type: string
  size: number
  blob: Blob
  createdAt: number
}

export interface SettingRecord {
  key: string
  value: unknown
}

/**
 * The pack of every profile written before profiles recorded one (schema v1, backup format v1):
 * the app then knew one notice only. A fixed id, not "the current pack": a v1 database upgraded
 * after next year's notice ships must still say 2024.
 */
export const V1_PACK_ID = 'ningbo-2024-187'

interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void> | void
}

/** Every version the database has ever had, oldest first. Append only (see the header). */
export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      profiles: 'id, updatedAt',
      checklist: '[profileId+itemId], profileId',
      attachments: 'id, profileId, [profileId+itemId]',
      settings: 'key',
    },
    // First version: nothing to upgrade.
  },
  {
    version: 2,
    // Same stores and indexes; profiles gain `packId` (not indexed).
    stores: {
      profiles: 'id, updatedAt',
      checklist: '[profileId+itemId], profileId',
      attachments: 'id, profileId, [profileId+itemId]',
      settings: 'key',
    },
    // Every v1 profile (soft-deleted ones too) was started under the one pack there was.
    upgrade: (tx) =>
      tx
        .table('profiles')
        .toCollection()
        .modify((p: Partial<ProfileRecord>) => {
          if (typeof p.packId !== 'string') p.packId = V1_PACK_ID
        })
        .then(() => undefined),
  },
]

export class AppDB extends Dexie {
  profiles!: EntityTable<ProfileRecord, 'id'>
  checklist!: Table<ChecklistRecord, [string, string]>
  attachments!: EntityTable<AttachmentRecord, 'id'>
  settings!: EntityTable<SettingRecord, 'key'>

  constructor(name: string = DB_NAME, upTo: number = Infinity) {
    super(name)
    for (const v of SCHEMA) {
      if (v.version > upTo) break
      const version = this.version(v.version).stores(v.stores)
      if (v.upgrade) version.upgrade(v.upgrade)
    }
  }
}

/**
 * A problem with the database as a whole (another tab upgraded it, an upgrade is blocked). The app
 * shows it as a banner until the page is reloaded. Write failures go to the stores' `lastError`.
 */
export const databaseProblem = shallowRef<StorageErrorText | null>(null)

function watchConnection(database: AppDB): void {
  // Dexie runs versionchange subscribers last-registered first; returning false skips its default
  // (which closes and then silently reopens on the next query).
  database.on('versionchange', (event) => {
    if (!event.newVersion) return // deleted elsewhere (devtools, tests): Dexie's default closes and recreates
    // Another tab runs a newer version of the app and wants to upgrade. Close so that it can; this
    // tab's code no longer matches the data, so writes must fail loudly until the page is reloaded.
    database.close({ disableAutoOpen: true })
    databaseProblem.value = STORAGE_TEXTS.version
    return false
  })
  database.on('blocked', () => {
    databaseProblem.value = STORAGE_TEXTS.blocked
  })
}

/** The singleton. Tests reset it with `await db.delete({ disableAutoOpen: false })`. */
export const db = new AppDB()
watchConnection(db)
