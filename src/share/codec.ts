/**
 * The share link: a Summary as a short, versioned binary record in the URL fragment
 * (`https://<host>/s#<payload>`). The fragment never reaches a server; this app has none anyway.
 *
 * Envelope (every version, never changes):
 *   byte 0            format version (1 = this layout)
 *   bytes 1 … n−4     body, as the version defines it
 *   last 3 bytes      CRC-24/OPENPGP of bytes 0 … n−4, big-endian
 * then base64url without padding. The full layout is in docs/share-link.md.
 *
 * `decodeSummary` treats the payload as hostile: it never throws, refuses anything longer than
 * MAX_PAYLOAD_CHARS before looking at it, checks the checksum before the version (so a damaged link
 * is "damaged", not "from a newer app"), validates every field against the pack, and normalises what
 * it keeps (display name sanitised, ticks kept only on items that apply).
 */
import { offersTrack, trackDef, type RulePack } from '@/engine/pack'
import type {
  Bilingual,
  DepartmentType,
  DisciplineItem,
  IsoDate,
  Overall,
  PathId,
  RequirementId,
  SpecialtyId,
  Status,
  TrackId,
} from '@/engine/types'
import { MAX_NAME_BYTES, sanitizeDisplayName } from './name'
import { SHARE_PACKS, sharePackIndex } from './packs'
import {
  SHARE_DATE_MAX,
  summaryProblem,
  type AbilityItem,
  type CeYearGap,
  type Gap,
  type PublicInstitutionItem,
  type RequirementSummary,
  type Summary,
} from './summary'

export const SHARE_FORMAT_VERSION = 1
/** Longer payloads are refused unread. A version-1 payload is at most ~220 characters. */
export const MAX_PAYLOAD_CHARS = 1024

export type DecodeError = 'damaged' | 'newer-version' | 'unknown-pack' | 'empty'
export type DecodeResult =
  | { ok: true; summary: Summary; pack: RulePack<string> }
  | { ok: false; error: DecodeError; message: Bilingual; detail: string }

export const DECODE_MESSAGES: Record<DecodeError, Bilingual> = {
  empty: {
    zh: '链接里没有自评摘要。请打开完整的分享链接。',
    en: 'This link carries no summary. Open the complete shared link.',
  },
  damaged: {
    zh: '链接不完整或已损坏，无法读取。请让对方重新复制链接发给您。',
    en: 'The link is incomplete or damaged and cannot be read. Ask the sender to copy and send it again.',
  },
  'newer-version': {
    zh: '这个链接由更新版本的应用生成。请更新应用后再打开。',
    en: 'This link was made by a newer version of the app. Update the app, then open it again.',
  },
  'unknown-pack': {
    zh: '这个链接所依据的申报通知，当前版本的应用还不认识。请更新应用后再打开。',
    en: 'This link refers to a notice this version of the app does not know yet. Update the app, then open it again.',
  },
}

const fail = (error: DecodeError, detail: string): DecodeResult => ({
  ok: false,
  error,
  message: DECODE_MESSAGES[error],
  detail,
})

// ───────────────────────── version 1 code tables (append only) ─────────────────────────

