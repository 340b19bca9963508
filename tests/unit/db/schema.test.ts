import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { AppDB, databaseProblem, db, DB_NAME, SCHEMA } from '@/db'
import { freshState } from '../stores/helpers'

beforeEach(async () => {
  await freshState()
})

describe('database schema', () => {
  it('versions are numbered 1, 2, 3… in order (only ever appended)', () => {
    expect(SCHEMA.map((v) => v.version)).toEqual(SCHEMA.map((_, i) => i + 1))
  })

  it('version 1 has the four tables with their keys and indexes', async () => {
    await db.open()
    const tables = Object.fromEntries(db.tables.map((t) => [t.name, t.schema]))
    expect(Object.keys(tables).sort()).toEqual(['attachments', 'checklist', 'profiles', 'settings'])
    expect(tables.profiles!.primKey.keyPath).toBe('id')
    expect(tables.profiles!.indexes.map((i) => i.name)).toContain('updatedAt')
    expect(tables.checklist!.primKey.keyPath).toEqual(['profileId', 'itemId'])
    expect(tables.attachments!.primKey.keyPath).toBe('id')
    expect(tables.attachments!.indexes.map((i) => i.name).sort()).toEqual(['[profileId+itemId]', 'profileId'])
    expect(tables.settings!.primKey.keyPath).toBe('key')
  })

  it('stores and reads back every record type, blobs included', async () => {
    await db.profiles.add({
      id: 'p',
      name: 'n',
      createdAt: 1,
      updatedAt: 2,
      answers: { version: 3 },
      packId: 'ningbo-2024-187',
      lastRoute: null,
      deletedAt: null,
    })
    await db.checklist.put({ profileId: 'p', itemId: 'i', done: true, note: '已准备', updatedAt: 3 })
    await db.attachments.add({
      id: 'a',
      profileId: 'p',
      itemId: 'i',
      name: 'x.pdf',
      type: 'application/pdf',
      size: 3,
      blob: new Blob(['abc']),
      createdAt: 4,
    })
    await db.settings.put({ key: 'k', value: { nested: [1, 2] } })
    const other = new AppDB()
    try {
      expect((await other.profiles.get('p'))!.name).toBe('n')
      expect((await other.checklist.get(['p', 'i']))!.note).toBe('已准备')
      expect(await other.attachments.where('[profileId+itemId]').equals(['p', 'i']).count()).toBe(1)
      expect((await other.settings.get('k'))!.value).toEqual({ nested: [1, 2] })
    } finally {
      other.close()
    }
  })

  it('opens an existing version-1 database created by an older build of the app', async () => {
    db.close({ disableAutoOpen: false })
    await Dexie.delete(DB_NAME)
    const v1 = new AppDB(DB_NAME, 1)
    await v1.profiles.add({
      id: 'old',
      name: '旧档案',
      createdAt: 1,
      updatedAt: 1,
      answers: { version: 3, track: 'engineer' },
      packId: 'ningbo-2024-187',
      lastRoute: '/p/old/q/track',
      deletedAt: null,
    })
    v1.close()
    const current = new AppDB()
    try {
      expect(await current.profiles.get('old')).toMatchObject({ name: '旧档案', answers: { track: 'engineer' } })
    } finally {
      current.close()
    }
  })

  it('when another tab upgrades the database, this tab closes it and asks for a reload', async () => {
    await db.open()
    expect(databaseProblem.value).toBeNull()
    // Another tab with a newer build opens version 2.
    const newer = new Dexie(DB_NAME)
    for (const v of SCHEMA) newer.version(v.version).stores(v.stores)
    newer.version(SCHEMA.length + 1).stores({ extra: 'id' })
    await newer.open()
    try {
      expect(databaseProblem.value?.en).toMatch(/reload/i)
      expect(db.isOpen()).toBe(false)
      // A write now fails loudly instead of silently reopening an outdated schema.
      await expect(db.settings.put({ key: 'x', value: 1 })).rejects.toMatchObject({ name: 'DatabaseClosedError' })
    } finally {
      newer.close()
      await newer.delete()
    }
  })

  it('when the database is deleted elsewhere, the next write recreates it', async () => {
    await db.open()
    await Dexie.delete(DB_NAME)
    expect(databaseProblem.value).toBeNull()
    await db.settings.put({ key: 'x', value: 1 })
    expect((await db.settings.get('x'))!.value).toBe(1)
  })
})
