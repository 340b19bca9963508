import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  formatMegabytes,
  persistedState,
  readStorageStatus,
  requestPersistence,
  resetPersistenceRequest,
  type StorageManagerLike,
} from '@/pwa/storage'

function fakeManager(opts: { persisted?: boolean; grant?: boolean; usage?: number; quota?: number } = {}) {
  let persisted = opts.persisted ?? false
  return {
    persist: vi.fn(async () => {
      if (opts.grant) persisted = true
      return persisted
    }),
    persisted: vi.fn(async () => persisted),
    estimate: vi.fn(async () => ({ usage: opts.usage ?? 1_572_864, quota: opts.quota ?? 2_147_483_648 })),
  } satisfies StorageManagerLike
}

afterEach(() => resetPersistenceRequest())

describe('requestPersistence', () => {
  it('asks the browser once per session, and reports the grant', async () => {
    const manager = fakeManager({ grant: true })
    expect(await requestPersistence({ manager })).toBe(true)
    expect(await requestPersistence({ manager })).toBe(true)
    expect(manager.persist).toHaveBeenCalledTimes(1)
    expect(persistedState.value).toBe(true)
  })

  it('does not ask when storage is already persistent', async () => {
    const manager = fakeManager({ persisted: true })
    expect(await requestPersistence({ manager })).toBe(true)
    expect(manager.persist).not.toHaveBeenCalled()
  })

  it('resolves false when refused, and asks again only when forced (a button press)', async () => {
    const manager = fakeManager({ grant: false })
    expect(await requestPersistence({ manager })).toBe(false)
    expect(await requestPersistence({ manager })).toBe(false)
    expect(manager.persist).toHaveBeenCalledTimes(1)
    expect(await requestPersistence({ manager, force: true })).toBe(false)
    expect(manager.persist).toHaveBeenCalledTimes(2)
    expect(persistedState.value).toBe(false)
  })

  it('never rejects: no Storage API, or persist() throwing', async () => {
    expect(await requestPersistence({ manager: undefined })).toBe(false)
    resetPersistenceRequest()
    const broken: StorageManagerLike = {
      persist: () => Promise.reject(new Error('nope')),
      persisted: async () => false,
    }
    expect(await requestPersistence({ manager: broken })).toBe(false)
  })
})

describe('readStorageStatus', () => {
  it('reports persisted, usage and quota', async () => {
    expect(await readStorageStatus(fakeManager({ persisted: true, usage: 10, quota: 20 }))).toEqual({
      supported: true,
      persisted: true,
      usage: 10,
      quota: 20,
    })
  })

  it('reports unknowns as null when the browser lacks the API or it fails', async () => {
    expect(await readStorageStatus(undefined)).toEqual({ supported: false, persisted: null, usage: null, quota: null })
    const failing: StorageManagerLike = {
      persisted: () => Promise.reject(new Error('x')),
      estimate: () => Promise.reject(new Error('y')),
    }
    expect(await readStorageStatus(failing)).toEqual({ supported: false, persisted: null, usage: null, quota: null })
  })
})

describe('formatMegabytes', () => {
  it('shows MB with one decimal in the given language', () => {
    expect(formatMegabytes(1_572_864, 'zh-CN')).toBe('1.5')
    expect(formatMegabytes(2_147_483_648, 'en-US')).toBe('2,048.0')
    expect(formatMegabytes(0, 'en-US')).toBe('0.0')
  })
})
