/**
 * The display name a user may put on a shared summary ("张三的自评"). It is untrusted text twice
 * over: typed by the sender, read back from a link by the receiver. We keep it as plain, inert
 * text: no control characters, no bidi overrides or other invisible format characters, bounded in
 * length. The UI renders it by text interpolation only (never v-html), so markup stays text.
 */

/** At most this many characters (Unicode code points). */
export const MAX_NAME_CHARS = 40
/** At most this many bytes of UTF-8 (40 Chinese characters), so the link stays short. */
export const MAX_NAME_BYTES = 120

/** Input beyond this many UTF-16 units is never looked at (bounds the work on hostile input). */
const MAX_INPUT_UNITS = 4096
/** At most this many combining marks in a row ("Zalgo" text stays one line high). */
const MAX_MARKS_IN_A_ROW = 4

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/** Controls, line/paragraph separators and every other kind of white space become one space. */
const SPACE_LIKE = /[\p{Cc}\p{Zl}\p{Zp}\s]/gu
const FORMAT = /^\p{Cf}$/u
const PRIVATE_USE = /^\p{Co}$/u
const MARK = /^\p{M}$/u
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u
const ZWJ = '\u200D'
const VS16 = '\uFE0F'

const encoder = new TextEncoder()

function utf8Length(s: string): number {
  return encoder.encode(s).length
}

/** Whether a ZWJ between `prev` and `next` joins an emoji sequence (👨‍👩‍👧): the only ZWJ kept. */
function joinsEmoji(prev: string | undefined, next: string | undefined): boolean {
  if (prev === undefined || next === undefined) return false
  const cp = prev.codePointAt(0) ?? 0
  const prevIsEmoji = PICTOGRAPHIC.test(prev) || prev === VS16 || (cp >= 0x1f3fb && cp <= 0x1f3ff)
  return prevIsEmoji && PICTOGRAPHIC.test(next)
}

function stripInvisible(s: string): string {
  const cps = Array.from(s)
  const out: string[] = []
  let marks = 0
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!
    if (PRIVATE_USE.test(c)) continue
    if (FORMAT.test(c)) {
      // Bidi overrides and isolates, zero-width space/joiner/non-joiner, word joiner, BOM, soft
      // hyphen, tag characters …: all invisible, all removed (except a ZWJ inside an emoji).
      if (c === ZWJ && joinsEmoji(out[out.length - 1], cps[i + 1])) out.push(c)
      continue
    }
    if (MARK.test(c)) {
      if (++marks > MAX_MARKS_IN_A_ROW) continue
    } else marks = 0
    out.push(c)
  }
  return out.join('')
}

let segmenter: Intl.Segmenter | null | undefined
function graphemes(s: string): string[] {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('und', { granularity: 'grapheme' })
        : null
  }
  return segmenter ? Array.from(segmenter.segment(s), (g) => g.segment) : Array.from(s)
}

/** Cut at a character boundary (a whole emoji, never half of one) within both limits. */
function truncate(s: string): string {
  if (Array.from(s).length <= MAX_NAME_CHARS && utf8Length(s) <= MAX_NAME_BYTES) return s
  let out = ''
  let chars = 0
  let bytes = 0
  for (const g of graphemes(s)) {
    const gc = Array.from(g).length
    const gb = utf8Length(g)
    if (chars + gc > MAX_NAME_CHARS || bytes + gb > MAX_NAME_BYTES) {
      // One enormous cluster (hundreds of joined emoji): keep what fits of it rather than nothing.
      if (out === '') {
        for (const cp of Array.from(g)) {
          const b = utf8Length(cp)
          if (chars + 1 > MAX_NAME_CHARS || bytes + b > MAX_NAME_BYTES) break
          out += cp
          chars += 1
          bytes += b
        }
      }
      break
    }
    out += g
    chars += gc
    bytes += gb
  }
  return out
}

function pass(s: string): string {
  let t = s.replace(LONE_SURROGATE, '').replace(SPACE_LIKE, ' ')
  t = stripInvisible(t).replace(/ {2,}/g, ' ').trim()
  return truncate(t).trim()
}

/**
 * The display name as it may appear on a summary: plain text, one line, ≤ 40 characters and
 * ≤ 120 bytes of UTF-8, trimmed; '' when nothing is left. Idempotent:
 * `sanitizeDisplayName(sanitizeDisplayName(x)) === sanitizeDisplayName(x)`.
 */
export function sanitizeDisplayName(input: unknown): string {
  if (typeof input !== 'string') return ''
  let s = input.length > MAX_INPUT_UNITS ? input.slice(0, MAX_INPUT_UNITS) : input
  // A cut can leave something the previous step would have removed (a dangling ZWJ, a space):
  // run again until nothing changes. Two passes are enough in practice; four bound it.
  for (let i = 0; i < 4; i++) {
    const next = pass(s)
    if (next === s) break
    s = next
  }
  return s
}
