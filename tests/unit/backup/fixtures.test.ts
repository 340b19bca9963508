// @vitest-environment node
/**
 * A backup file written by the code before profiles recorded their pack (tests/fixtures/backup/
 * v1-backup.json, frozen: see tests/fixtures/formats-v1.ts) still passes every check and imports,
 * through today's code, with every profile's answers, ticks and files.
 */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db'
import { applyBackup, parseBackup } from '@/backup'
import { migrateAnswers } from '@/engine/answers'
import { resetDb } from './helpers'

const TEXT = readFileSync(new URL('../../fixtures/backup/v1-backup.json', import.meta.url), 'utf8')
const RAW = JSON.parse(TEXT) as {
  profiles: { id: string; name: string; answers: unknown }[]
  checklist: unknown[]
  attachments: { id: string; sha256: string }[]
}

beforeEach(resetDb)

describe('a backup file written before the pack registry (v1 fixture)', () => {
  it('passes every check', async () => {
    const read = await parseBackup(TEXT)
    expect(read.ok, read.ok ? '' : read.problems.map((p) => p.en).join('\n')).toBe(true)
    if (!read.ok) return
    expect(read.backup.profiles.map((p) => p.id)).toEqual(RAW.profiles.map((p) => p.id))
    // Answers format 1 in the file, read as format 2 (the migration of src/engine/answers.ts).
    expect(read.backup.profiles.map((p) => p.answers)).toEqual(RAW.profiles.map((p) => migrateAnswers(p.answers)))
    // Format 1 predates packs: its profiles were made under the one pack there was.
    expect(read.backup.profiles.map((p) => p.packId)).toEqual(RAW.profiles.map(() => 'ningbo-2024-187'))
  })

  it('imports (replace) with every profile, tick and file', async () => {
    const read = await parseBackup(TEXT)
    if (!read.ok) throw new Error(read.problems[0]!.en)
    await applyBackup(db, read.backup, 'replace')
    const profiles = await db.profiles.toArray()
    expect(profiles.map((p) => p.name).sort()).toEqual(RAW.profiles.map((p) => p.name).sort())
    for (const p of RAW.profiles) {
      expect((await db.profiles.get(p.id))?.answers).toEqual(migrateAnswers(p.answers))
      expect((await db.profiles.get(p.id))?.packId).toBe('ningbo-2024-187')
    }
    expect(await db.checklist.count()).toBe(RAW.checklist.length)
    expect((await db.attachments.toArray()).map((a) => a.id).sort()).toEqual(RAW.attachments.map((a) => a.id).sort())
  })
})
