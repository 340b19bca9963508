import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StorageError } from '@/db/errors'
import { applyOps, mergeOps, type AnswerOp } from '@/stores/answerOps'
import { useAnswersStore } from '@/stores/answers'
import { useChecklistStore } from '@/stores/checklist'
import { useProfilesStore } from '@/stores/profiles'
import { useSettingsStore } from '@/stores/settings'
import {
  createWriteQueue,
  flushAll,
  guardUnload,
  lastWriteError,
  resetWriteQueues,
  unsaved,
  unsavedCount,
} from '@/stores/writes'
import { AppDB } from '@/db'
import { disposeStores, eventually, failWrites, freshState, readBack } from './helpers'

const quota = () => new StorageError(new DOMException('simulated', 'QuotaExceededError'))

describe('leaving the page while a write is unsaved (issue 10, item 8)', () => {
  beforeEach(() => resetWriteQueues())
  afterEach(() => resetWriteQueues())

  /** A beforeunload event as the browser sends it; true when the page asked to stay. */
  function unload(target: EventTarget): boolean {
    const e = new Event('beforeunload', { cancelable: true })
    Object.defineProperty(e, 'returnValue', { value: true, writable: true })
    target.dispatchEvent(e)
    return e.defaultPrevented && (e as unknown as { returnValue: unknown }).returnValue === ''
  }

  it('asks while a failed write waits, and no longer once it is saved', async () => {
    const target = new EventTarget() as unknown as Window
    const stop = guardUnload(target)
    let full = true
    const q = createWriteQueue<Record<string, number>>({
      kind: 'checklist',
      merge: (a, b) => ({ ...a, ...b }),
      write: async () => {
        if (full) throw quota()
      },
    })
    expect(unload(target as unknown as EventTarget)).toBe(false)
    expect((await q.push('note', { a: 1 })).ok).toBe(false)
    expect(unload(target as unknown as EventTarget)).toBe(true)
    full = false
    await flushAll()
    expect(unsavedCount.value).toBe(0)
    expect(unload(target as unknown as EventTarget)).toBe(false)
    // Uninstalled: never asks.
    full = true
    expect((await q.push('note', { a: 2 })).ok).toBe(false)
    stop()
    expect(unload(target as unknown as EventTarget)).toBe(false)
  })
})

describe('the write queue', () => {
  beforeEach(() => resetWriteQueues())
  afterEach(() => {
    vi.useRealTimers()
    resetWriteQueues()
  })

  it('coalesces patches pushed while a write is in flight, and writes the merged one next', async () => {
    const written: [string, Record<string, number>][] = []
    let release: () => void = () => undefined
    const q = createWriteQueue<Record<string, number>>({
      kind: 'checklist',
      merge: (a, b) => ({ ...a, ...b }),
      write: async (key, p) => {
        written.push([key, p])
        if (written.length === 1) await new Promise<void>((r) => (release = r))
      },
    })
    const first = q.push('k', { a: 1 })
    const second = q.push('k', { b: 2 })
    const third = q.push('k', { a: 3 })
    expect(q.pending('k')).toEqual([{ a: 1 }, { b: 2, a: 3 }])
    release()
    expect(await Promise.all([first, second, third])).toEqual([{ ok: true }, { ok: true }, { ok: true }])
    expect(written).toEqual([
      ['k', { a: 1 }],
      ['k', { b: 2, a: 3 }],
    ])
    expect(q.has('k')).toBe(false)
  })

  it('a failed write is kept (merged in front of newer patches), counted as unsaved, and retried by the timer', async () => {
    vi.useFakeTimers()
    let full = true
    const written: Record<string, number>[] = []
    const q = createWriteQueue<Record<string, number>>({
      kind: 'setting',
      merge: (a, b) => ({ ...a, ...b }),
      write: async (_k, p) => {
        if (full) throw quota()
        written.push(p)
      },
    })
    const r = await q.push('lang', { a: 1, b: 1 })
    expect(r.ok).toBe(false)
    expect(q.failed('lang')).toBe(true)
    expect(unsaved.value).toEqual({ setting: 1 })
    expect(unsavedCount.value).toBe(1)
    expect(lastWriteError.value?.en).toMatch(/out of storage/)
    // The timer retries after 2 s while still full (nothing written), then after 5 s once space is back.
    await vi.advanceTimersByTimeAsync(2000)
    expect(written).toEqual([])
    full = false
    await vi.advanceTimersByTimeAsync(5000)
    expect(written).toEqual([{ a: 1, b: 1 }])
    expect(unsavedCount.value).toBe(0)
    expect(lastWriteError.value).toBeNull()
  })

  it('the next write to ANY queue retries the failed ones; flushAll retries everything', async () => {
    let full = true
    const a: unknown[] = []
    const b: unknown[] = []
    const qa = createWriteQueue<number>({
      kind: 'answers',
      merge: (_x, y) => y,
      write: async (_k, v) => {
        if (full) throw quota()
        a.push(v)
      },
    })
    const qb = createWriteQueue<number>({
      kind: 'checklist',
      merge: (_x, y) => y,
      write: async (_k, v) => {
        if (full) throw quota()
        b.push(v)
      },
    })
    await qa.push('x', 1)
    await qb.push('y', 2)
    expect(unsaved.value).toEqual({ answers: 1, checklist: 1 })
    full = false
    await qb.push('z', 3) // space is back: this write, and the retries it starts
    await flushAll()
    expect(a).toEqual([1])
    expect(b.sort()).toEqual([2, 3])
    expect(unsavedCount.value).toBe(0)
  })

  it('a final failure (the record is gone) drops the patch instead of retrying forever', async () => {
    const q = createWriteQueue<number>({
      kind: 'profile',
      merge: (_x, y) => y,
      isFinal: () => true,
      write: async () => {
        throw new StorageError(null, { zh: '没了', en: 'gone' })
      },
    })
    expect((await q.push('p', 1)).ok).toBe(false)
    expect(q.has('p')).toBe(false)
    expect(unsavedCount.value).toBe(0)
  })
})

