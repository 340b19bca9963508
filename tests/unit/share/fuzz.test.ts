/**
 * Property-based fuzzing of the link decoder and the display-name sanitiser (fast-check).
 * The decoder must never throw, must refuse anything invalid with a clear message, and anything it
 * accepts must be a fully valid summary — checked here by an independent range check (helpers.ts).
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { type Status, type TrackId } from '@/engine/types'
import { SPECIALTY_IDS as SPECIALTIES, TRACK_IDS as TRACKS } from '@/engine/vocabulary'
import {
  DECODE_MESSAGES,
  decodeSummary,
  encodeSummary,
  fromBase64Url,
  toBase64Url,
  withChecksum,
  type DecodeResult,
} from '@/share/codec'
import { MAX_NAME_BYTES, MAX_NAME_CHARS, sanitizeDisplayName } from '@/share/name'
import { GAP_STATUSES, HOLDS_FROM_STATUSES, STATUSES, summaryProblem, type Gap, type Summary } from '@/share/summary'
import { CHINESE_40, SHARE_PACK, buildAll, rangeProblems } from './helpers'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const PAYLOADS = [undefined, 'Wang', CHINESE_40, '👩‍💻😀 李'].flatMap((n) =>
  buildAll(n).map((b) => encodeSummary(b.summary, SHARE_PACK)),
)
const payloadArb = fc.constantFrom(...PAYLOADS)
const base64urlArb = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 400 }).map((cs) => cs.join(''))

const runs: Record<string, { runs: number; ms: number }> = {}
/** fc.assert with the number of runs and the time recorded for the report below. */
function check<T>(name: string, numRuns: number, arb: fc.Arbitrary<T>, pred: (v: T) => void): void {
  const t0 = performance.now()
  fc.assert(
    fc.property(arb, (v) => {
      pred(v)
    }),
    { numRuns },
  )
  runs[name] = { runs: numRuns, ms: performance.now() - t0 }
}

/** Never throws; a refusal carries a known error and its message; an acceptance is fully valid. */
function decodeSafely(payload: string): DecodeResult {
  let r: DecodeResult
  try {
    r = decodeSummary(payload)
  } catch (e) {
    throw new Error(`decodeSummary threw on ${JSON.stringify(payload.slice(0, 80))}`, { cause: e })
  }
  if (r.ok) {
    expect(rangeProblems(r.summary)).toEqual([])
    expect(summaryProblem(r.summary, SHARE_PACK)).toBeNull()
    // What was accepted is stable: written and read again, it is the same summary.
    const again = decodeSummary(encodeSummary(r.summary, SHARE_PACK))
    expect(again.ok && again.summary).toStrictEqual(r.summary)
  } else {
    expect(['damaged', 'newer-version', 'unknown-pack', 'empty']).toContain(r.error)
    expect(r.detail).not.toMatch(/^internal error/) // the decoder's safety net never had to catch
    expect(r.message).toBe(DECODE_MESSAGES[r.error])
    expect(r.message.zh.length > 0 && r.message.en.length > 0).toBe(true)
  }
  return r
}

const bytes = (p: string) => fromBase64Url(p)!

describe('decodeSummary never throws, and refuses what is not a link', () => {
  it('random strings of any characters', () => {
    check('random strings', 2000, fc.string({ unit: 'binary', maxLength: 600 }), (s) => {
      expect(decodeSafely(s).ok).toBe(false)
    })
  })

  it('random base64url strings', () => {
    check('random base64url', 2000, base64urlArb, (s) => {
      decodeSafely(s)
    })
  })

  it('random bytes, base64url-encoded', () => {
    check('random bytes', 1000, fc.uint8Array({ maxLength: 300 }), (b) => {
      decodeSafely(toBase64Url(b))
    })
  })
})

