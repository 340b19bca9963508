// @vitest-environment node
/**
 * Issue 10, item 4 and the "never a silent spinner" rule: routes in a backup are the app's own,
 * records and files of unknown checklist items are dropped and counted, and an exception anywhere in
 * reading or checking still ends in a message.
 */
import 'fake-indexeddb/auto'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/db'
import { backupChecksum, createBackup, parseBackup, readBackupFile, serializeBackup, validateBackup } from '@/backup'
import type { BackupFile } from '@/backup'
import { isAppRoute } from '@/router/paths'
import { resetDb, seed } from './helpers'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

let validText = ''
beforeAll(async () => {
  await resetDb()
  await seed()
  validText = serializeBackup(await createBackup(db, { now: new Date('2025-03-01T06:30:00Z') }))
})

async function signed(change: (f: Json) => void): Promise<Json> {
  const f = JSON.parse(validText) as Json
  change(f)
  f.checksum = await backupChecksum(f as BackupFile)
  return f
}

const ID = '0b8f0c1e-5d1a-4a55-9d0e-6f1c2a3b4c5d'

describe('isAppRoute: only the app’s own screens', () => {
  it.each([
    ['/', true],
    ['/profiles', true],
    ['/settings', true],
    [`/p/${ID}/q/track`, true],
    [`/p/${ID}/q/senior-basis`, true],
    [`/p/${ID}/results`, true],
    [`/p/${ID}/checklist`, true],
    [`/p/${ID}/timeline`, true],
    [`/p/${ID}/summary`, true],
    [`/p/${ID}/check`, true],
    ['', false],
    ['//evil.example/x', false],
    ['/\\evil.example', false],
    ['https://evil.example/', false],
    [`/p/${ID}/results\t`, false],
    [`/p/${ID}\t/results`, false],
    [`/p/${ID}/q/track\n`, false],
    [`/p/${ID}/q/tr\u0000ack`, false],
    [`/p/${ID}/results?x=1`, false],
    [`/p/${ID}/results#frag`, false],
    [`/p/${ID}/../../settings`, false],
    [`/p/${ID}/admin`, false],
    [`/p/${ID}/q`, false],
    [`/p/${ID}/q/track/more`, false],
    ['/p//results', false],
    ['/s', false],
    ['/settings/', false],
    ['/p/' + 'x'.repeat(101) + '/results', false],
  ])('%j → %s', (route, ok) => {
    expect(isAppRoute(route)).toBe(ok)
  })

  it('with a profile id, the route must be that profile’s', () => {
    expect(isAppRoute(`/p/${ID}/results`, ID)).toBe(true)
    expect(isAppRoute(`/p/other/results`, ID)).toBe(false)
    expect(isAppRoute('/settings', ID)).toBe(true)
  })
})

describe('backup routes', () => {
  it.each([
    ['a tab character', (id: string) => `/p/${id}/results\t`],
    ['a line break', (id: string) => `/p/${id}/q/track\n`],
    ['an unknown screen', (id: string) => `/p/${id}/admin`],
    ['a query string', (id: string) => `/p/${id}/results?next=//evil`],
  ])('a lastRoute with %s is refused with a message naming the field', async (_name, route) => {
    const f = await signed((x) => (x.profiles[0].lastRoute = route(x.profiles[0].id)))
    const r = await validateBackup(f)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems[0]!.zh).toMatch(/lastRoute 应为本应用内的路径/)
    expect(r.problems[0]!.en).toMatch(/lastRoute must be a path inside this app/)
  })

  it('a lastRoute into another profile is refused', async () => {
    const f = await signed((x) => (x.profiles[0].lastRoute = `/p/${x.profiles[1].id}/results`))
    const r = await validateBackup(f)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems.map((p) => p.en).join('\n')).toMatch(/profile 1 .*lastRoute leads to another profile/)
  })
})

describe('orphan checklist records and files', () => {
  it('records and files of items the pack does not know are dropped, counted, and never written', async () => {
    // The seed has items platform.id-card (records in p1 and p2, files a1, a3) and paper.diploma (a2).
    const r = await parseBackup(validText, { itemIds: new Set(['platform.id-card']) })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.backup.dropped).toEqual({ checklist: 1, attachments: 1, attachmentBytes: 310_000 })
    expect(r.backup.checklist.map((c) => c.itemId)).toEqual(['platform.id-card', 'platform.id-card'])
    expect(r.backup.attachments.map((a) => a.id).sort()).toEqual(['a1', 'a3'])
    // The file's own counts are still reported as the file has them.
    expect(r.backup.counts).toMatchObject({ checklist: 3, attachments: 3 })
  })

  it('without a list of items nothing is dropped (the file read as it is)', async () => {
    const r = await parseBackup(validText)
    expect(r.ok && r.backup.dropped).toEqual({ checklist: 0, attachments: 0, attachmentBytes: 0 })
  })

  it('a damaged orphan file still makes the whole file refused (damage is never silent)', async () => {
    const f = await signed((x) => {
      const a = x.attachments.find((y: Json) => y.itemId === 'paper.diploma')
      a.data = `${a.data.slice(0, -8)}AAAAAAA=`
    })
    const r = await validateBackup(f, { itemIds: new Set(['platform.id-card']) })
    expect(r.ok).toBe(false)
  })
})

describe('every failure while reading or checking ends in a message (never a rejection)', () => {
  it('the file cannot be read (Blob.text throws)', async () => {
    const blob = new Blob(['{}'])
    Object.defineProperty(blob, 'text', { value: () => Promise.reject(new DOMException('gone', 'NotFoundError')) })
    const r = await readBackupFile(blob)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.problems[0]!.en).toMatch(/could not be read \(NotFoundError\)/)
  })

  it('an exception inside the checks (here: a getter that throws, like an out-of-memory error)', async () => {
    const f = JSON.parse(validText) as Json
    Object.defineProperty(f.attachments[0], 'data', {
      enumerable: true,
      get() {
        throw new RangeError('Maximum call stack size exceeded')
      },
    })
    const r = await validateBackup(f)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems[0]!.zh).toMatch(/检查文件时出现意外错误（RangeError: Maximum call stack size exceeded）/)
    expect(r.problems[0]!.en).toMatch(/unexpected error occurred while checking the file .*nothing on this device/)
  })

  it('parseBackup turns a throw in JSON handling into a message too', async () => {
    const text = {
      replace: () => {
        throw new Error('boom')
      },
    } as unknown as string
    const r = await parseBackup(text)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.problems[0]!.en).toMatch(/unexpected error .*Error: boom/)
  })
})
