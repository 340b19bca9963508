import 'fake-indexeddb/auto'
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { ImageCodec } from '@/checklist/image'
import { buildChecklistView } from '@/checklist/model'
import { pack } from '@/policy/ningbo-2024-187'
import { useAnswersStore } from '@/stores/answers'
import { useAssessmentStore } from '@/stores/assessment'
import { useChecklistStore, type StoredAttachment } from '@/stores/checklist'
import { useProfilesStore } from '@/stores/profiles'
import { disposeStores, eventually, failWrites, freshState, readBack } from '../stores/helpers'
import { ENGINEER_ENTERPRISE, ENGINEER_PUBLIC } from './fixtures'

// Node's own Blob and File: fake-indexeddb stores them with their bytes (happy-dom's lose them in
// structuredClone), as a browser's IndexedDB does.
const file = (parts: (string | Uint8Array)[], name: string, type: string) =>
  new NodeFile(parts, name, { type }) as unknown as File

/** "Decodes" every image as 4032×3024 and "encodes" 1600×1200 JPEGs of 123 456 bytes. */
const codec: ImageCodec = {
  decode: async () => ({ width: 4032, height: 3024, source: null, close: () => {} }),
  encode: async () => new NodeBlob([new Uint8Array(123_456).fill(7)], { type: 'image/jpeg' }) as unknown as Blob,
}
const photo = (name = 'IMG_0001.jpg', size = 2_000_000) => file([new Uint8Array(size).fill(1)], name, 'image/jpeg')
const pdf = (name = 'cert.pdf') => file(['%PDF-1.4\n' + 'x'.repeat(500)], name, 'application/pdf')

async function activeProfile(): Promise<string> {
  const profiles = useProfilesStore()
  await profiles.load()
  const id = await profiles.create()
  await profiles.select(id)
  return id
}

/** A new Pinia (a reload), with the profile active again. */
async function reload(id: string) {
  disposeStores()
  setActivePinia(createPinia())
  const profiles = useProfilesStore()
  await profiles.load()
  await profiles.select(id)
  const store = useChecklistStore()
  await eventually(() => expect(store.loaded).toBe(true))
  return store
}

beforeEach(async () => {
  await freshState()
})
afterEach(() => {
  disposeStores()
})