describe('answer operations', () => {
  it('merge: a path set again moves to the end; a parent set drops its children; "" replaces all', () => {
    const ops: AnswerOp[] = mergeOps(
      [
        ['ceHours.2023.professional', 1],
        ['track', 'engineer'],
      ],
      [
        ['ceHours', { '2024': { public: 2 } }],
        ['ceHours.2024.professional', 3],
      ],
    )
    expect(ops).toEqual([
      ['track', 'engineer'],
      ['ceHours', { '2024': { public: 2 } }],
      ['ceHours.2024.professional', 3],
    ])
    expect(applyOps({ version: 1 }, ops)).toEqual({
      version: 1,
      track: 'engineer',
      ceHours: { '2024': { public: 2, professional: 3 } },
    })
    expect(mergeOps(ops, [['', { version: 1 }]])).toEqual([['', { version: 1 }]])
  })

  it('a deletion prunes emptied parents, as on screen', () => {
    expect(
      applyOps({ version: 1, ceHours: { '2023': { professional: 1 } } }, [['ceHours.2023.professional', undefined]]),
    ).toEqual({ version: 1 })
  })
})

describe('two tabs (two stores on two connections) on one profile', () => {
  beforeEach(async () => {
    await freshState()
  })
  afterEach(() => disposeStores())

  it('different fields written at the same time are both kept', async () => {
    const profiles = useProfilesStore()
    await profiles.load()
    const id = await profiles.create('两个标签页')
    await profiles.select(id)
    const answers = useAnswersStore()
    await answers.set('track', 'engineer')
    // "Tab B": another connection writes birthDate straight into the row, as another tab's store would.
    const other = new AppDB()
    await other.profiles.update(id, { 'answers.birthDate': '1990-05-01' } as never)
    other.close()
    // Tab A, which has not seen B's write yet, changes another field.
    await answers.set('specialty', 'metrology')
    const row = await readBack((o) => o.profiles.get(id))
    expect(row!.answers).toMatchObject({ track: 'engineer', specialty: 'metrology', birthDate: '1990-05-01' })
    // And A shows B's field live.
    await eventually(() => expect(answers.answers.birthDate).toBe('1990-05-01'))
  })

  it('the same field: the last write wins and the other tab is told', async () => {
    const profiles = useProfilesStore()
    await profiles.load()
    const id = await profiles.create('同一字段')
    await profiles.select(id)
    const answers = useAnswersStore()
    await answers.setPath('selfScore', 40)
    const other = new AppDB()
    await other.profiles.update(id, { 'answers.selfScore': 55 } as never)
    other.close()
    await eventually(() => expect(answers.answers.selfScore).toBe(55))
    expect(profiles.externalChange).toMatchObject({ profileId: id, paths: ['selfScore'] })
  })

  it('checklist: a tick in one tab and a note in another both land', async () => {
    const profiles = useProfilesStore()
    await profiles.load()
    const id = await profiles.create('清单')
    await profiles.select(id)
    const checklist = useChecklistStore()
    await checklist.setDone('platform-account', true)
    const other = new AppDB()
    await other.checklist.update([id, 'platform-account'], { note: '另一页写的备注' })
    other.close()
    await checklist.setDone('platform-account', false)
    const rec = await readBack((o) => o.checklist.get([id, 'platform-account']))
    expect(rec).toMatchObject({ done: false, note: '另一页写的备注' })
  })

  it('settings: a language change refused by a full disk is kept and written by the next flush', async () => {
    const settings = useSettingsStore()
    const restore = await failWrites('settings')
    await settings.setLang('en-US')
    expect(unsaved.value.setting).toBe(1)
    await restore()
    await flushAll()
    expect((await readBack((o) => o.settings.get('lang')))!.value).toBe('en-US')
    expect(unsavedCount.value).toBe(0)
  })
})
