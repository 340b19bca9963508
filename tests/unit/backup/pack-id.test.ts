// @vitest-environment node
/** Backup format 2: every profile carries the pack it was started under (issue 11). */
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db'
import { backupChecksum, BACKUP_VERSION, createBackup, parseBackup, serializeBackup, type BackupFile } from '@/backup'
import { profile, resetDb } from './helpers'

beforeEach(resetDb)

/** A backup of two profiles under different packs, edited and re-signed. */
async function file(edit: (f: BackupFile) => void = () => {}): Promise<string> {
  await db.profiles.bulkAdd([profile('a'), profile('b', { packId: 'ningbo-2024-187', createdAt: 1_700_000_000_001 })])
  const f = structuredClone(await createBackup(db, { now: new Date('2025-03-01T06:30:00Z') }))
  edit(f)
  f.checksum = await backupChecksum(f)
  return serializeBackup(f)
}

describe('backup format 2: profiles carry packId', () => {
  it('writes version 2 with each profile’s packId, and reads it back', async () => {
    const text = await file()
    const raw = JSON.parse(text) as BackupFile
    expect(BACKUP_VERSION).toBe(2)
    expect(raw.version).toBe(2)
    expect(raw.profiles.map((p) => p.packId)).toEqual(['ningbo-2024-187', 'ningbo-2024-187'])
    const read = await parseBackup(text)
    expect(read.ok && read.backup.profiles.map((p) => p.packId)).toEqual(['ningbo-2024-187', 'ningbo-2024-187'])
  })

  it('a version 1 file (no packId) imports under ningbo-2024-187', async () => {
    const text = await file((f) => {
      ;(f as { version: number }).version = 1
      for (const p of f.profiles) delete p.packId
    })
    const read = await parseBackup(text)
    expect(read.ok, read.ok ? '' : read.problems[0]!.en).toBe(true)
    expect(read.ok && read.backup.profiles.map((p) => p.packId)).toEqual(['ningbo-2024-187', 'ningbo-2024-187'])
  })

  it('a version 2 file without a packId is refused, naming the profile', async () => {
    const read = await parseBackup(await file((f) => delete f.profiles[1]!.packId))
    expect(read.ok).toBe(false)
    expect(!read.ok && read.problems.map((p) => p.en)).toEqual(['profile 2 ("档案 b") is missing packId'])
    expect(!read.ok && read.problems[0]!.zh).toBe('第 2 个档案「档案 b」缺少 packId')
  })

  it('a profile under a pack this app does not know is refused with "update the app first"', async () => {
    const read = await parseBackup(await file((f) => (f.profiles[0]!.packId = 'ningbo-2031-9')))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.problems).toHaveLength(1)
    expect(read.problems[0]!.en).toMatch(/^profile 1 \("档案 a"\): .*“ningbo-2031-9”.*update the app first/)
    expect(read.problems[0]!.zh).toMatch(/^第 1 个档案「档案 a」：.*ningbo-2031-9.*请先更新应用/)
  })

  it('a packId that is not text is a field error', async () => {
    const read = await parseBackup(await file((f) => ((f.profiles[0] as { packId: unknown }).packId = 7)))
    expect(read.ok).toBe(false)
    expect(!read.ok && read.problems[0]!.en).toMatch(/packId/)
  })
})
