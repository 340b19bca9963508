// @vitest-environment node
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db'
import {
  backupBlob,
  backupChecksum,
  backupFileName,
  BACKUP_FORMAT,
  createBackup,
  CURRENT_SCHEMA_VERSION,
  importBackupFile,
  parseBackup,
  serializeBackup,
} from '@/backup'
import { bytesToBase64, base64ToBytes, canonicalJson } from '@/backup/encoding'
import { APP_VERSION } from '@/pwa/version'
import { attachment, bytesOf, dump, liveOnly, photoBytes, profile, resetDb, seed, sha256 } from './helpers'

beforeEach(resetDb)

const NOW = new Date('2025-03-01T06:30:00.000Z')

describe('backup round trip', () => {
  it('export → wipe → import gives identical data, every file byte for byte', async () => {
    await seed()
    const before = liveOnly(await dump())
    const beforeBytes = await bytesOf()
    const blob = backupBlob(await createBackup(db, { now: NOW }))

    await resetDb()
    expect((await dump()).profiles).toEqual([])
    const result = await importBackupFile(db, blob, 'replace')
    expect(result.ok).toBe(true)

    const after = liveOnly(await dump())
    expect(after.profiles).toEqual(before.profiles)
    expect(after.checklist).toEqual(before.checklist)
    // Same records, photo facts included (width, height, size before downscaling), same blob type and SHA-256.
    expect(after.attachments).toEqual(before.attachments)
    expect(after.attachments.map((a) => a.id)).toEqual(['a1', 'a2', 'a3'])
    const afterBytes = await bytesOf()
    for (const a of after.attachments) {
      const restored = afterBytes.get(a.id)!
      expect(restored.equals(beforeBytes.get(a.id)!), `bytes of ${a.id}`).toBe(true)
      expect(sha256(restored)).toBe(a.sha256)
    }
  })

  it('a merge into an empty device gives the same data and makes the newest profile active', async () => {
    await seed()
    const before = liveOnly(await dump())
    const blob = backupBlob(await createBackup(db, { now: NOW }))
    await resetDb()
    const result = await importBackupFile(db, blob, 'merge')
    expect(result).toMatchObject({
      ok: true,
      summary: { mode: 'merge', added: 2, updated: 0, kept: 0, checklist: 3, attachments: 3, activeProfileId: 'p2' },
    })
    expect(liveOnly(await dump())).toEqual(before)
    expect((await db.settings.get('activeProfileId'))!.value).toBe('p2')
  })

  it('leaves out profiles deleted (awaiting purge) with their records and files', async () => {
    await seed()
    const file = await createBackup(db, { now: NOW })
    expect(file.profiles.map((p) => p.id)).toEqual(['p1', 'p2'])
    expect(file.checklist.every((c) => c.profileId !== 'gone')).toBe(true)
    expect(file.attachments.map((a) => a.id)).toEqual(['a1', 'a2', 'a3'])
    expect(file.profiles[0]).not.toHaveProperty('deletedAt')
  })

  it('writes the manifest: format, version, time, app and schema versions, counts, checksum', async () => {
    await seed()
    const file = await createBackup(db, { now: NOW })
    expect(file).toMatchObject({
      format: BACKUP_FORMAT,
      version: 2,
      createdAt: '2025-03-01T06:30:00.000Z',
      app: { version: APP_VERSION },
      db: { schemaVersion: CURRENT_SCHEMA_VERSION },
      counts: {
        profiles: 2,
        checklist: 3,
        attachments: 3,
        attachmentBytes: 300_000 + 310_000 + file.attachments[2]!.size,
      },
    })
    expect(file.checksum).toBe(await backupChecksum(file))
    // Each file carries its own SHA-256, and the text starts with the manifest.
    const a1 = (await db.attachments.get('a1'))!
    expect(file.attachments[0]!.sha256).toBe(sha256(new Uint8Array(await a1.blob.arrayBuffer())))
    const text = serializeBackup(file)
    expect(text.indexOf('"format"')).toBeLessThan(text.indexOf('"profiles"'))
  })

  it('the text parses back to the same backup (JSON round trip, odd characters in notes included)', async () => {
    await seed()
    const text = serializeBackup(await createBackup(db, { now: NOW }))
    const read = await parseBackup(text)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.backup.checklist.find((c) => c.profileId === 'p2')!.note).toBe('multi\nline "quoted" \u2028 note')
    expect(read.backup.createdAt).toBe('2025-03-01T06:30:00.000Z')
  })

  it('an empty device exports a valid, empty backup', async () => {
    const file = await createBackup(db, { now: NOW })
    expect(file.counts).toEqual({ profiles: 0, checklist: 0, attachments: 0, attachmentBytes: 0 })
    expect((await parseBackup(serializeBackup(file))).ok).toBe(true)
  })

  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2025, 0, 9, 23, 59))).toBe('zhicheng-backup-2025-01-09.json')
  })

  it('size: one profile with two phone photos (≈ 350 KB each after downscaling) is about 4/3 of the photos', async () => {
    const sizes = [350_000, 420_000]
    await db.profiles.add(profile('solo'))
    await db.attachments.bulkAdd(sizes.map((n, i) => attachment(`ph${i}`, 'solo', photoBytes(n, i))))
    const blob = backupBlob(await createBackup(db, { now: NOW }))
    const photos = sizes[0]! + sizes[1]!
    // base64 is 4/3; the manifest, answers and metadata add about 2 KB.
    expect(blob.size).toBeGreaterThan((photos * 4) / 3)
    expect(blob.size).toBeLessThan((photos * 4) / 3 + 4_000)
    console.info(
      `backup of 1 profile + 2 photos (${photos} B): ${blob.size} B (${(blob.size / photos).toFixed(3)}× the photos)`,
    )
  })
})

describe('encoding', () => {
  it('base64 round-trips every byte value and odd lengths; strict decoding refuses damage', () => {
    const all = new Uint8Array(256 * 3 + 1).map((_, i) => i % 256)
    for (const n of [0, 1, 2, 3, 4, 5, all.length]) {
      const bytes = all.subarray(0, n)
      const text = bytesToBase64(bytes)
      expect(text).toBe(Buffer.from(bytes).toString('base64'))
      expect(base64ToBytes(text)).toEqual(bytes)
    }
    expect(base64ToBytes('QUJD\n')).toBeNull()
    expect(base64ToBytes('QUJ')).toBeNull()
    expect(base64ToBytes('QU=D')).toBeNull()
    expect(base64ToBytes('QUJ-')).toBeNull()
  })

  it('canonical JSON ignores key order and is otherwise JSON', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] })).toBe('{"a":[{"c":"x","d":null}],"b":1}')
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
    expect(canonicalJson({ a: undefined, b: '\u2028' })).toBe(`{"b":${JSON.stringify('\u2028')}}`)
  })
})
