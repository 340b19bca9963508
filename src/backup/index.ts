/**
 * Backup and restore (docs/backup.md). One JSON file, format `zhicheng-self-check-backup` v1.
 *
 *   createBackup(db) → BackupFile → backupBlob(file)           export (./export.ts)
 *   readBackupFile(file) → { ok, backup | problems }            check the whole file (./validate.ts)
 *   applyBackup(db, backup, 'merge' | 'replace') → summary      one transaction (./apply.ts)
 *   importBackupFile(db, file, mode)                            the last two together
 */
import type { AppDB } from '@/db'
import { StorageError } from '@/db/errors'
import type { Bilingual } from '@/engine/types'
import { applyBackup, type ImportMode, type ImportSummary } from './apply'
import { readBackupFile, type BackupProblem, type ValidBackup } from './validate'

export * from './format'
export { backupBlob, createBackup, serializeBackup, CURRENT_SCHEMA_VERSION, type CreateBackupOptions } from './export'
export {
  checkBackupFileSize,
  parseBackup,
  readBackupFile,
  unexpectedProblem,
  validateBackup,
  MAX_PROBLEMS,
} from './validate'
export type { BackupProblem, BackupReadResult, RestoredAttachment, ValidateOptions, ValidBackup } from './validate'
export { applyBackup, type ImportMode, type ImportSummary } from './apply'

/** Why a checked backup could not be written, in words ("nothing was changed" included). */
export function importFailure(e: unknown): Bilingual {
  const text = (e instanceof StorageError ? e : new StorageError(e)).text
  return {
    zh: `导入失败，本机数据保持原样，没有任何改动。原因：${text.zh}`,
    en: `The import failed and nothing on this device was changed. Reason: ${text.en}`,
  }
}

export type ImportResult =
  | { ok: true; backup: ValidBackup; summary: ImportSummary }
  | { ok: false; stage: 'read' | 'write'; problems: BackupProblem[] }

/** Reads, checks and applies a file. Nothing is written unless the whole file is valid. Never rejects. */
export async function importBackupFile(database: AppDB, file: Blob, mode: ImportMode): Promise<ImportResult> {
  const read = await readBackupFile(file)
  if (!read.ok) return { ok: false, stage: 'read', problems: read.problems }
  try {
    const summary = await applyBackup(database, read.backup, mode)
    return { ok: true, backup: read.backup, summary }
  } catch (e) {
    return { ok: false, stage: 'write', problems: [importFailure(e)] }
  }
}
