/**
 * The backup file, format version 2 (documented in docs/backup.md). One JSON file holds every live
 * profile with its answers, checklist ticks and notes, and evidence files (base64), plus a manifest
 * that says which app made it and a checksum. A backup is untrusted input when it comes back: it is
 * decoded and validated as a whole (./validate.ts) before anything is written (./apply.ts).
 *
 * Versions are only ever added. A later app that changes the format writes the next version and
 * keeps reading the older ones; this app refuses a version it does not know ("update the app first").
 */
import type { Answers } from '@/engine/answers'
import { canonicalJson, sha256Hex } from './encoding'

export const BACKUP_FORMAT = 'zhicheng-self-check-backup'
/** Version 2 (issue 11): each profile carries its `packId`. Version 1 files have none. */
export const BACKUP_VERSION = 2
/** Versions this app reads (older files keep importing: their profiles get `V1_PACK_ID`). */
export const BACKUP_READABLE_VERSIONS: readonly number[] = [1, 2]

/** Limits checked before and while reading a file (a phone must not run out of memory). */
export const BACKUP_LIMITS = {
  /** The whole file, checked on `File.size` before a byte is read. */
  fileBytes: 200 * 1024 * 1024,
  profiles: 500,
  checklist: 50_000,
  attachments: 5_000,
  /** One evidence file (the app stores photos downscaled and PDFs up to 10 MB). */
  attachmentBytes: 25 * 1024 * 1024,
  idLength: 100,
  nameLength: 200,
  noteLength: 20_000,
  routeLength: 500,
  /** Nesting depth of the JSON (answers are 3 levels deep; the file 5). */
  depth: 32,
} as const

/**
 * Evidence file types a backup may carry: what the app itself stores (photos and PDFs). Anything
 * else (an HTML page, an SVG with scripts) could run in the app's origin when opened, so it is refused.
 */
export const ATTACHMENT_TYPES = /^(?:image\/(?:jpeg|png|webp|gif|bmp|heic|heif|avif)|application\/pdf)$/

export interface BackupProfile {
  id: string
  name: string
  /** ms since epoch */
  createdAt: number
  updatedAt: number
  answers: Answers
  /** The rule pack the profile was started under (format 2; absent in format 1 files). */
  packId?: string
  lastRoute: string | null
}

export interface BackupChecklistRecord {
  profileId: string
  itemId: string
  done: boolean
  note: string
  updatedAt: number
}

export interface BackupAttachment {
  id: string
  profileId: string
  itemId: string
  name: string
  type: string
  /** Bytes of the file (of `data` once decoded). */
  size: number
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: string
  createdAt: number
  /** Photos: pixel size and the size of the file as picked, before downscaling (optional). */
  width?: number
  height?: number
  originalSize?: number
  /** The file's bytes, base64 (RFC 4648, with padding). */
  data: string
}

export interface BackupCounts {
  profiles: number
  checklist: number
  attachments: number
  /** Sum of the attachments' sizes. */
  attachmentBytes: number
}

/** The file as written. Key order here is the order in the file (manifest first, data last). */
export interface BackupFile {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  /** ISO 8601 moment the file was made. */
  createdAt: string
  app: { version: string }
  db: { schemaVersion: number }
  counts: BackupCounts
  profiles: BackupProfile[]
  checklist: BackupChecklistRecord[]
  attachments: BackupAttachment[]
  /**
   * SHA-256 (hex) of the canonical JSON (sorted keys, no spaces) of the file without `checksum` and
   * without the attachments' `data` (each file's bytes are covered by its own `sha256`).
   */
  checksum: string
}

/** `zhicheng-backup-2025-03-01.json`, from the local date. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `zhicheng-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`
}

/** The checksum of a file: SHA-256 of its canonical JSON without `checksum` and attachment `data`. */
export function backupChecksum(file: Omit<BackupFile, 'checksum'> | BackupFile): Promise<string> {
  const { checksum: _ignored, ...rest } = file as BackupFile
  const body = { ...rest, attachments: rest.attachments.map(({ data: _data, ...meta }) => meta) }
  return sha256Hex(canonicalJson(body))
}