/** The codes of version 1. A value's code is its index (+1 where 0 means "none"). Never reorder. */
export const V1 = {
  tracks: ['engineer', 'senior', 'senior-se', 'principal'],
  specialties: ['quality', 'metrology', 'standardization', 'special-equipment', 'food-quality'],
  paths: ['normal', 'exceptional', 'self-score', 'skilled-talent'],
  overalls: ['eligible', 'not-eligible', 'needs-info', 'check-provincial'],
  statuses: ['met', 'not-met', 'needs-info', 'check', 'not-applicable'],
  departments: ['management', 'research'],
  discipline: ['forged', 'falseMaterials', 'undisclosedViolation', 'otherSerious'],
  scopeReasons: ['specialty', 'not-in-ningbo'],
  seniorityReasons: ['years', 'no-title', 'no-row'],
  publicInstitution: ['withinPostRatio', 'approvedInPersonnelSystem'],
  abilityItems: [1, 2, 3, 4],
  exceptionalConditions: [1, 2, 3, 4, 5, 6, 7],
  /** Requirements whose record has a gap field (hasGap bit, then the gap's bits). */
  gapRequirements: [
    'scope',
    'retirement',
    'ability',
    'education-seniority',
    'exceptional',
    'assessment',
    'public-institution',
    'continuing-education',
    'discipline',
  ],
} as const satisfies {
  tracks: readonly TrackId[]
  specialties: readonly SpecialtyId[]
  paths: readonly PathId[]
  overalls: readonly Overall[]
  statuses: readonly Status[]
  departments: readonly DepartmentType[]
  discipline: readonly DisciplineItem[]
  scopeReasons: readonly string[]
  seniorityReasons: readonly string[]
  publicInstitution: readonly PublicInstitutionItem[]
  abilityItems: readonly AbilityItem[]
  exceptionalConditions: readonly number[]
  gapRequirements: readonly RequirementId[]
}

export const V1_WIDTHS = {
  track: 3,
  specialty: 3,
  path: 3,
  overall: 2,
  status: 3,
  date: 16,
  department: 2,
  scopeReason: 1,
  seniorityReason: 2,
} as const

// ───────────────────────── base64url, CRC-24 ─────────────────────────

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const REVERSE = (() => {
  const r = new Int8Array(128).fill(-1)
  for (let i = 0; i < ALPHABET.length; i++) r[ALPHABET.charCodeAt(i)] = i
  return r
})()

export function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >>> (18 - 6 * k)) & 63]
  }
  return out
}

/**
 * Strict base64url (no padding, no other characters, unused low bits zero): every byte string has
 * exactly one encoding, so a changed character can never decode to the same bytes. null if invalid.
 */
export function fromBase64Url(s: string): Uint8Array | null {
  if (s.length % 4 === 1) return null
  const out = new Uint8Array(Math.floor((s.length * 6) / 8))
  let acc = 0
  let bits = 0
  let o = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const v = c < 128 ? REVERSE[c]! : -1
    if (v < 0) return null
    acc = ((acc << 6) | v) & 0xffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (acc >>> bits) & 0xff
    }
  }
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return null
  return out
}

/** CRC-24/OPENPGP (RFC 4880 §6.1): detects every error confined to 24 consecutive bits. */
export function crc24(bytes: Uint8Array, end: number = bytes.length): number {
  let crc = 0xb704ce
  for (let i = 0; i < end; i++) {
    crc ^= bytes[i]! << 16
    for (let k = 0; k < 8; k++) {
      crc <<= 1
      if (crc & 0x1000000) crc ^= 0x1864cfb
    }
  }
  return crc & 0xffffff
}

/** Append the CRC-24 of `body` (which starts with the version byte). */
export function withChecksum(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 3)
  out.set(body)
  const c = crc24(body)
  out[body.length] = c >>> 16
  out[body.length + 1] = (c >>> 8) & 0xff
  out[body.length + 2] = c & 0xff
  return out
}

// ───────────────────────── bits, dates ─────────────────────────

class BitWriter {
  private readonly out: number[] = []
  private cur = 0
  private n = 0

  bits(value: number, width: number): this {
    for (let i = width - 1; i >= 0; i--) {
      this.cur = (this.cur << 1) | (Math.floor(value / 2 ** i) & 1)
      if (++this.n === 8) {
        this.out.push(this.cur)
        this.cur = 0
        this.n = 0
      }
    }
    return this
  }

  flag(b: boolean): this {
    return this.bits(b ? 1 : 0, 1)
  }

  /** Pad with zero bits to the next byte boundary. */
  align(): this {
    while (this.n !== 0) this.bits(0, 1)
    return this
  }

