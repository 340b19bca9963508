// @vitest-environment node
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie'
import { db } from '@/db'
import { applyBackup, createBackup, importBackupFile, readBackupFile, backupBlob, type ValidBackup } from '@/backup'
import { attachment, bytesOf, dump, photoBytes, profile, record, resetDb } from './helpers'

beforeEach(resetDb)
afterEach(() => vi.restoreAllMocks())

/**
 * The file: A (changed after the device's copy), B (older than the device's), C (new), D (deleted
 * on the device, awaiting purge). The device also has E, which the file does not.
 */
async function scenario(): Promise<ValidBackup> {
  await db.profiles.bulkAdd([
    profile('A', { name: 'A (file)', updatedAt: 300, answers: { version: 3, track: 'senior' } }),
    profile('B', { name: 'B (file)', updatedAt: 100 }),
    profile('C', { name: 'C (file)', updatedAt: 100 }),
    profile('D', { name: 'D (file)', updatedAt: 100 }),
  ])
  await db.checklist.bulkAdd([
    record('A', 'i1', { note: 'file, newer', updatedAt: 500 }),
    record('A', 'i2', { note: 'file, older', updatedAt: 100 }),
    record('A', 'i3', { note: 'file only', updatedAt: 100 }),
    record('C', 'i1', { note: 'C file', updatedAt: 100 }),
  ])
  await db.attachments.bulkAdd([
    attachment('f-shared', 'A', photoBytes(2000, 1)),
    attachment('f-new', 'A', photoBytes(3000, 2)),
    attachment('f-C', 'C', photoBytes(1000, 3)),
  ])
  const read = await readBackupFile(backupBlob(await createBackup(db)))
  if (!read.ok) throw new Error(read.problems[0]!.en)

  // The device, as it is when the file comes back.
  await resetDb()
  await db.profiles.bulkAdd([
    profile('A', { name: 'A (device)', updatedAt: 200 }),
    profile('B', { name: 'B (device)', updatedAt: 200 }),
    profile('D', { name: 'D (device, deleted)', updatedAt: 900, deletedAt: 950 }),
    profile('E', { name: 'E (device only)', updatedAt: 200 }),
  ])
  await db.checklist.bulkAdd([
    record('A', 'i1', { note: 'device, older', updatedAt: 400 }),
    record('A', 'i2', { note: 'device, newer', updatedAt: 200 }),
    record('E', 'i1', { note: 'E device' }),
  ])
  await db.attachments.bulkAdd([
    attachment('f-shared', 'A', photoBytes(2000, 1), { name: 'device copy.jpg' }),
    attachment('f-device', 'A', photoBytes(4000, 4)),
  ])
  await db.settings.bulkPut([
    { key: 'activeProfileId', value: 'E' },
    { key: 'lang', value: 'en-US' },
  ])
  return read.backup
}

const names = async () =>
  (await db.profiles.orderBy('id').toArray()).map((p) => `${p.id}:${p.name}${p.deletedAt === null ? '' : ' †'}`)
const notes = async () => (await db.checklist.toArray()).map((c) => `${c.profileId}/${c.itemId}:${c.note}`).sort()
const files = async () => (await db.attachments.orderBy('id').toArray()).map((a) => `${a.id}:${a.name}`)

describe('merge', () => {
  it('adds new profiles, keeps the one changed last on both sides, brings back a deleted one, deletes nothing', async () => {
    const backup = await scenario()
    const summary = await applyBackup(db, backup, 'merge')
    expect(summary).toEqual({
      mode: 'merge',
      added: 2,
      updated: 1,
      kept: 1,
      removed: 0,
      checklist: 3,
      attachments: 2,
      activeProfileId: null,
    })
    expect(await names()).toEqual(['A:A (file)', 'B:B (device)', 'C:C (file)', 'D:D (file)', 'E:E (device only)'])
    expect((await db.profiles.get('A'))!.answers).toEqual({ version: 3, track: 'senior' })
  })

  it('checklist records: the one changed last wins, record by record; the device’s other records stay', async () => {
    await applyBackup(db, await scenario(), 'merge')
    expect(await notes()).toEqual([
      'A/i1:file, newer',
      'A/i2:device, newer',
      'A/i3:file only',
      'C/i1:C file',
      'E/i1:E device',
    ])
  })

  it('files: added by id; a file already on the device is kept as it is', async () => {
    await applyBackup(db, await scenario(), 'merge')
    expect(await files()).toEqual([
      'f-C:f-C.jpg',
      'f-device:f-device.jpg',
      'f-new:f-new.jpg',
      'f-shared:device copy.jpg',
    ])
  })

  it('keeps the active profile and the settings', async () => {
    await applyBackup(db, await scenario(), 'merge')
    expect(await db.settings.orderBy('key').toArray()).toEqual([
      { key: 'activeProfileId', value: 'E' },
      { key: 'lang', value: 'en-US' },
    ])
  })

  it('importing the same file twice changes nothing the second time', async () => {
    const backup = await scenario()
    await applyBackup(db, backup, 'merge')
    const once = await dump()
    const again = await applyBackup(db, backup, 'merge')
    expect(again).toMatchObject({ added: 0, updated: 0, kept: 4, checklist: 0, attachments: 0 })
    expect(await dump()).toEqual(once)
  })
})

