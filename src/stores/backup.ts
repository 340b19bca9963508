/**
 * Backup and restore as store actions (docs/backup.md). The settings section
 * (src/components/backup/BackupSection.vue) only renders this state and calls these actions.
 *
 *   exportFile('download' | 'share')   flush every pending write, build the file, hand it over
 *   checkFile(file)                    read + validate the whole file → `pending` (or `failure`)
 *   confirmImport(mode)                flush, apply in one transaction, make the imported profile current
 *   cancelImport()
 *
 * Every stage (read, check, write, activate) ends in a message: `status` (polite) or `failure`
 * (an alert with the problems). Nothing here rejects.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { db } from '@/db'
import { StorageError } from '@/db/errors'
import { readSetting, SETTING_KEYS } from '@/db/settings'
import type { Bilingual } from '@/engine/types'
import { formatTimestamp, pickLang, t } from '@/i18n'
import { formatBytes } from '@/checklist/storage'
import {
  applyBackup,
  backupBlob,
  backupFileName,
  createBackup,
  importFailure,
  MAX_PROBLEMS,
  readBackupFile,
  unexpectedProblem,
  type ImportMode,
  type ImportSummary,
  type ValidBackup,
} from '@/backup'
import { downloadBlob, shareFile } from '@/backup/save'
import type { RulePack } from '@/engine/pack'
import { useProfilesStore } from './profiles'
import { useSettingsStore } from './settings'
import { flushAll } from './writes'

export type BackupBusy = 'export' | 'share' | 'check' | 'import' | null

export interface BackupFailure {
  title: string
  problems: Bilingual[]
  more: number
}

/** Injectable hand-over (tests; the browser's download and share sheet by default). */
export interface BackupSink {
  download: (blob: Blob, name: string) => void
  share: (file: File, title: string) => Promise<'shared' | 'cancelled'>
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const reasonOf = (e: unknown) => pickLang((e instanceof StorageError ? e : new StorageError(e)).text)

/**
 * The checklist item ids of every rule pack this build knows: records and files for other ids are
 * dropped on import (they would be stored and never shown).
 */
/** The pack of an id (projections too): a backup's records are checked against each profile's own pack. */
async function packLookup(): Promise<(id: string) => RulePack<string> | undefined> {
  const { packById } = await import('@/policy/packs')
  return (id) => {
    const found = packById(id)
    return found.ok ? found.pack : undefined
  }
}

export const useBackupStore = defineStore('backup', () => {
  const profiles = useProfilesStore()
  const settings = useSettingsStore()

  const busy = ref<BackupBusy>(null)
  /** Polite progress and result announcements. */
  const status = ref('')
  /** A file that cannot be imported (or an import that failed), with its problems. */
  const failure = shallowRef<BackupFailure | null>(null)
  const lastBackupAt = ref<number | null>(null)
  /** A checked file waiting for the user's choice of merge or replace. */
  const pending = shallowRef<{ name: string; backup: ValidBackup } | null>(null)
  let sink: BackupSink = {
    download: (blob, name) => downloadBlob(blob, name),
    share: (file, title) => shareFile(file, title),
  }

  function fail(title: string, problems: Bilingual[]): void {
    status.value = ''
    failure.value = {
      title,
      problems: problems.slice(0, MAX_PROBLEMS),
      more: Math.max(0, problems.length - MAX_PROBLEMS),
    }
  }

  async function loadLastBackup(): Promise<void> {
    lastBackupAt.value = (await readSetting(SETTING_KEYS.lastBackupAt, isNumber).catch(() => undefined)) ?? null
  }

  async function exportFile(how: 'download' | 'share'): Promise<void> {
    if (busy.value) return
    busy.value = how === 'download' ? 'export' : 'share'
    failure.value = null
    status.value = t('backup.exporting')
    try {
      // Everything typed is in the file, including writes still being retried.
      await flushAll()
      const now = new Date()
      const file = await createBackup(db, { now })
      const blob = backupBlob(file)
      const name = backupFileName(now)
      const size = formatBytes(blob.size)
      if (how === 'share') {
        const result = await sink.share(new File([blob], name, { type: 'application/json' }), t('backup.title'))
        if (result === 'cancelled') {
          status.value = ''
          return
        }
        status.value = t('backup.shared', { name, size })
      } else {
        sink.download(blob, name)
        status.value = t('backup.exported', {
          name,
          size,
          profiles: file.counts.profiles,
          files: file.counts.attachments,
        })
      }
      lastBackupAt.value = now.getTime()
      // Not saved (storage full): shown for this session, kept and retried by the write queue.
      void settings.save(SETTING_KEYS.lastBackupAt, now.getTime())
    } catch (e) {
      // A share sheet that fails is not a storage problem: say what the browser said.
      const reason = how === 'share' && e instanceof Error ? `${e.name}: ${e.message}` : reasonOf(e)
      status.value = t('backup.exportFailed', { reason })
    } finally {
      busy.value = null
    }
  }

  /** Reads and checks a chosen file. True when it is valid and waits in `pending`. */
  async function checkFile(file: File): Promise<boolean> {
    if (busy.value) return false
    busy.value = 'check'
    failure.value = null
    pending.value = null
    status.value = t('backup.checking', { name: file.name })
    try {
      const read = await readBackupFile(file, { packFor: await packLookup() })
      if (!read.ok) {
        fail(t('backup.invalidTitle', { name: file.name }), read.problems)
        return false
      }
      pending.value = { name: file.name, backup: read.backup }
      status.value = ''
      return true
    } catch (e) {
      fail(t('backup.invalidTitle', { name: file.name }), [unexpectedProblem('read', e)])
      return false
    } finally {
      busy.value = null
    }
  }

  /** What the pending file holds, in words (the dialog's summary). */
  const pendingSummary = computed(() => {
    const p = pending.value
    if (!p) return ''
    const b = p.backup
    const text = t('backup.contains', {
      name: p.name,
      date: formatTimestamp(Date.parse(b.createdAt)),
      version: b.appVersion,
      profiles: b.counts.profiles,
      records: b.counts.checklist,
      files: b.counts.attachments,
      size: formatBytes(b.counts.attachmentBytes),
    })
    const d = b.dropped
    if (!d.checklist && !d.attachments) return text
    return `${text} ${t('backup.dropped', { records: d.checklist, files: d.attachments, size: formatBytes(d.attachmentBytes) })}`
  })

  async function confirmImport(mode: ImportMode): Promise<ImportSummary | null> {
    const p = pending.value
    if (!p || busy.value) return null
    busy.value = 'import'
    failure.value = null
    status.value = t('backup.importing')
    let summary: ImportSummary
    try {
      await flushAll()
      summary = await applyBackup(db, p.backup, mode)
    } catch (e) {
      fail(t('backup.importFailedTitle'), [
        e instanceof StorageError ? importFailure(e) : unexpectedProblem('write', e),
      ])
      busy.value = null
      pending.value = null
      return null
    }
    const done =
      summary.mode === 'replace'
        ? t('backup.replaced', { added: summary.added, files: summary.attachments })
        : t('backup.merged', {
            added: summary.added,
            updated: summary.updated,
            kept: summary.kept,
            records: summary.checklist,
            files: summary.attachments,
          })
    try {
      // The import wrote the setting; make the store agree at once (no waiting for the liveQuery).
      await profiles.sync()
      if (summary.activeProfileId) await profiles.select(summary.activeProfileId)
      status.value = done
    } catch (e) {
      status.value = `${done} ${t('backup.activateFailed', { reason: reasonOf(e) })}`
    } finally {
      busy.value = null
      pending.value = null
    }
    return summary
  }

  function cancelImport(): void {
    pending.value = null
    status.value = t('backup.cancelled')
  }

  /** Tests: replace the download and the share sheet. */
  function useSink(next: BackupSink): void {
    sink = next
  }

  return {
    busy,
    status,
    failure,
    lastBackupAt,
    pending,
    pendingSummary,
    loadLastBackup,
    exportFile,
    checkFile,
    confirmImport,
    cancelImport,
    useSink,
  }
})
