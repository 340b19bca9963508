/**
 * Backup tests run in the `node` environment (real Blob, crypto.subtle, structuredClone of Blobs in
 * fake-indexeddb). Sample data with photo-like bytes, and a byte-exact dump of the whole database.
 */
import 'fake-indexeddb/auto'
import { createHash, randomBytes } from 'node:crypto'
import { db, type AppDB, type ChecklistRecord, type ProfileRecord, type SettingRecord } from '@/db'
import type { RestoredAttachment } from '@/backup/validate'

export async function resetDb(): Promise<void> {
  await db.delete({ disableAutoOpen: false })
  await db.open()
}

/** Bytes that look like a JPEG (SOI marker) followed by noise: incompressible, like a photo. */
export function photoBytes(size: number, seed = 1): Uint8Array {
  const out = new Uint8Array(randomBytes(size))
  out[0] = 0xff
  out[1] = 0xd8
  out[2] = 0xff
  out[size - 1] = seed & 0xff
  return out
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

export function profile(id: string, over: Partial<ProfileRecord> = {}): ProfileRecord {
  return {
    id,
    name: `档案 ${id}`,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_100_000,
    answers: {
      version: 3,
      track: 'engineer',
      specialty: 'metrology',
      birthDate: '1990-05-01',
      education: { level: 'bachelor', year: 2012 },
      ceHours: { '2023': { professional: 70, public: 20 } },
    },
    packId: 'ningbo-2024-187',
    lastRoute: `/p/${id}/results`,
    deletedAt: null,
    ...over,
  }
}

export function record(profileId: string, itemId: string, over: Partial<ChecklistRecord> = {}): ChecklistRecord {
  return { profileId, itemId, done: true, note: `备注 ${itemId}：已盖章`, updatedAt: 1_700_000_200_000, ...over }
}

export function attachment(
  id: string,
  profileId: string,
  bytes: Uint8Array,
  over: Partial<RestoredAttachment> = {},
): RestoredAttachment {
  const type = over.type ?? 'image/jpeg'
  const out: RestoredAttachment = {
    id,
    profileId,
    itemId: 'platform.id-card',
    name: `${id}.jpg`,
    type,
    size: bytes.length,
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }),
    createdAt: 1_700_000_300_000,
    ...(type.startsWith('image/') ? { width: 1600, height: 1200, originalSize: bytes.length * 3 } : {}),
    ...over,
  }
  return out
}

/** Two profiles, four checklist records, two photos (≈ 300 KB each) and a PDF; one deleted profile. */
export async function seed(database: AppDB = db): Promise<void> {
  await database.profiles.bulkAdd([
    profile('p1', { name: '张三 · 计量' }),
    profile('p2', {
      name: 'Li Si',
      answers: { version: 3, track: 'senior', seniorBasis: 'self-score', selfScore: 72 },
      lastRoute: null,
      updatedAt: 1_700_000_500_000,
    }),
    profile('gone', { deletedAt: 1_700_000_600_000 }),
  ])
  await database.checklist.bulkAdd([
    record('p1', 'platform.id-card'),
    record('p1', 'paper.diploma', { done: false, note: '' }),
    record('p2', 'platform.id-card', { note: 'multi\nline "quoted" \u2028 note' }),
    record('gone', 'platform.id-card'),
  ])
  await database.attachments.bulkAdd([
    attachment('a1', 'p1', photoBytes(300_000, 1)),
    attachment('a2', 'p1', photoBytes(310_000, 2), { itemId: 'paper.diploma' }),
    attachment('a3', 'p2', new TextEncoder().encode('%PDF-1.7\n…\n%%EOF\n'), {
      name: '证明.pdf',
      type: 'application/pdf',
    }),
    attachment('a4', 'gone', photoBytes(1000, 4)),
  ])
  await database.settings.bulkPut([
    { key: 'lang', value: 'en-US' },
    { key: 'activeProfileId', value: 'p1' },
  ])
}

export interface Dump {
  profiles: ProfileRecord[]
  checklist: ChecklistRecord[]
  /** Records without the blob: its type, SHA-256 and length instead (the bytes: `bytesOf`). */
  attachments: (Omit<RestoredAttachment, 'blob'> & { blobType: string; sha256: string; byteLength: number })[]
  settings: SettingRecord[]
}

/** Everything in the database, in key order; each file as its type, SHA-256 and length. */
export async function dump(database: AppDB = db): Promise<Dump> {
  const [profiles, checklist, files, settings] = await Promise.all([
    database.profiles.orderBy('id').toArray(),
    database.checklist.toArray(),
    database.attachments.orderBy('id').toArray() as Promise<RestoredAttachment[]>,
    database.settings.orderBy('key').toArray(),
  ])
  const attachments = await Promise.all(
    files.map(async ({ blob, ...meta }) => {
      const bytes = new Uint8Array(await blob.arrayBuffer())
      return { ...meta, blobType: blob.type, sha256: sha256(bytes), byteLength: bytes.length }
    }),
  )
  return { profiles, checklist, attachments, settings }
}

/** Only what a backup carries: live profiles and their records and files. */
export function liveOnly(d: Dump): Omit<Dump, 'settings'> {
  const live = new Set(d.profiles.filter((p) => p.deletedAt === null).map((p) => p.id))
  return {
    profiles: d.profiles.filter((p) => live.has(p.id)),
    checklist: d.checklist.filter((c) => live.has(c.profileId)),
    attachments: d.attachments.filter((a) => live.has(a.profileId)),
  }
}

/** The stored bytes of every file, by id (Buffers: compare with `.equals`). */
export async function bytesOf(database: AppDB = db): Promise<Map<string, Buffer>> {
  const files = await database.attachments.toArray()
  return new Map(await Promise.all(files.map(async (f) => [f.id, Buffer.from(await f.blob.arrayBuffer())] as const)))
}
