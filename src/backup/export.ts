/**
 * Making a backup: every live (not soft-deleted) profile with its answers, its checklist records and
 * its evidence files, read in one transaction so the file is a consistent snapshot, then encoded
 * (base64, SHA-256 per file, checksum over the rest). Nothing is sent anywhere: the caller gets a
 * Blob to download or share.
 */
import { SCHEMA, type AppDB, type AttachmentRecord } from '@/db'
import { APP_VERSION } from '@/pwa/version'
import { blobBytes, bytesToBase64, sha256Hex } from './encoding'
import {
  backupChecksum,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupAttachment,
  type BackupChecklistRecord,
  type BackupFile,
  type BackupProfile,
} from './format'

/** Attachment records may carry photo facts beyond the v1 record (the checklist adds them). */
type StoredAttachment = AttachmentRecord & { width?: number; height?: number; originalSize?: number }

/** The schema version this build writes (the newest in SCHEMA). */
export const CURRENT_SCHEMA_VERSION = SCHEMA[SCHEMA.length - 1]!.version

export interface CreateBackupOptions {
  /** The moment written into the file (default: now). */
  now?: Date
  /** The app's version (default: this build's, from package.json). */
  appVersion?: string
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Reads the database and builds the backup object (not yet serialised). */
export async function createBackup(database: AppDB, options: CreateBackupOptions = {}): Promise<BackupFile> {
  const now = options.now ?? new Date()
  const appVersion = options.appVersion ?? APP_VERSION

  const { profiles, checklist, attachments } = await database.transaction(
    'r',
    [database.profiles, database.checklist, database.attachments],
    async () => {
      const live = (await database.profiles.toArray()).filter((p) => p.deletedAt === null)
      const ids = live.map((p) => p.id)
      const [records, files] = ids.length
        ? await Promise.all([
            database.checklist.where('profileId').anyOf(ids).toArray(),
            database.attachments.where('profileId').anyOf(ids).toArray() as Promise<StoredAttachment[]>,
          ])
        : [[], []]
      return { profiles: live, checklist: records, attachments: files }
    },
  )

  const outProfiles: BackupProfile[] = profiles
    .sort((a, b) => a.createdAt - b.createdAt || byId(a, b))
    .map((p) => ({
      id: p.id,
      name: p.name,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      answers: p.answers,
      packId: p.packId,
      lastRoute: p.lastRoute,
    }))

  const outChecklist: BackupChecklistRecord[] = checklist.map((c) => ({
    profileId: c.profileId,
    itemId: c.itemId,
    done: c.done,
    note: c.note,
    updatedAt: c.updatedAt,
  }))

  const outAttachments: BackupAttachment[] = []
  let attachmentBytes = 0
  for (const a of attachments.sort((x, y) => x.createdAt - y.createdAt || byId(x, y))) {
    const bytes = await blobBytes(a.blob)
    attachmentBytes += bytes.length
    const out: BackupAttachment = {
      id: a.id,
      profileId: a.profileId,
      itemId: a.itemId,
      name: a.name,
      type: a.type,
      size: bytes.length,
      sha256: await sha256Hex(bytes),
      createdAt: a.createdAt,
      data: '',
    }
    if (a.width) out.width = a.width
    if (a.height) out.height = a.height
    if (a.originalSize) out.originalSize = a.originalSize
    out.data = bytesToBase64(bytes) // last, so the long string ends the record in the file
    outAttachments.push(out)
  }

  const body: Omit<BackupFile, 'checksum'> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    app: { version: appVersion },
    db: { schemaVersion: CURRENT_SCHEMA_VERSION },
    counts: {
      profiles: outProfiles.length,
      checklist: outChecklist.length,
      attachments: outAttachments.length,
      attachmentBytes,
    },
    profiles: outProfiles,
    checklist: outChecklist,
    attachments: outAttachments,
  }
  return { ...body, checksum: await backupChecksum(body) }
}

/** The file's text: JSON, two-space indent (readable in any editor; base64 stays on one line). */
export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}

/** The file as a Blob, ready to download or share. */
export function backupBlob(file: BackupFile): Blob {
  return new Blob([serializeBackup(file)], { type: 'application/json' })
}