  bytes(b: Uint8Array): this {
    for (const x of b) this.bits(x, 8)
    return this
  }

  result(): Uint8Array {
    this.align()
    return Uint8Array.from(this.out)
  }
}

class BitReader {
  private pos: number
  /** Set once a read went past the end; every later read returns 0. */
  overrun = false

  constructor(
    private readonly buf: Uint8Array,
    startByte: number,
    private readonly endByte: number,
  ) {
    this.pos = startByte * 8
  }

  bits(width: number): number {
    let v = 0
    for (let i = 0; i < width; i++) {
      let bit = 0
      if (this.pos >= this.endByte * 8) this.overrun = true
      else bit = (this.buf[this.pos >>> 3]! >>> (7 - (this.pos & 7))) & 1
      this.pos++
      v = v * 2 + bit
    }
    return v
  }

  flag(): boolean {
    return this.bits(1) === 1
  }

  /** Skip to the next byte boundary; false if a padding bit was set. */
  alignZero(): boolean {
    let ok = true
    while ((this.pos & 7) !== 0) if (this.bits(1) !== 0) ok = false
    return ok
  }

  get bytePos(): number {
    return this.pos >>> 3
  }
}

const DAY = 86_400_000
const EPOCH = Date.UTC(2000, 0, 1)
const MAX_DAYS = Math.round((Date.UTC(2100, 11, 31) - EPOCH) / DAY)

function daysOf(d: IsoDate): number {
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number]
  return Math.round((Date.UTC(y, m - 1, dd) - EPOCH) / DAY)
}

function dateOf(days: number): IsoDate {
  return new Date(EPOCH + days * DAY).toISOString().slice(0, 10)
}

// ───────────────────────── encode ─────────────────────────

const code = <T>(list: readonly T[], v: T): number => list.indexOf(v)
const nullableCode = <T>(list: readonly T[], v: T | null): number => (v === null ? 0 : list.indexOf(v) + 1)
const setBits = <T>(w: BitWriter, order: readonly T[], members: readonly T[]) => {
  for (const x of order) w.flag(members.includes(x))
}

function writeGap(w: BitWriter, g: Gap, pack: RulePack<string>, track: TrackId): void {
  switch (g.kind) {
    case 'scope':
      w.bits(code(V1.scopeReasons, g.reason), V1_WIDTHS.scopeReason)
      return
    case 'retirement':
      return
    case 'ability':
      w.bits(nullableCode(V1.departments, g.department), V1_WIDTHS.department)
      setBits(w, V1.abilityItems, g.missing)
      return
    case 'education-seniority':
      w.bits(code(V1.seniorityReasons, g.reason), V1_WIDTHS.seniorityReason).flag(g.exceptionalHelps)
      return
    case 'exceptional':
      setBits(w, V1.exceptionalConditions, g.held)
      w.flag(g.noTitle).flag(g.gatewayFrom !== null)
      if (g.gatewayFrom !== null) w.bits(daysOf(g.gatewayFrom), V1_WIDTHS.date)
      return
    case 'assessment':
      setBits(w, pack.params.assessmentYears.value, g.years)
      return
    case 'public-institution':
      setBits(w, V1.publicInstitution, g.missing)
      return
    case 'continuing-education':
      for (const year of trackDef(pack, track).ceYears.value) {
        const y = g.years.find((x) => x.year === year)
        w.flag(!!y?.total).flag(!!y?.professional).flag(!!y?.public)
      }
      return
    case 'discipline':
      setBits(w, V1.discipline, g.items)
  }
}

/**
 * The fragment payload of a summary. Throws (a programming error) if the summary is not valid for
 * the pack or the pack has no index in the registry.
 */
