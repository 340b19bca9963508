// @vitest-environment node
/**
 * Every schema version that was ever released has a fixture (tests/fixtures/db/v<n>.json): a real
 * database of that version is built from it and opened by TODAY's AppDB, which must upgrade it and
 * read every record as `expected` says. Adding version N to SCHEMA means adding one row here (the
 * fixture of version N, written by the build that introduces it) and updating `expected` of the
 * older rows if the upgrade reshapes their records.
 */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { AppDB, SCHEMA, V1_PACK_ID } from '@/db'
import { validateAnswers } from '@/engine/answers'
import { createBackup, parseBackup, serializeBackup } from '@/backup'
import { buildFixtureDatabase, describeRows, loadFixture, type DbFixture, type Row } from '../../fixtures/db/build'

interface FixtureRow {
  version: number
  file: string
  /** What the current code reads from that database, table by table (the fixture's rows, upgraded). */
  expected: (fixture: DbFixture) => Record<string, Row[]>
}

/** v1 → v2: every profile (soft-deleted ones too) gains the pack v1 knew, nothing else changes. */
const withV1Pack = (f: DbFixture): Record<string, Row[]> => ({
  ...f.tables,
  profiles: f.tables.profiles!.map((p) => ({ ...p, packId: V1_PACK_ID })),
})

const FIXTURES: FixtureRow[] = [
  { version: 1, file: 'v1.json', expected: withV1Pack },
  // Version 2 is the current shape: read back as written.
  { version: 2, file: 'v2.json', expected: (f) => f.tables },
]

const CURRENT = SCHEMA[SCHEMA.length - 1]!.version
let names: string[] = []
afterEach(async () => {
  for (const n of names) await Dexie.delete(n)
  names = []
})

/** Rows in primary-key order (compound keys included), for comparison. */
function byKey(rows: Row[], keyPath: string | string[] | null): Row[] {
  const key = (r: Row) => JSON.stringify(Array.isArray(keyPath) ? keyPath.map((k) => r[k]) : r[keyPath ?? ''])
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

async function openFixture(row: FixtureRow): Promise<{ fixture: DbFixture; current: AppDB }> {
  const fixture = loadFixture(row.file)
  const name = `upgrade-fixture-v${row.version}`
  names.push(name)
  await buildFixtureDatabase(name, fixture)
  const current = new AppDB(name)
  await current.open()
  return { fixture, current }
}

describe('schema fixtures', () => {
  it('there is one fixture for every schema version in SCHEMA', () => {
    expect(
      FIXTURES.map((f) => f.version),
      'SCHEMA has a version without a fixture: add tests/fixtures/db/v<n>.json (the content of a database written by that build) and a row to FIXTURES',
    ).toEqual(SCHEMA.map((v) => v.version))
  })

  it.each(FIXTURES.map((f) => [f.version, f] as const))(
    'each fixture declares its version and the stores that version had (v%i)',
    (version, row) => {
      const fixture = loadFixture(row.file)
      expect(fixture.schemaVersion).toBe(version)
      expect(fixture.stores).toEqual(SCHEMA.find((v) => v.version === version)!.stores)
    },
  )
})

describe('the v1 → v2 upgrade (profiles record their pack)', () => {
  it('gives every v1 profile, deleted ones included, the 2024 pack, and keeps a packId already there', async () => {
    const fixture = loadFixture('v1.json')
    expect(fixture.tables.profiles!.length).toBeGreaterThan(3)
    expect(fixture.tables.profiles!.every((p) => !('packId' in p))).toBe(true)
    expect(fixture.tables.profiles!.some((p) => p.deletedAt !== null)).toBe(true)
    const name = 'upgrade-v1-pack'
    names.push(name)
    const rows = fixture.tables.profiles!.map((p, i) => (i === 1 ? { ...p, packId: 'some-later-pack' } : p))
    await buildFixtureDatabase(name, { ...fixture, tables: { ...fixture.tables, profiles: rows } })
    const current = new AppDB(name)
    try {
      const read = await current.profiles.toArray()
      expect(V1_PACK_ID).toBe('ningbo-2024-187')
      expect(Object.fromEntries(read.map((p) => [p.id, p.packId]))).toEqual(
        Object.fromEntries(rows.map((p, i) => [p.id, i === 1 ? 'some-later-pack' : 'ningbo-2024-187'])),
      )
    } finally {
      current.close()
    }
  })
})

describe.each(FIXTURES)('a database of schema version $version ($file)', (row) => {
  it('opens with the current code, upgraded to the newest version, with the current tables', async () => {
    const { current } = await openFixture(row)
    try {
      expect(current.verno).toBe(CURRENT)
      expect(current.tables.map((t) => t.name).sort()).toEqual(
        Object.keys(SCHEMA[SCHEMA.length - 1]!.stores)
          .filter((k) => SCHEMA[SCHEMA.length - 1]!.stores[k] !== null)
          .sort(),
      )
    } finally {
      current.close()
    }
  })

  it('reads every record as expected, blobs byte for byte', async () => {
    const { fixture, current } = await openFixture(row)
    try {
      const expected = row.expected(fixture)
      for (const table of current.tables) {
        const read = byKey(
          await describeRows((await table.toArray()) as Row[]),
          table.schema.primKey.keyPath as string | string[],
        )
        expect(read, `table ${table.name}`).toEqual(
          byKey(expected[table.name] ?? [], table.schema.primKey.keyPath as string | string[]),
        )
      }
      // The indexes work on the upgraded data.
      const [p1] = expected.profiles!
      expect(
        await current.checklist
          .where('profileId')
          .equals(p1!.id as string)
          .count(),
      ).toBe(expected.checklist!.filter((c) => c.profileId === p1!.id).length)
      expect(
        await current.attachments
          .where('[profileId+itemId]')
          .equals([p1!.id as string, 'platform.id-card'])
          .count(),
      ).toBe(expected.attachments!.filter((a) => a.profileId === p1!.id && a.itemId === 'platform.id-card').length)
    } finally {
      current.close()
    }
  })

  it('its profiles have valid answers, and it exports to a backup that passes every check', async () => {
    const { current } = await openFixture(row)
    try {
      for (const p of await current.profiles.toArray()) expect(validateAnswers(p.answers).ok, p.name).toBe(true)
      const file = await createBackup(current)
      const live = row.expected(loadFixture(row.file)).profiles!.filter((p) => p.deletedAt === null)
      expect(file.profiles.map((p) => p.id).sort()).toEqual(live.map((p) => p.id as string).sort())
      const read = await parseBackup(serializeBackup(file))
      expect(read.ok, read.ok ? '' : read.problems.map((p) => p.en).join('\n')).toBe(true)
    } finally {
      current.close()
    }
  })
})
