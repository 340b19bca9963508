import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { describeStorageError, errorNames, guardWrite, StorageError } from '@/db/errors'

const dom = (name: string) => new DOMException('x', name)

describe('describeStorageError', () => {
  it('names a full disk, also when Dexie wraps it in an AbortError', () => {
    expect(describeStorageError(dom('QuotaExceededError')).zh).toContain('存储空间不足')
    const wrapped = new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError'))
    expect(errorNames(wrapped)).toContain('QuotaExceededError')
    expect(describeStorageError(wrapped).en).toMatch(/out of storage/)
  })

  it('explains a closed database, private mode and a version conflict', () => {
    expect(describeStorageError(new Dexie.DatabaseClosedError()).en).toMatch(/reload/i)
    expect(describeStorageError(dom('InvalidStateError')).en).toMatch(/private browsing/)
    expect(describeStorageError(new Dexie.MissingAPIError()).zh).toContain('无痕')
    expect(describeStorageError(new Dexie.OpenFailedError('x', dom('InvalidStateError'))).en).toMatch(/private/)
    expect(describeStorageError(new Dexie.VersionError()).en).toMatch(/updated in another tab/)
  })

  it('still gives both languages for an unknown error, with its name', () => {
    const text = describeStorageError(new TypeError('boom'))
    expect(text.zh).toContain('TypeError')
    expect(text.en).toContain('boom')
    expect(describeStorageError('weird').en).toContain('Saving failed')
  })

  it('guardWrite turns any failure into a StorageError with the readable text', async () => {
    await expect(guardWrite(() => Promise.reject(dom('QuotaExceededError')))).rejects.toBeInstanceOf(StorageError)
    await expect(guardWrite(() => 42)).resolves.toBe(42)
  })
})