describe('replace', () => {
  it('the device then holds exactly the file: other profiles, records and files are gone', async () => {
    const backup = await scenario()
    const summary = await applyBackup(db, backup, 'replace')
    expect(summary).toEqual({
      mode: 'replace',
      added: 4,
      updated: 0,
      kept: 0,
      removed: 3,
      checklist: 4,
      attachments: 3,
      activeProfileId: 'A',
    })
    expect(await names()).toEqual(['A:A (file)', 'B:B (file)', 'C:C (file)', 'D:D (file)'])
    expect(await notes()).toEqual(['A/i1:file, newer', 'A/i2:file, older', 'A/i3:file only', 'C/i1:C file'])
    expect(await files()).toEqual(['f-C:f-C.jpg', 'f-new:f-new.jpg', 'f-shared:f-shared.jpg'])
  })

  it('keeps the language, and makes the file’s most recently changed profile active', async () => {
    await applyBackup(db, await scenario(), 'replace')
    expect(await db.settings.orderBy('key').toArray()).toEqual([
      { key: 'activeProfileId', value: 'A' },
      { key: 'lang', value: 'en-US' },
    ])
  })
})

/** Makes adds and puts to `table` fail inside IndexedDB (below Dexie's API, like a full disk would). */
function failingPuts(table: string, name: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: `fail-${table}`,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const t = down.table(tableName)
        if (tableName !== table) return t
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) =>
            req.type === 'add' || req.type === 'put'
              ? Promise.reject(new DOMException('simulated', name))
              : t.mutate(req),
        }
      },
    }),
  }
}

describe('a failure half-way leaves the database exactly as it was', () => {
  for (const mode of ['replace', 'merge'] as const) {
    it(`${mode}: quota exceeded on the files (bulkPut throws QuotaExceededError inside the transaction)`, async () => {
      const backup = await scenario()
      const before = await dump()
      const beforeBytes = await bytesOf()
      const put = vi.spyOn(db.attachments, 'bulkPut').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      })
      await expect(applyBackup(db, backup, mode)).rejects.toMatchObject({
        name: 'StorageError',
        text: { zh: expect.stringContaining('存储空间不足') },
      })
      expect(put).toHaveBeenCalled()
      put.mockRestore()
      expect(await dump()).toEqual(before)
      const after = await bytesOf()
      for (const [id, bytes] of beforeBytes) expect(after.get(id)!.equals(bytes)).toBe(true)
    })
  }

  it('replace: quota exceeded inside IndexedDB itself, after the tables were cleared', async () => {
    const backup = await scenario()
    const before = await dump()
    db.close({ disableAutoOpen: false })
    // The tables are cleared first (deletes go through), then writing the files fails.
    db.use(failingPuts('attachments', 'QuotaExceededError') as Parameters<typeof db.use>[0])
    const file = backupBlob(await createBackupOf(backup))
    try {
      const result = await importBackupFile(db, file, 'replace')
      expect(result).toMatchObject({
        ok: false,
        stage: 'write',
        problems: [
          {
            zh: expect.stringMatching(/导入失败，本机数据保持原样.*存储空间不足/),
            en: expect.stringMatching(/nothing on this device was changed.*out of storage/),
          },
        ],
      })
    } finally {
      db.close({ disableAutoOpen: false })
      db.unuse({ stack: 'dbcore', name: 'fail-attachments' })
      await db.open()
    }
    expect(await dump()).toEqual(before)
  })

  it('replace: the transaction aborted half-way (after the profiles were written)', async () => {
    const backup = await scenario()
    const before = await dump()
    vi.spyOn(db.checklist, 'bulkPut').mockImplementation(() => {
      Dexie.currentTransaction!.abort()
      return Dexie.Promise.reject(new Dexie.AbortError('aborted by the test')) as never
    })
    await expect(applyBackup(db, backup, 'replace')).rejects.toMatchObject({ name: 'StorageError' })
    expect(await dump()).toEqual(before)
  })
})

/** The backup as a file again (to go through the whole import path). */
async function createBackupOf(backup: ValidBackup) {
  const scratch = new (await import('@/db')).AppDB('scratch-for-test')
  try {
    await scratch.profiles.bulkAdd(backup.profiles)
    await scratch.checklist.bulkAdd(backup.checklist)
    await scratch.attachments.bulkAdd(backup.attachments)
    return await createBackup(scratch)
  } finally {
    await scratch.delete()
  }
}