export function encodeSummary(summary: Summary, pack: RulePack<string>): string {
  const problem = summaryProblem(summary, pack)
  if (problem) throw new Error(`cannot encode an invalid summary (${problem})`)
  const index = sharePackIndex(pack.id)
  if (index < 0) throw new Error(`pack ${pack.id} is not in the share registry (src/share/packs.ts)`)
  const w = new BitWriter()
  w.bits(SHARE_FORMAT_VERSION, 8).bits(index, 8)
  w.bits(nullableCode(V1.tracks, summary.track), V1_WIDTHS.track)
  w.bits(nullableCode(V1.specialties, summary.specialty), V1_WIDTHS.specialty)
  w.bits(nullableCode(V1.paths, summary.path), V1_WIDTHS.path)
  w.bits(code(V1.overalls, summary.overall), V1_WIDTHS.overall)
  w.bits(daysOf(summary.generatedOn), V1_WIDTHS.date)
  w.flag(summary.eligibleFrom !== null)
  if (summary.eligibleFrom !== null) w.bits(daysOf(summary.eligibleFrom), V1_WIDTHS.date)
  const track = summary.track
  for (const r of summary.requirements) {
    w.bits(code(V1.statuses, r.status), V1_WIDTHS.status)
    w.flag(r.holdsFrom !== null)
    if (r.holdsFrom !== null) w.bits(daysOf(r.holdsFrom), V1_WIDTHS.date)
    if ((V1.gapRequirements as readonly string[]).includes(r.id)) {
      w.flag(r.gap !== null)
      if (r.gap !== null && track) writeGap(w, r.gap, pack, track)
    }
  }
  setBits(
    w,
    pack.materials.map((m) => m.id),
    summary.checklist.applicable,
  )
  setBits(
    w,
    pack.materials.map((m) => m.id),
    summary.checklist.done,
  )
  w.align()
  const name = new TextEncoder().encode(summary.displayName ?? '')
  w.bits(name.length, 8).bytes(name)
  return toBase64Url(withChecksum(w.result()))
}

// ───────────────────────── decode ─────────────────────────

/** Thrown inside the version-1 reader only, and caught there: a field out of range. */
class Invalid {
  constructor(readonly detail: string) {}
}

function pickCode<T>(list: readonly T[], c: number, what: string): T {
  const v = list[c]
  if (v === undefined) throw new Invalid(`${what} code ${c}`)
  return v
}

function pickNullable<T>(list: readonly T[], c: number, what: string): T | null {
  return c === 0 ? null : pickCode(list, c - 1, what)
}

function readDate(r: BitReader, what: string): IsoDate {
  const days = r.bits(V1_WIDTHS.date)
  if (days > MAX_DAYS) throw new Invalid(`${what} beyond ${SHARE_DATE_MAX}`)
  return dateOf(days)
}

function readSet<T>(r: BitReader, order: readonly T[]): T[] {
  return order.filter(() => r.flag())
}