describe('damaged links are detected', () => {
  it('one flipped bit anywhere → damaged (CRC-24 catches every single-bit error)', () => {
    check('single bit flips', 1500, fc.tuple(payloadArb, fc.nat()), ([p, n]) => {
      const b = bytes(p)
      const bit = n % (b.length * 8)
      b[bit >> 3] = b[bit >> 3]! ^ (0x80 >> (bit & 7))
      expect(decodeSafely(toBase64Url(b))).toMatchObject({ ok: false, error: 'damaged' })
    })
  })

  it('one byte replaced → damaged (an 8-bit burst)', () => {
    check('byte substitutions', 1000, fc.tuple(payloadArb, fc.nat(), fc.integer({ min: 1, max: 255 })), ([p, n, x]) => {
      const b = bytes(p)
      const i = n % b.length
      b[i] = b[i]! ^ x
      expect(decodeSafely(toBase64Url(b))).toMatchObject({ ok: false, error: 'damaged' })
    })
  })

  it('one character replaced → damaged (a 6-bit burst, or a non-canonical last character)', () => {
    check(
      'character substitutions',
      1000,
      fc.tuple(payloadArb, fc.nat(), fc.integer({ min: 1, max: 63 })),
      ([p, n, d]) => {
        const i = n % p.length
        const c = ALPHABET[(ALPHABET.indexOf(p[i]!) + d) % 64]!
        expect(decodeSafely(p.slice(0, i) + c + p.slice(i + 1))).toMatchObject({ ok: false, error: 'damaged' })
      },
    )
  })

  it('several bits flipped → never throws, never a wrong summary', () => {
    check(
      'multiple bit flips',
      1000,
      fc.tuple(payloadArb, fc.array(fc.nat(), { minLength: 2, maxLength: 12 })),
      ([p, ns]) => {
        const b = bytes(p)
        for (const n of ns) {
          const bit = n % (b.length * 8)
          b[bit >> 3] = b[bit >> 3]! ^ (0x80 >> (bit & 7))
        }
        decodeSafely(toBase64Url(b))
      },
    )
  })

  it('truncated → never throws, never a wrong summary', () => {
    check('truncations', 1000, fc.tuple(payloadArb, fc.nat()), ([p, n]) => {
      decodeSafely(p.slice(0, n % p.length))
    })
  })

  it('every proper prefix of every case-table link is refused (exhaustive, not random)', () => {
    let n = 0
    for (const p of PAYLOADS) {
      for (let k = 0; k < p.length; k++, n++) expect(decodeSummary(p.slice(0, k)).ok, `${p} cut at ${k}`).toBe(false)
    }
    expect(n).toBeGreaterThan(10_000)
  })

  it('characters inserted or deleted → never throws, never a wrong summary', () => {
    const edit = fc.tuple(payloadArb, fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.boolean())
    let refused = 0
    check('insertions and deletions', 1000, edit, ([p, n, s, insert]) => {
      const i = n % p.length
      const changed = insert
        ? p.slice(0, i) + s + p.slice(i)
        : p.slice(0, i) + p.slice(i + Math.min(s.length, p.length - i))
      if (!decodeSafely(changed).ok) refused++
      else expect(changed.trim()).toBe(p) // only white space around the link may be added
    })
    expect(refused).toBeGreaterThan(900)
  })
})

describe('structurally altered links with a valid checksum are validated field by field', () => {
  const op = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  )
  it('never throws; anything accepted is a valid, stable summary', () => {
    let accepted = 0
    check(
      'resealed mutations',
      2000,
      fc.tuple(payloadArb, fc.array(op, { minLength: 1, maxLength: 4 })),
      ([p, ops]) => {
        const all = bytes(p)
        let body = Array.from(all.slice(0, all.length - 3))
        for (const o of ops) {
          const i = 1 + (o.at % Math.max(1, body.length - 1)) // keep the version byte
          if (o.kind === 'flip') body[i] = (body[i] ?? 0) ^ (1 << (o.at % 8))
          if (o.kind === 'set') body[i] = o.value
          if (o.kind === 'cut') body = body.slice(0, i)
          if (o.kind === 'insert') body.splice(i, 0, o.value)
        }
        const r = decodeSafely(toBase64Url(withChecksum(Uint8Array.from(body.map((x) => x & 0xff)))))
        if (r.ok) accepted++
      },
    )
    console.info(`[share] resealed mutations accepted as valid summaries: ${accepted} of 2000`)
  })
})

// ───────────────────────── random valid summaries ─────────────────────────

const MAX_DAYS = Math.round((Date.UTC(2100, 11, 31) - Date.UTC(2000, 0, 1)) / 86_400_000)
const dateArb = fc
  .integer({ min: 0, max: MAX_DAYS })
  .map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10))
const nameArb = fc.oneof(
  fc.constant(undefined),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom(CHINESE_40, '<b>x</b>', '\u202Ename', '👨‍👩‍👧‍👦'.repeat(12)),
)

/** The headline the engine gives (docs/engine.md "Overall"), written out here independently. */
function headline(statuses: Status[], partial: boolean): Summary['overall'] {
  if (statuses.includes('not-met')) return 'not-eligible'
  if (statuses.includes('needs-info')) return 'needs-info'
  return partial || statuses.includes('check') ? 'check-provincial' : 'eligible'
}

