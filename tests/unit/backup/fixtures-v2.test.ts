// @vitest-environment node
/**
 * A backup file written by the app before answers format 3 (tests/fixtures/backup/v2-backup.json:
 * backup format 2, answers format 2, exported by commit fad8fd5's own createBackup from the v1
 * fixture) passes every check and imports through today's code, its answers migrated to format 3.
 */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db'
import { applyBackup, parseBackup } from '@/backup'
import { ANSWERS_VERSION, migrateAnswers } from '@/engine/answers'
import { resetDb } from './helpers'

const TEXT = readFileSync(new URL('../../fixtures/backup/v2-backup.json', import.meta.url), 'utf8')
const RAW = JSON.parse(TEXT) as {
  version: number
  profiles: { id: string; name: string; packId: string; answers: { version: number } }[]
  checklist: unknown[]
  attachments: { id: string }[]
}

beforeEach(resetDb)

describe('a backup file written before answers format 3 (v2 fixture)', () => {
  it('is the old format: backup 2, answers 2', () => {
    expect(RAW.version).toBe(2)
    expect(RAW.profiles.map((p) => p.answers.version)).toEqual(RAW.profiles.map(() => 2))
  })

  it('passes every check, answers read as the current format', async () => {
    const read = await parseBackup(TEXT)
    expect(read.ok, read.ok ? '' : read.problems.map((p) => p.en).join('\n')).toBe(true)
    if (!read.ok) return
    expect(read.backup.profiles.map((p) => p.answers.version)).toEqual(RAW.profiles.map(() => ANSWERS_VERSION))
    expect(read.backup.profiles.map((p) => p.answers)).toEqual(RAW.profiles.map((p) => migrateAnswers(p.answers)))
    expect(read.backup.profiles.map((p) => p.packId)).toEqual(RAW.profiles.map((p) => p.packId))
  })

  it('imports (replace) with every profile, tick and file', async () => {
    const read = await parseBackup(TEXT)
    if (!read.ok) throw new Error(read.problems[0]!.en)
    await applyBackup(db, read.backup, 'replace')
    for (const p of RAW.profiles) {
      expect((await db.profiles.get(p.id))?.answers).toEqual(migrateAnswers(p.answers))
    }
    expect(await db.checklist.count()).toBe(RAW.checklist.length)
    expect((await db.attachments.toArray()).map((a) => a.id).sort()).toEqual(RAW.attachments.map((a) => a.id).sort())
  })
})