describe('checklist store', () => {
  it('persists ticks and notes, and reads them back from a new database connection and a new store', async () => {
    const id = await activeProfile()
    const store = useChecklistStore()
    await eventually(() => expect(store.loaded).toBe(true))
    expect((await store.setDone('paper-evaluation-form', true)).ok).toBe(true)
    expect((await store.setNote('paper-evaluation-form', 'A3 已打印，待盖章')).ok).toBe(true)
    await store.setDone('unit-publicity', true)
    expect(store.records.get('paper-evaluation-form')).toMatchObject({ done: true, note: 'A3 已打印，待盖章' })

    const rows = await readBack((other) => other.checklist.where('profileId').equals(id).sortBy('itemId'))
    expect(rows.map((r) => [r.itemId, r.done, r.note])).toEqual([
      ['paper-evaluation-form', true, 'A3 已打印，待盖章'],
      ['unit-publicity', true, ''],
    ])

    const again = await reload(id)
    expect(again.records.get('paper-evaluation-form')).toMatchObject({ done: true, note: 'A3 已打印，待盖章' })
    expect(again.records.get('unit-publicity')!.done).toBe(true)
  })

  it('a note typed character by character is applied at once and stored as the last value', async () => {
    const id = await activeProfile()
    const store = useChecklistStore()
    const text = '已交人事科王老师'
    const writes = [...text].map((_, i) => store.setNote('platform-evidence', text.slice(0, i + 1)))
    // Every keystroke shows at once, before anything is written.
    expect(store.records.get('platform-evidence')!.note).toBe(text)
    const results = await Promise.all(writes)
    expect(results.every((r) => r.ok)).toBe(true)
    const row = await readBack((other) => other.checklist.get([id, 'platform-evidence']))
    expect(row!.note).toBe(text)
  })

  it('stores photos downscaled and PDFs as they are, and reads the bytes back after a reload', async () => {
    const id = await activeProfile()
    const store = useChecklistStore()
    const results = await store.addFiles('platform-evidence', [photo(), pdf()], { codec })
    expect(results.map((r) => r.ok)).toEqual([true, true])
    expect(results[0]).toMatchObject({
      ok: true,
      scaled: true,
      originalSize: 2_000_000,
      attachment: { name: 'IMG_0001.jpg', type: 'image/jpeg', size: 123_456, width: 1600, height: 1200 },
    })
    expect(store.attachments.map((a) => a.name)).toEqual(['IMG_0001.jpg', 'cert.pdf'])

    const rows = (await readBack((other) =>
      other.attachments.where('profileId').equals(id).toArray(),
    )) as StoredAttachment[]
    expect(rows.map((r) => [r.itemId, r.type, r.size, r.originalSize])).toEqual(
      expect.arrayContaining([
        ['platform-evidence', 'image/jpeg', 123_456, 2_000_000],
        ['platform-evidence', 'application/pdf', 509, 509],
      ]),
    )

    // The bytes themselves, through another connection (what a reload reads):
    const stored = (await readBack((other) =>
      other.attachments.where('profileId').equals(id).sortBy('createdAt'),
    )) as StoredAttachment[]
    const bytes = await Promise.all(stored.map(async (r) => new Uint8Array(await r.blob.arrayBuffer())))
    expect(bytes.map((b) => b.length).sort((a, b) => a - b)).toEqual([509, 123_456])
    expect(bytes.find((b) => b.length === 123_456)!.every((x) => x === 7)).toBe(true)
    expect(new TextDecoder().decode(bytes.find((b) => b.length === 509)!.slice(0, 8))).toBe('%PDF-1.4')

    const again = await reload(id)
    expect(again.attachments.map((a) => [a.name, a.size, a.width ?? null])).toEqual([
      ['IMG_0001.jpg', 123_456, 1600],
      ['cert.pdf', 509, null],
    ])
    // (The bytes were checked above through a plain read: in this test environment Dexie's live-query
    // cache copies Node's Blob, which it does not recognise as a Blob, into an empty object.)
    for (const a of again.attachments) expect(await again.getBlob(a.id)).toBeDefined()
    expect(await again.getBlob('no-such-file')).toBeUndefined()
  })

  it('a file that is not a photo or a PDF is reported and nothing is stored; the others still are', async () => {
    await activeProfile()
    const store = useChecklistStore()
    const results = await store.addFiles('platform-evidence', [file(['hi'], 'notes.txt', 'text/plain'), pdf()], {
      codec,
    })
    expect(results[0]).toEqual({ ok: false, name: 'notes.txt', code: 'not-supported' })
    expect(results[1]!.ok).toBe(true)
    expect(store.attachments).toHaveLength(1)
  })

  it('storage full: the file is reported with a readable reason, and what was stored before is untouched', async () => {
    const id = await activeProfile()
    const store = useChecklistStore()
    await store.setDone('platform-evidence', true)
    await store.addFiles('platform-evidence', [pdf('first.pdf')], { codec })
    const restore = await failWrites('attachments', 'QuotaExceededError')
    try {
      const [r] = await store.addFiles('platform-evidence', [photo('second.jpg')], { codec })
      expect(r).toMatchObject({
        ok: false,
        name: 'second.jpg',
        storage: { zh: expect.stringContaining('存储空间不足') },
      })
      // Reported next to the item, not as a page-wide error.
      expect(store.lastError).toBeNull()
    } finally {
      await restore()
    }
    const rows = await readBack((other) => other.attachments.where('profileId').equals(id).toArray())
    expect(rows.map((r) => r.name)).toEqual(['first.pdf'])
    expect((await readBack((other) => other.checklist.get([id, 'platform-evidence'])))!.done).toBe(true)
  })

  it('a failed tick stays on screen, says why, and is written by the next flush', async () => {
    const id = await activeProfile()
    const store = useChecklistStore()
    const restore = await failWrites('checklist', 'QuotaExceededError')
    const r = await store.setDone('platform-account', true)
    expect(r.ok).toBe(false)
    expect(store.records.get('platform-account')!.done).toBe(true)
    expect(store.lastError?.zh).toContain('存储空间不足')
    await restore()
    await store.flush()
    expect((await readBack((other) => other.checklist.get([id, 'platform-account'])))!.done).toBe(true)
    expect(store.lastError).toBeNull()
  })

  it('deletes one file, or everything recorded for an item', async () => {
    const id = await activeProfile()
    const store = useChecklistStore()
    await store.setDone('paper-post-info', true)
    await store.setNote('paper-post-info', 'n')
    await store.addFiles('paper-post-info', [pdf('a.pdf'), pdf('b.pdf')], { codec })
    await store.addFiles('platform-evidence', [pdf('c.pdf')], { codec })
    const a = store.attachments.find((x) => x.name === 'a.pdf')!
    expect((await store.removeAttachment(a.id)).ok).toBe(true)
    expect(store.attachments.map((x) => x.name).sort()).toEqual(['b.pdf', 'c.pdf'])
    expect((await store.discard('paper-post-info')).ok).toBe(true)
    expect(store.records.has('paper-post-info')).toBe(false)
    expect(store.attachments.map((x) => x.name)).toEqual(['c.pdf'])
    const left = await readBack(async (other) => ({
      records: await other.checklist.where('profileId').equals(id).count(),
      files: (await other.attachments.where('profileId').equals(id).toArray()).map((x) => x.name),
    }))
    expect(left).toEqual({ records: 0, files: ['c.pdf'] })
  })

  it('follows the active profile', async () => {
    const first = await activeProfile()
    const store = useChecklistStore()
    await store.setDone('platform-account', true)
    const profiles = useProfilesStore()
    const second = await profiles.create()
    await profiles.select(second)
    await eventually(() => expect(store.loaded).toBe(true))
    expect(store.records.size).toBe(0)
    await store.setNote('platform-account', 'second profile')
    await profiles.select(first)
    await eventually(() => expect(store.records.get('platform-account')?.done).toBe(true))
    expect(store.records.get('platform-account')!.note).toBe('')
  })

  it('reports what the profile uses: files plus an estimate of the records', async () => {
    await activeProfile()
    const store = useChecklistStore()
    expect(store.usage.files).toBe(0)
    await store.addFiles('platform-evidence', [photo()], { codec })
    await store.setNote('platform-evidence', '说明')
    expect(store.usage.files).toBe(123_456)
    expect(store.usage.fileCount).toBe(1)
    expect(store.usage.total).toBeGreaterThan(123_456)
  })

  it('answers change: a public-institution item keeps its tick and note aside, and gets them back', async () => {
    await activeProfile()
    const answers = useAnswersStore()
    const assessment = useAssessmentStore()
    const store = useChecklistStore()
    const view = () =>
      buildChecklistView(assessment.assessment.checklist, store.recordList, store.attachments, {
        overall: assessment.assessment.overall,
        catalogue: pack.materials,
      })
    expect((await answers.replace(ENGINEER_PUBLIC)).ok).toBe(true)
    await store.setDone('paper-post-info', true)
    await store.setNote('paper-post-info', '岗位信息表已盖章')
    await store.addFiles('paper-post-info', [pdf('post.pdf')], { codec })
    expect(
      view()
        .groups.find((g) => g.id === 'paper')!
        .items.some((i) => i.entry.id === 'paper-post-info' && i.done),
    ).toBe(true)

    await answers.set('unitType', ENGINEER_ENTERPRISE.unitType)
    expect(view().keptAside).toMatchObject([
      { itemId: 'paper-post-info', done: true, note: '岗位信息表已盖章', attachments: [{ name: 'post.pdf' }] },
    ])
    expect(view().groups.flatMap((g) => g.items.map((i) => i.entry.id))).not.toContain('paper-post-info')

    await answers.set('unitType', 'public-institution')
    const back = view()
      .groups.find((g) => g.id === 'paper')!
      .items.find((i) => i.entry.id === 'paper-post-info')!
    expect(back).toMatchObject({ done: true, note: '岗位信息表已盖章', attachments: [{ name: 'post.pdf' }] })
    expect(view().keptAside).toEqual([])
  })
})