const summaryArb: fc.Arbitrary<Summary> = fc.gen().map((g) => {
  const some = <T>(xs: readonly T[], min = 0): T[] => {
    const out = xs.filter(() => g(fc.boolean))
    return out.length >= min ? out : xs.slice(0, min)
  }
  const name = sanitizeDisplayName(g(() => nameArb))
  const base = { packId: SHARE_PACK.id, generatedOn: g(() => dateArb), displayName: name === '' ? null : name }
  const track = g(() => fc.constantFrom<TrackId | null>(null, ...TRACKS))
  if (track === null) {
    return {
      ...base,
      track,
      specialty: null,
      path: null,
      overall: 'needs-info',
      eligibleFrom: null,
      requirements: [],
      checklist: { applicable: [], done: [] },
    }
  }
  const def = SHARE_PACK.tracks[track]!
  const specialty = g(fc.constantFrom, null, ...SPECIALTIES)
  const gapOf = (id: string): Gap | null => {
    switch (id) {
      case 'scope': {
        const wrong = specialty !== null && !def.specialties.includes(specialty)
        return { kind: 'scope', reason: wrong && g(fc.boolean) ? 'specialty' : 'not-in-ningbo' }
      }
      case 'retirement':
        return { kind: 'retirement', deferred: true }
      case 'ability':
        return {
          kind: 'ability',
          department: g(fc.constantFrom, null, 'management' as const, 'research' as const),
          missing: some([1, 2, 3, 4] as const, 1),
        }
      case 'education-seniority':
        return {
          kind: 'education-seniority',
          reason: g(fc.constantFrom, 'years' as const, 'no-title' as const, 'no-row' as const),
          exceptionalHelps: g(fc.boolean),
        }
      case 'exceptional':
        return {
          kind: 'exceptional',
          held: some([1, 2, 3, 4, 5, 6, 7] as const),
          gatewayFrom: g(fc.boolean) ? g(() => dateArb) : null,
          noTitle: g(fc.boolean),
        }
      case 'assessment':
        return { kind: 'assessment', years: some(SHARE_PACK.params.assessmentYears.value, 1) }
      case 'public-institution':
        return {
          kind: 'public-institution',
          missing: some(['withinPostRatio', 'approvedInPersonnelSystem'] as const, 1),
        }
      case 'continuing-education': {
        const years = some(def.ceYears.value, 1).map((year) => {
          const [total, professional, pub] = [g(fc.boolean), g(fc.boolean), g(fc.boolean)]
          return { year, total: total || (!professional && !pub), professional, public: pub }
        })
        return { kind: 'continuing-education', years }
      }
      case 'discipline':
        return {
          kind: 'discipline',
          items: some(['forged', 'falseMaterials', 'undisclosedViolation', 'otherSerious'] as const, 1),
        }
      default:
        return null
    }
  }
  const requirements = def.requirements.map((id) => {
    const status = g(fc.constantFrom, ...STATUSES)
    const holdsFrom = HOLDS_FROM_STATUSES.includes(status) && g(fc.boolean) ? g(() => dateArb) : null
    const gap = GAP_STATUSES[id]?.includes(status) && g(fc.boolean) ? gapOf(id) : null
    return { id, status, holdsFrom, gap }
  })
  const overall = headline(
    requirements.map((r) => r.status),
    def.detail === 'partial',
  )
  const applicable = some(SHARE_PACK.materials.map((m) => m.id))
  return {
    ...base,
    track,
    specialty,
    path: g(fc.constantFrom, null, 'skilled-talent' as const, ...def.paths),
    overall,
    eligibleFrom: overall === 'not-eligible' && g(fc.boolean) ? g(() => dateArb) : null,
    requirements,
    checklist: { applicable, done: some(applicable) },
  }
})

describe('random valid summaries', () => {
  it('round-trip exactly and stay ≤ 240 characters', () => {
    let longest = 0
    check('random valid summaries', 1500, summaryArb, (s) => {
      expect(summaryProblem(s, SHARE_PACK)).toBeNull()
      const payload = encodeSummary(s, SHARE_PACK)
      longest = Math.max(longest, payload.length)
      expect(payload.length).toBeLessThanOrEqual(240)
      const r = decodeSafely(payload)
      expect(r.ok && r.summary).toStrictEqual(s)
    })
    console.info(`[share] longest payload among random valid summaries: ${longest} chars`)
  })
})

describe('display names', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 700 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc
      .array(
        fc.constantFrom(
          'a',
          '名',
          '😀',
          '\u200D',
          '\u202E',
          '\u2066',
          '\u200B',
          '\u0301',
          '\n',
          ' ',
          '\uD800',
          '\uDC00',
          '👨',
          '\uFE0F',
          '\u{E0041}',
        ),
        { maxLength: 200 },
      )
      .map((xs) => xs.join('')),
  )

  it('are sanitised idempotently into bounded, visible, single-line text', () => {
    check('display-name sanitising', 2000, anyText, (raw) => {
      const s = sanitizeDisplayName(raw)
      expect(sanitizeDisplayName(s)).toBe(s)
      expect(Array.from(s).length).toBeLessThanOrEqual(MAX_NAME_CHARS)
      expect(new TextEncoder().encode(s).length).toBeLessThanOrEqual(MAX_NAME_BYTES)
      expect(s).toBe(s.trim())
      expect(s).not.toMatch(/[\p{Cc}\p{Co}\p{Zl}\p{Zp}]/u)
      // The only format character left is a joiner between two emoji.
      for (const m of s.matchAll(/\p{Cf}/gu)) {
        expect(m[0]).toBe('\u200D')
        expect(s.slice(m.index + 1)).toMatch(/^\p{Extended_Pictographic}/u)
      }
      expect(s).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    })
  })
})

afterAll(() => {
  const total = Object.values(runs).reduce((n, r) => n + r.runs, 0)
  const ms = Object.values(runs).reduce((n, r) => n + r.ms, 0)
  console.info(
    `[share] fast-check: ${total} runs in ${Math.round(ms)} ms — ${Object.entries(runs)
      .map(([k, r]) => `${k} ${r.runs} (${Math.round(r.ms)} ms)`)
      .join(', ')}`,
  )
  expect(total).toBeGreaterThanOrEqual(10_000)
})
