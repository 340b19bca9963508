// @vitest-environment node
/**
 * Orphans are judged by each profile's OWN pack (issue 10): a record for an item only another pack
 * has is dropped, not kept because some pack knows the id. Profile answers are checked against the
 * ids their pack offers. Fixture: the seeded backup with profile 2 moved to the fictional 2025
 * pack (tests/fixtures/packs/fictional-2025, which adds the material platform-fictional-pledge).
 */
import 'fake-indexeddb/auto'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/db'
import { backupChecksum, createBackup, serializeBackup, validateBackup } from '@/backup'
import type { BackupFile } from '@/backup'
import type { RulePack } from '@/engine/pack'
import { pack as ningbo2024 } from '@/policy/ningbo-2024-187'
import { pack as fictional } from '../../fixtures/packs/fictional-2025'
import { resetDb, seed } from './helpers'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const n24 = ningbo2024 as RulePack<string>
const EXTRA = 'platform-fictional-pledge'
const SHARED = 'platform-account'

let validText = ''
beforeAll(async () => {
  await resetDb()
  await seed()
  validText = serializeBackup(await createBackup(db, { now: new Date('2025-03-01T06:30:00Z') }))
})

/** p1 under 2024, p2 under the fictional pack; each has a record for the shared item and for EXTRA, and a file for EXTRA. */
async function twoPacks(edit: (f: Json) => void = () => {}): Promise<Json> {
  const f = JSON.parse(validText) as Json
  f.profiles.find((p: Json) => p.id === 'p2').packId = fictional.id
  f.checklist = [
    { profileId: 'p1', itemId: SHARED, done: true, note: '', updatedAt: 1_700_000_200_000 },
    { profileId: 'p1', itemId: EXTRA, done: true, note: '2024 无此项', updatedAt: 1_700_000_200_000 },
    { profileId: 'p2', itemId: SHARED, done: false, note: '', updatedAt: 1_700_000_200_000 },
    { profileId: 'p2', itemId: EXTRA, done: true, note: '已签', updatedAt: 1_700_000_200_000 },
  ]
  const byId = (id: string) => f.attachments.find((a: Json) => a.id === id)
  byId('a1').itemId = EXTRA // p1's file for an item only the fictional pack has
  byId('a2').itemId = SHARED
  byId('a3').itemId = EXTRA // p2's file for its own pack's item
  f.attachments = f.attachments.filter((a: Json) => a.profileId !== 'gone')
  f.counts = { ...f.counts, checklist: f.checklist.length, attachments: f.attachments.length }
  edit(f)
  f.checksum = await backupChecksum(f as BackupFile)
  return f
}

const packFor = (id: string) => ({ [n24.id]: n24, [fictional.id]: fictional })[id]

describe('backup import: each profile against its own pack', () => {
  it('a record or file for an item only another pack has is dropped; its own pack’s is kept', async () => {
    const r = await validateBackup(await twoPacks(), { packFor })
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true)
    if (!r.ok) return
    expect(r.backup.checklist.map((c) => `${c.profileId}:${c.itemId}`)).toEqual([
      `p1:${SHARED}`,
      `p2:${SHARED}`,
      `p2:${EXTRA}`,
    ])
    expect(r.backup.attachments.map((a) => `${a.id}:${a.itemId}`).sort()).toEqual([`a2:${SHARED}`, `a3:${EXTRA}`])
    expect(r.backup.dropped).toEqual({ checklist: 1, attachments: 1, attachmentBytes: 300_000 })
  })

  it('the old check (every pack’s items combined) keeps p1’s orphan: the difference is real', async () => {
    const combined = new Set([...n24.materials, ...fictional.materials].map((m) => m.id))
    const f = await twoPacks((x) => (x.profiles.find((p: Json) => p.id === 'p2').packId = n24.id))
    const old = await validateBackup(f, { itemIds: combined })
    expect(old.ok).toBe(true)
    if (old.ok) expect(old.backup.checklist.some((c) => c.profileId === 'p1' && c.itemId === EXTRA)).toBe(true)
    const own = await validateBackup(f, { packFor })
    expect(own.ok).toBe(true)
    if (own.ok) expect(own.backup.checklist.some((c) => c.itemId === EXTRA)).toBe(false)
  })

  it('answers naming a track the profile’s pack does not offer are refused, naming the profile and field', async () => {
    const { senior: _s, ...tracks } = fictional.tracks
    const noSenior: RulePack<string> = { ...fictional, tracks }
    const r = await validateBackup(await twoPacks(), { packFor: (id) => (id === fictional.id ? noSenior : n24) })
    expect(r.ok).toBe(false)
    if (r.ok) return
    const en = r.problems.map((p) => p.en).join('\n')
    expect(en).toMatch(/profile 2.*track.*has no such track/)
    expect(r.problems.map((p) => p.zh).join('\n')).toMatch(/未设此申报类别/)
  })

  it('a profile under a pack the lookup does not know is refused with the update message', async () => {
    const r = await validateBackup(await twoPacks(), { packFor: (id) => (id === n24.id ? n24 : undefined) })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.map((p) => p.en).join('\n')).toContain('fictional-2025')
  })
})