function readGap(r: BitReader, id: RequirementId, pack: RulePack<string>, track: TrackId): Gap {
  switch (id) {
    case 'scope':
      return { kind: 'scope', reason: pickCode(V1.scopeReasons, r.bits(V1_WIDTHS.scopeReason), 'scope reason') }
    case 'retirement':
      return { kind: 'retirement', deferred: true }
    case 'ability': {
      const department = pickNullable(V1.departments, r.bits(V1_WIDTHS.department), 'department')
      return { kind: 'ability', department, missing: readSet(r, V1.abilityItems) }
    }
    case 'education-seniority': {
      const reason = pickCode(V1.seniorityReasons, r.bits(V1_WIDTHS.seniorityReason), 'seniority reason')
      return { kind: 'education-seniority', reason, exceptionalHelps: r.flag() }
    }
    case 'exceptional': {
      const held = readSet(r, V1.exceptionalConditions)
      const noTitle = r.flag()
      const gatewayFrom = r.flag() ? readDate(r, 'gatewayFrom') : null
      return { kind: 'exceptional', held, gatewayFrom, noTitle }
    }
    case 'assessment':
      return { kind: 'assessment', years: readSet(r, pack.params.assessmentYears.value) }
    case 'public-institution':
      return { kind: 'public-institution', missing: readSet(r, V1.publicInstitution) }
    case 'continuing-education': {
      const years: CeYearGap[] = []
      for (const year of trackDef(pack, track).ceYears.value) {
        const g = { year, total: r.flag(), professional: r.flag(), public: r.flag() }
        if (g.total || g.professional || g.public) years.push(g)
      }
      return { kind: 'continuing-education', years }
    }
    case 'discipline':
      return { kind: 'discipline', items: readSet(r, V1.discipline) }
    default:
      throw new Invalid(`no gap for ${id}`)
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function decodeV1(bytes: Uint8Array, packs: readonly RulePack<string>[]): DecodeResult {
  const bodyEnd = bytes.length - 3
  if (bodyEnd < 2) return fail('damaged', 'too short for version 1')
  const pack = packs[bytes[1]!]
  if (!pack) return fail('unknown-pack', `pack index ${bytes[1]}`)
  const r = new BitReader(bytes, 2, bodyEnd)
  let summary: Summary
  try {
    const track = pickNullable(V1.tracks, r.bits(V1_WIDTHS.track), 'track')
    if (track !== null && !offersTrack(pack, track)) throw new Invalid(`track ${track} not in pack ${pack.id}`)
    const specialty = pickNullable(V1.specialties, r.bits(V1_WIDTHS.specialty), 'specialty')
    const path = pickNullable(V1.paths, r.bits(V1_WIDTHS.path), 'path')
    const overall = pickCode(V1.overalls, r.bits(V1_WIDTHS.overall), 'overall')
    const generatedOn = readDate(r, 'generatedOn')
    const eligibleFrom = r.flag() ? readDate(r, 'eligibleFrom') : null
    const requirements: RequirementSummary[] = []
    for (const id of track ? trackDef(pack, track).requirements : []) {
      const status = pickCode(V1.statuses, r.bits(V1_WIDTHS.status), `status of ${id}`)
      const holdsFrom = r.flag() ? readDate(r, `holdsFrom of ${id}`) : null
      const hasGap = (V1.gapRequirements as readonly string[]).includes(id) && r.flag()
      const gap = hasGap && track ? readGap(r, id, pack, track) : null
      requirements.push({ id, status, holdsFrom, gap })
      if (r.overrun) break
    }
    const ids = pack.materials.map((m) => m.id)
    const applicable = readSet(r, ids)
    const doneBits = new Set(readSet(r, ids))
    if (r.overrun) throw new Invalid('body ends early')
    if (!r.alignZero()) throw new Invalid('padding bits set')
    const nameStart = r.bytePos
    if (nameStart >= bodyEnd) throw new Invalid('no name length')
    const nameLength = bytes[nameStart]!
    if (nameLength > MAX_NAME_BYTES) throw new Invalid(`name of ${nameLength} bytes`)
    if (nameStart + 1 + nameLength !== bodyEnd)
      throw new Invalid(nameStart + 1 + nameLength > bodyEnd ? 'name cut short' : 'trailing bytes')
    let name: string
    try {
      name = utf8.decode(bytes.subarray(nameStart + 1, bodyEnd))
    } catch {
      throw new Invalid('name is not UTF-8')
    }
    // Normalise: the name as the app would have written it; ticks only on items that apply.
    const clean = sanitizeDisplayName(name)
    const applicableSet = new Set(applicable)
    summary = {
      packId: pack.id,
      track,
      specialty,
      path,
      overall,
      eligibleFrom,
      requirements,
      checklist: {
        applicable,
        done: pack.materials.filter((m) => doneBits.has(m.id) && applicableSet.has(m.id)).map((m) => m.id),
      },
      generatedOn,
      displayName: clean === '' ? null : clean,
    }
  } catch (e) {
    if (e instanceof Invalid) return fail('damaged', e.detail)
    throw e
  }
  const problem = summaryProblem(summary, pack)
  if (problem) return fail('damaged', `inconsistent: ${problem}`)
  return { ok: true, summary, pack }
}

/** The decoders of every version ever written. Keep them all: old links must keep opening. */
const DECODERS: Record<number, (bytes: Uint8Array, packs: readonly RulePack<string>[]) => DecodeResult> = {
  1: decodeV1,
}

/**
 * Read a payload back. Never throws. `packs` is the registry (index → pack), SHARE_PACKS by default.
 */
export function decodeSummary(payload: string, packs: readonly RulePack<string>[] = SHARE_PACKS): DecodeResult {
  try {
    return decode(payload, packs)
  } catch (e) {
    // A safety net only: the fuzz tests fail if it ever catches anything.
    return fail('damaged', `internal error: ${String(e)}`)
  }
}

function decode(payload: string, packs: readonly RulePack<string>[]): DecodeResult {
  if (typeof payload !== 'string') return fail('empty', 'not a string')
  if (payload.length > MAX_PAYLOAD_CHARS) return fail('damaged', `longer than ${MAX_PAYLOAD_CHARS} characters`)
  const s = payload.trim()
  if (s === '') return fail('empty', 'empty payload')
  const bytes = fromBase64Url(s)
  if (!bytes) return fail('damaged', 'not base64url')
  if (bytes.length < 4) return fail('damaged', 'too short')
  const end = bytes.length - 3
  const stored = (bytes[end]! << 16) | (bytes[end + 1]! << 8) | bytes[end + 2]!
  if (crc24(bytes, end) !== stored) return fail('damaged', 'checksum')
  const version = bytes[0]!
  if (version > SHARE_FORMAT_VERSION) return fail('newer-version', `format version ${version}`)
  const decoder = DECODERS[version]
  if (!decoder) return fail('damaged', `format version ${version}`)
  return decoder(bytes, packs)
}

// ───────────────────────── URLs ─────────────────────────

/** The path of the summary screen; the payload follows the `#`. */
export const SHARE_PATH = '/s'

/** `https://host/s#payload` (a trailing slash on `origin` is dropped). */
export function shareUrl(origin: string, payload: string): string {
  return `${origin.replace(/\/+$/, '')}${SHARE_PATH}#${payload}`
}

/**
 * The payload in `location.hash` ("#AbC…"), decoded ONCE here: pass the raw fragment (as in the
 * address bar or `route.fullPath`, not vue-router's already-decoded `route.hash`). Tolerates what
 * chat apps do to links: percent-encoding, and punctuation glued to the end ("…AbC。"): the payload
 * is the leading run of base64url characters. A malformed escape ("#%E0%A4%A") or a fragment that
 * does not start with the payload ("#%25AbC", "#!x") comes back as `DAMAGED_PAYLOAD`, which
 * `decodeSummary` refuses as a damaged link (not as "no summary in this link").
 */
export function payloadFromLocation(hash: string): string {
  if (typeof hash !== 'string') return ''
  let s = hash.startsWith('#') ? hash.slice(1) : hash
  // Far too long to be ours: hand back something decodeSummary refuses unread, without scanning it.
  if (s.length > MAX_PAYLOAD_CHARS * 4) return s.slice(0, MAX_PAYLOAD_CHARS + 1)
  if (s.includes('%')) {
    try {
      s = decodeURIComponent(s)
    } catch {
      return DAMAGED_PAYLOAD
    }
  }
  s = s.trim()
  const run = /^[A-Za-z0-9_-]*/.exec(s)![0]
  return run || (s ? DAMAGED_PAYLOAD : '')
}

/** What `payloadFromLocation` returns for a fragment that is there but cannot be a payload. */
export const DAMAGED_PAYLOAD = '%'

/** The raw (undecoded) fragment of a path such as vue-router's `route.fullPath`, with its '#'. */
export function rawFragment(fullPath: string): string {
  const i = fullPath.indexOf('#')
  return i < 0 ? '' : fullPath.slice(i)
}
