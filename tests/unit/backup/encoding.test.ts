/**
 * Chunked base64 (issue 10): a backup with a 10 MB PDF could not be restored because one regular
 * expression over the whole string overflowed the stack. Encoding and decoding now work in chunks;
 * these tests cross every chunk boundary and compare with Node's own base64.
 */
import { describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { base64Length, base64ToBytes, bytesToBase64, DECODE_CHUNK, ENCODE_CHUNK, isBase64 } from '@/backup/encoding'

const node = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

/** Byte lengths at and around the chunk boundaries of both directions. */
const decodeBytes = (DECODE_CHUNK / 4) * 3
const LENGTHS = [
  0,
  1,
  2,
  3,
  ENCODE_CHUNK - 1,
  ENCODE_CHUNK,
  ENCODE_CHUNK + 1,
  ENCODE_CHUNK + 2,
  2 * ENCODE_CHUNK,
  decodeBytes - 2,
  decodeBytes - 1,
  decodeBytes,
  decodeBytes + 1,
  decodeBytes + 2,
  decodeBytes + 3,
  3 * decodeBytes + 1,
]

describe('chunked base64', () => {
  it('chunks are whole quanta (3 bytes in, 4 characters out)', () => {
    expect(ENCODE_CHUNK % 3).toBe(0)
    expect(DECODE_CHUNK % 4).toBe(0)
  })

  it.each(LENGTHS)('%i bytes: encodes as Node does and decodes back byte for byte', (n) => {
    const bytes = new Uint8Array(randomBytes(n))
    const text = bytesToBase64(bytes)
    expect(text).toBe(node(bytes))
    expect(isBase64(text)).toBe(true)
    expect(base64Length(text)).toBe(n)
    const back = base64ToBytes(text)
    expect(back).not.toBeNull()
    expect(Buffer.from(back!).equals(Buffer.from(bytes))).toBe(true)
  })

  it.each([DECODE_CHUNK - 4, DECODE_CHUNK - 1, DECODE_CHUNK, DECODE_CHUNK + 1, DECODE_CHUNK + 3])(
    'one bad character at position %i (around a chunk edge) is refused',
    (pos) => {
      const text = node(new Uint8Array(randomBytes(DECODE_CHUNK)))
      for (const bad of ['-', '_', ' ', '\n', '=', '\u00e9', '\u4e2d']) {
        const damaged = text.slice(0, pos) + bad + text.slice(pos + 1)
        expect(base64ToBytes(damaged), `${JSON.stringify(bad)} at ${pos}`).toBeNull()
        expect(isBase64(damaged)).toBe(false)
      }
    },
  )

  it('padding only at the very end, at most two; the length a multiple of 4', () => {
    expect(base64ToBytes('QUJD')).toEqual(new Uint8Array([65, 66, 67]))
    expect(base64ToBytes('QUI=')).toEqual(new Uint8Array([65, 66]))
    expect(base64ToBytes('QQ==')).toEqual(new Uint8Array([65]))
    for (const bad of ['Q===', '====', 'QUJ', 'QUJDQ', 'QU=D', 'QQ==QUJD', '=QUJ', 'QUJD=']) {
      expect(base64ToBytes(bad), bad).toBeNull()
      expect(isBase64(bad), bad).toBe(false)
    }
    expect(base64ToBytes('')).toEqual(new Uint8Array(0))
  })

  it('a 25 MB file (the per-file limit) decodes without a stack overflow, in bounded time', () => {
    const bytes = new Uint8Array(25 * 1024 * 1024)
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = i & 0xff
    const text = bytesToBase64(bytes)
    expect(text.length).toBe(Math.ceil(bytes.length / 3) * 4)
    const t0 = performance.now()
    expect(isBase64(text)).toBe(true)
    const back = base64ToBytes(text)
    const ms = performance.now() - t0
    expect(back!.length).toBe(bytes.length)
    expect(Buffer.from(back!).equals(Buffer.from(bytes))).toBe(true)
    console.log(`25 MB: checked and decoded in ${ms.toFixed(0)} ms`)
    expect(ms).toBeLessThan(5000)
  })
})
