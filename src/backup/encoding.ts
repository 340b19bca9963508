/**
 * Bytes ↔ base64, SHA-256 and canonical JSON for backup files. Only web platform APIs (btoa/atob,
 * crypto.subtle), which Node 20 has too: nothing here touches the network.
 */

/**
 * Bytes per encoding chunk: a multiple of 3, so every chunk but the last encodes to base64 without
 * padding, and small enough for `String.fromCharCode.apply` (no spread of a huge array).
 */
export const ENCODE_CHUNK = 3 * 4096

/**
 * Characters per decoding chunk: a multiple of 4. Decoding walks the string chunk by chunk with a
 * lookup table (no regular expression over the whole string: V8's backtracking regex overflowed
 * the stack on strings over ~3.3 MB, issue 10) and writes into one preallocated array.
 */
export const DECODE_CHUNK = 4 * 16384

/** Standard base64 (RFC 4648 §4) with padding, built chunk by chunk. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += ENCODE_CHUNK) {
    const chunk = bytes.subarray(i, i + ENCODE_CHUNK)
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])))
  }
  return parts.join('')
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** char code → 6-bit value, 255 for anything outside the standard alphabet ('=' included). */
const DECODE = (() => {
  const table = new Uint8Array(256).fill(255)
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i
  return table
})()

/** How many `=` end the string (0, 1 or 2; more is not base64 and gives -1). */
function padding(text: string): number {
  const n = text.length
  if (n && text.charCodeAt(n - 1) === 61) {
    if (n > 1 && text.charCodeAt(n - 2) === 61) return n > 2 && text.charCodeAt(n - 3) === 61 ? -1 : 2
    return 1
  }
  return 0
}

/** The exact number of bytes a valid base64 string decodes to. */
export function base64Length(text: string): number {
  const pad = Math.max(0, padding(text))
  return (text.length / 4) * 3 - pad
}

/**
 * Whether `text` is strict base64: standard alphabet, length a multiple of 4, `=` only as the last
 * one or two characters. A linear scan, no regular expression.
 */
export function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false
  const pad = padding(text)
  if (pad < 0) return false
  const end = text.length - pad
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c > 255 || DECODE[c] === 255) return false
  }
  return true
}

/**
 * Strict base64 → bytes: standard alphabet, padded, no whitespace. Returns null for anything else
 * (atob alone accepts missing padding and spaces, which would hide a damaged file). Decodes
 * `DECODE_CHUNK` characters at a time into one array of the exact length: memory is the result
 * plus nothing that grows with the input.
 */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null
  const pad = padding(text)
  if (pad < 0) return null
  const out = new Uint8Array((text.length / 4) * 3 - pad)
  const full = pad ? text.length - 4 : text.length // the last, padded quantum is decoded apart
  let o = 0
  for (let start = 0; start < full; start += DECODE_CHUNK) {
    const stop = Math.min(full, start + DECODE_CHUNK)
    for (let i = start; i < stop; i += 4) {
      const a = text.charCodeAt(i)
      const b = text.charCodeAt(i + 1)
      const c = text.charCodeAt(i + 2)
      const d = text.charCodeAt(i + 3)
      if ((a | b | c | d) > 255) return null
      const va = DECODE[a]!
      const vb = DECODE[b]!
      const vc = DECODE[c]!
      const vd = DECODE[d]!
      if ((va | vb | vc | vd) === 255) return null
      const n = (va << 18) | (vb << 12) | (vc << 6) | vd
      out[o++] = n >> 16
      out[o++] = (n >> 8) & 0xff
      out[o++] = n & 0xff
    }
  }
  if (pad) {
    const i = full
    const codes = [text.charCodeAt(i), text.charCodeAt(i + 1), pad === 1 ? text.charCodeAt(i + 2) : 65]
    if (codes.some((c) => c > 255)) return null
    const [va, vb, vc] = codes.map((c) => DECODE[c]!) as [number, number, number]
    if ((va | vb | vc) === 255) return null
    // Like atob (and the earlier regular expression), leftover bits under the padding are ignored.
    const n = (va << 18) | (vb << 12) | (vc << 6)
    out[o++] = n >> 16
    if (pad === 1) out[o] = (n >> 8) & 0xff
  }
  return out
}

/** SHA-256 of bytes or text (UTF-8), lowercase hex. */
export async function sha256Hex(input: Uint8Array | string): Promise<string> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * JSON with object keys sorted (code unit order) at every level and no whitespace: the same data
 * gives the same text whatever the key order in the file. `undefined` members are left out, as
 * JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value)
    return text === undefined ? 'null' : text
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const obj = value as Record<string, unknown>
  const members = Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
  return `{${members.join(',')}}`
}

/** Reads a Blob's bytes (Blob.arrayBuffer, or FileReader where a browser lacks it). */
export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer())
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })
}
