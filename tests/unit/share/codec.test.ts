import { describe, expect, it } from 'vitest'
import { DEPARTMENT_TYPES, DISCIPLINE_ITEMS, PATHS, type TrackId } from '@/engine/types'
import { SPECIALTY_IDS as SPECIALTIES, TRACK_IDS as TRACKS } from '@/engine/vocabulary'
import {
  DECODE_MESSAGES,
  MAX_PAYLOAD_CHARS,
  SHARE_FORMAT_VERSION,
  V1,
  crc24,
  decodeSummary,
  encodeSummary,
  fromBase64Url,
  payloadFromLocation,
  rawFragment,
  DAMAGED_PAYLOAD,
  shareUrl,
  toBase64Url,
  withChecksum,
} from '@/share/codec'
import { SHARE_PACKS, sharePackIndex } from '@/share/packs'
import { GAP_STATUSES, OVERALLS, STATUSES, summaryProblem, type Gap, type Summary } from '@/share/summary'
import { CHINESE_40, ORIGIN, SHARE_PACK, buildAll, rangeProblems } from './helpers'

const bytesOf = (payload: string) => fromBase64Url(payload)!
/** A payload whose body was changed on purpose, with a fresh (valid) checksum. */
const reseal = (payload: string, edit: (body: Uint8Array) => Uint8Array) => {
  const b = bytesOf(payload)
  return toBase64Url(withChecksum(edit(b.slice(0, b.length - 3))))
}

describe('round trip over the engine’s case table', () => {
  it.each([
    ['no display name', undefined],
    ['a Latin name', 'Wang Xiaoming'],
    ['a 40-character Chinese name', CHINESE_40],
    ['an emoji name', '👩‍💻 李雷 😀'],
  ])('decodes to the summary that was encoded (%s)', (_what, name) => {
    for (const { c, summary } of buildAll(name)) {
      const payload = encodeSummary(summary, SHARE_PACK)
      const back = decodeSummary(payload)
      expect(back.ok, c.name).toBe(true)
      if (back.ok) {
        expect(back.summary, c.name).toStrictEqual(summary)
        expect(back.pack).toBe(SHARE_PACK)
      }
      // Encoding is a function of the summary: same summary, same link.
      if (back.ok) expect(encodeSummary(back.summary, SHARE_PACK)).toBe(payload)
    }
  })

  it('round-trips dates at both ends of the representable range', () => {
    const s = buildAll()[0]!.summary
    for (const d of ['2000-01-01', '2024-02-29', '2100-12-31']) {
      const t = { ...s, generatedOn: d }
      const back = decodeSummary(encodeSummary(t, SHARE_PACK))
      expect(back.ok && back.summary.generatedOn).toBe(d)
    }
  })

  it('refuses to encode an invalid summary or a pack outside the registry', () => {
    const s = buildAll()[0]!.summary
    expect(() => encodeSummary({ ...s, overall: 'not-eligible' }, SHARE_PACK)).toThrow(/invalid summary/)
    expect(() => encodeSummary({ ...s, packId: 'x' }, { ...SHARE_PACK, id: 'x' })).toThrow(/registry/)
  })
})

/** The longest summary version 1 can hold for a track: every field set, every gap at its widest. */
function widest(track: TrackId): Summary {
  const def = SHARE_PACK.tracks[track]!
  const gapFor = (id: string): Gap | null => {
    switch (id) {
      case 'scope':
        return { kind: 'scope', reason: 'not-in-ningbo' }
      case 'ability':
        return { kind: 'ability', department: 'research', missing: [1, 2, 3, 4] }
      case 'education-seniority':
        return { kind: 'education-seniority', reason: 'no-row', exceptionalHelps: true }
      case 'exceptional':
        return { kind: 'exceptional', held: [1, 2, 3, 4, 5, 6, 7], gatewayFrom: '2099-12-31', noTitle: true }
      case 'assessment':
        return { kind: 'assessment', years: [...SHARE_PACK.params.assessmentYears.value] }
      case 'public-institution':
        return { kind: 'public-institution', missing: ['withinPostRatio', 'approvedInPersonnelSystem'] }
      case 'continuing-education':
        return {
          kind: 'continuing-education',
          years: def.ceYears.value.map((year) => ({ year, total: true, professional: true, public: true })),
        }
      case 'discipline':
        return { kind: 'discipline', items: [...DISCIPLINE_ITEMS] }
      default:
        return null
    }
  }
  return {
    packId: SHARE_PACK.id,
    track,
    specialty: SHARE_PACK.tracks[track]!.specialties[0]!,
    path: 'skilled-talent',
    overall: 'not-eligible',
    eligibleFrom: '2099-12-31',
    requirements: def.requirements.map((id) => ({ id, status: 'not-met', holdsFrom: '2099-12-31', gap: gapFor(id) })),
    checklist: {
      applicable: SHARE_PACK.materials.map((m) => m.id),
      done: SHARE_PACK.materials.map((m) => m.id),
    },
    generatedOn: '2099-12-31',
    displayName: CHINESE_40,
  }
}

describe('link length', () => {
  it('keeps every link of the case table ≤ 300 characters, even with a 40-character Chinese name', () => {
    const built = buildAll(CHINESE_40)
    const lengths = built.map(({ c, summary }) => ({ c, payload: encodeSummary(summary, SHARE_PACK) }))
    const longest = lengths.reduce((a, b) => (b.payload.length > a.payload.length ? b : a))
    const link = shareUrl(ORIGIN, longest.payload)
    const shortest = buildAll()
      .map(({ summary }) => encodeSummary(summary, SHARE_PACK))
      .reduce((a, b) => (b.length < a.length ? b : a))
    console.info(
      `[share] case table, 40-char Chinese name: longest payload ${longest.payload.length} chars ` +
        `(${bytesOf(longest.payload).length} bytes, "${longest.c.name}"), link ${link.length} chars with ${ORIGIN}; ` +
        `shortest payload without a name ${shortest.length} chars (${bytesOf(shortest).length} bytes)`,
    )
    expect(longest.payload.length).toBeLessThanOrEqual(240)
    expect(link.length).toBeLessThanOrEqual(300)
  })

  it('keeps even the widest possible version-1 summary ≤ 240 characters', () => {
    for (const track of TRACKS) {
      const s = widest(track)
      expect(summaryProblem(s, SHARE_PACK), track).toBeNull()
      const payload = encodeSummary(s, SHARE_PACK)
      console.info(
        `[share] widest ${track}: payload ${payload.length} chars (${bytesOf(payload).length} bytes), link ${shareUrl(ORIGIN, payload).length} chars`,
      )
      expect(payload.length).toBeLessThanOrEqual(240)
      const back = decodeSummary(payload)
      expect(back.ok && back.summary).toStrictEqual(s)
    }
  })
})

describe('decode errors', () => {
  const good = encodeSummary(buildAll('张三')[10]!.summary, SHARE_PACK)

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['#', 'damaged'],
    ['not a payload!', 'damaged'],
    ['AAAA', 'damaged'],
    [good.slice(0, -1), 'damaged'],
    [good + 'A', 'damaged'],
    [good.slice(1), 'damaged'],
    ['A'.repeat(MAX_PAYLOAD_CHARS + 1), 'damaged'],
  ])('%j → %s', (payload, error) => {
    const r = decodeSummary(payload)
    expect(r).toMatchObject({ ok: false, error })
  })

  it('tolerates surrounding white space', () => {
    expect(decodeSummary(` ${good}\n`).ok).toBe(true)
  })

  it('says "update the app" for a newer format version', () => {
    const newer = toBase64Url(withChecksum(Uint8Array.from([SHARE_FORMAT_VERSION + 1, 0, 1, 2, 3])))
    const r = decodeSummary(newer)
    expect(r).toMatchObject({ ok: false, error: 'newer-version' })
    if (!r.ok) {
      expect(r.message.zh).toContain('更新应用')
      expect(r.message.en).toMatch(/update the app/i)
    }
  })

  it('calls a damaged version byte damaged, not newer (the checksum is checked first)', () => {
    const b = bytesOf(good)
    b[0] = 0x41
    expect(decodeSummary(toBase64Url(b))).toMatchObject({ ok: false, error: 'damaged' })
  })

  it('says "update the app" for a pack this app does not know', () => {
    const r = decodeSummary(
      reseal(good, (body) => {
        body[1] = SHARE_PACKS.length
        return body
      }),
    )
    expect(r).toMatchObject({ ok: false, error: 'unknown-pack' })
    if (!r.ok) expect(r.message.zh).toContain('更新应用')
  })

  it('refuses version 0 and a body cut short or padded', () => {
    expect(
      decodeSummary(
        reseal(good, (body) => {
          body[0] = 0
          return body
        }),
      ),
    ).toMatchObject({ ok: false, error: 'damaged' })
    expect(decodeSummary(reseal(good, (body) => body.slice(0, -1)))).toMatchObject({ ok: false, error: 'damaged' })
    expect(decodeSummary(reseal(good, (body) => Uint8Array.from([...body, 0])))).toMatchObject({
      ok: false,
      error: 'damaged',
      detail: 'trailing bytes',
    })
  })

  it('refuses a name that is not UTF-8', () => {
    const s = { ...buildAll()[0]!.summary, displayName: 'ab' }
    const r = decodeSummary(
      reseal(encodeSummary(s, SHARE_PACK), (body) => {
        body[body.length - 1] = 0xff
        return body
      }),
    )
    expect(r).toMatchObject({ ok: false, error: 'damaged', detail: 'name is not UTF-8' })
  })

  it('refuses out-of-range codes even under a valid checksum', () => {
    // Byte 2 starts with the track (3 bits): 7 is no track.
    expect(
      decodeSummary(
        reseal(good, (body) => {
          body[2] = body[2]! | 0xe0
          return body
        }),
      ),
    ).toMatchObject({ ok: false, error: 'damaged', detail: 'track code 6' })
  })

  it('refuses a huge payload without reading it', () => {
    const huge = 'A'.repeat(10_000_000)
    const t0 = performance.now()
    expect(decodeSummary(huge)).toMatchObject({ ok: false, error: 'damaged' })
    expect(payloadFromLocation('#' + huge).length).toBe(MAX_PAYLOAD_CHARS + 1)
    expect(performance.now() - t0).toBeLessThan(250) // a real read of 10 M characters takes seconds; 50 ms failed at load average 30
  })

  it('never throws on what is not a string', () => {
    for (const x of [undefined, null, 42, {}, []]) {
      expect(decodeSummary(x as unknown as string)).toMatchObject({ ok: false, error: 'empty' })
    }
  })

  it('has a message in both languages for every error', () => {
    for (const m of Object.values(DECODE_MESSAGES)) {
      expect(m.zh.length).toBeGreaterThan(5)
      expect(m.en.length).toBeGreaterThan(5)
    }
  })
})

describe('normalising what a (valid-checksum) link says', () => {
  it('drops ticks on items that do not apply', () => {
    const s = { ...buildAll()[0]!.summary, checklist: { ...buildAll()[0]!.summary.checklist, done: [] } }
    // Set every bit of the done bitset (the last pack.materials.length bits before the padding).
    const body = bytesOf(encodeSummary(s, SHARE_PACK)).slice(0, -3)
    const end = bitLengthBeforePadding(s)
    for (let bit = end - SHARE_PACK.materials.length; bit < end; bit++)
      body[bit >> 3] = body[bit >> 3]! | (0x80 >> (bit & 7))
    const r = decodeSummary(toBase64Url(withChecksum(body)))
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.summary.checklist.done).toEqual(s.checklist.applicable)
      expect(rangeProblems(r.summary)).toEqual([])
    }
  })

  it('sanitises a name that was written without the app', () => {
    const s = { ...buildAll()[0]!.summary, displayName: 'abc' }
    const raw = new TextEncoder().encode('\u202Eab\u0000')
    const payload = reseal(encodeSummary(s, SHARE_PACK), (body) => {
      const out = new Uint8Array(body.length - 3 + raw.length)
      out.set(body.slice(0, body.length - 4))
      out[body.length - 4] = raw.length
      out.set(raw, body.length - 3)
      return out
    })
    const r = decodeSummary(payload)
    expect(r.ok && r.summary.displayName).toBe('ab')
  })
})

/** Bits of a version-1 body before its padding (header after the two bytes, requirements, checklist). */
function bitLengthBeforePadding(s: Summary): number {
  let n = 3 + 3 + 3 + 2 + 16 + 1 + (s.eligibleFrom ? 16 : 0)
  for (const r of s.requirements) {
    n += 3 + 1 + (r.holdsFrom ? 16 : 0)
    if ((V1.gapRequirements as readonly string[]).includes(r.id)) n += 1
    if (r.gap) throw new Error('only for summaries without gaps')
  }
  return 16 + n + 2 * SHARE_PACK.materials.length
}

describe('golden links (version 1 must keep decoding, forever)', () => {
  // Made by this version. If a change breaks them, it changed the meaning of version 1: bump the
  // version and keep a decoder for these instead (docs/share-link.md, "Versioning").
  const R = (id: string, status: string, holdsFrom: string | null = null, gap: unknown = null) => ({
    id,
    status,
    holdsFrom,
    gap,
  })
  const ENGINEER_LIST = [
    'platform-account',
    'platform-commitment',
    'platform-social-security',
    'platform-ce-import',
    'platform-ce-certificate',
    'platform-evidence',
    'platform-assessment',
    'forms-download',
    'paper-evaluation-form',
    'paper-achievements',
    'paper-materials-list',
    'unit-publicity',
    'unit-review',
    'district-entrustment',
    'district-roster',
    'district-forward',
    'interview-prepare',
  ]
  const ENGINEER_DONE = [
    'platform-account',
    'platform-social-security',
    'platform-ce-certificate',
    'platform-assessment',
    'paper-evaluation-form',
    'paper-materials-list',
  ]
  const common = { packId: 'ningbo-2024-187', generatedOn: '2024-08-15', displayName: '张三 Zhang' }
  const GOLDEN: [string, string, Summary][] = [
    [
      'engineer, leap-day title: two route dates and the exceptional conditions held',
      'AQAkpGQybAAAAQZQXSZNgaCTYAAAAIcPHLfQUIgADOW8oOS4iSBaaGFuZwIZaA',
      {
        ...common,
        track: 'engineer',
        specialty: 'quality',
        path: 'normal',
        overall: 'not-eligible',
        eligibleFrom: '2027-02-28',
        requirements: [
          R('scope', 'met'),
          R('retirement', 'met'),
          R('discipline', 'met'),
          R('political', 'met'),
          R('skilled-talent', 'not-applicable'),
          R('education-seniority', 'not-met', '2028-02-29', {
            kind: 'education-seniority',
            reason: 'years',
            exceptionalHelps: true,
          }),
          R('exceptional', 'not-met', '2027-02-28', {
            kind: 'exceptional',
            held: [1, 3],
            gatewayFrom: '2027-02-28',
            noTitle: false,
          }),
          R('ability', 'met'),
          R('assessment', 'met'),
          R('social-security', 'met'),
          R('continuing-education', 'met'),
          R('evidence', 'met'),
          R('public-institution', 'not-applicable'),
        ],
        checklist: { applicable: ENGINEER_LIST, done: ENGINEER_DONE },
      } as Summary,
    ],
    [
      'engineer, ability item 3 missing',
      'AQAkpGQgAAEAgVIAACHDxy30FCIADOW8oOS4iSBaaGFuZzT7lg',
      {
        ...common,
        track: 'engineer',
        specialty: 'quality',
        path: 'normal',
        overall: 'not-eligible',
        eligibleFrom: null,
        requirements: [
          R('scope', 'met'),
          R('retirement', 'met'),
          R('discipline', 'met'),
          R('political', 'met'),
          R('skilled-talent', 'not-applicable'),
          R('education-seniority', 'met'),
          R('exceptional', 'not-applicable'),
          R('ability', 'not-met', null, { kind: 'ability', department: 'management', missing: [3] }),
          R('assessment', 'met'),
          R('social-security', 'met'),
          R('continuing-education', 'met'),
          R('evidence', 'met'),
          R('public-institution', 'not-applicable'),
        ],
        checklist: { applicable: ENGINEER_LIST, done: ENGINEER_DONE },
      } as Summary,
    ],
    [
      'senior special equipment, 2020 hours short in total',
      'AQBwpGQgABDQWAAADl0g8qFCAAAM5byg5LiJIFpoYW5nVgRv',
      {
        ...common,
        track: 'senior-se',
        specialty: 'special-equipment',
        path: 'normal',
        overall: 'not-eligible',
        eligibleFrom: null,
        requirements: [
          R('scope', 'met'),
          R('retirement', 'met'),
          R('discipline', 'met'),
          R('skilled-talent', 'not-applicable'),
          R('provincial-conditions', 'check'),
          R('self-score', 'not-applicable'),
          R('continuing-education', 'not-met', null, {
            kind: 'continuing-education',
            years: [{ year: 2020, total: true, professional: false, public: false }],
          }),
          R('evidence', 'met'),
          R('public-institution', 'met'),
        ],
        checklist: {
          applicable: [
            'platform-account',
            'platform-commitment',
            'platform-social-security',
            'platform-education-upload',
            'platform-ce-import',
            'platform-ce-certificate',
            'platform-evidence',
            'platform-public-institution',
            'forms-download',
            'paper-senior',
            'unit-publicity',
            'unit-review',
            'unit-post-procedure',
            'district-forward',
          ],
          done: [
            'platform-account',
            'platform-social-security',
            'platform-ce-import',
            'platform-evidence',
            'forms-download',
          ],
        },
      } as Summary,
    ],
    [
      'nothing answered',
      'AQAARGQgAAAAAAAAAAzlvKDkuIkgWmhhbmd3UZ8',
      {
        ...common,
        track: null,
        specialty: null,
        path: null,
        overall: 'needs-info',
        eligibleFrom: null,
        requirements: [],
        checklist: { applicable: [], done: [] },
      },
    ],
  ]

  it.each(GOLDEN)('%s', (_name, payload, expected) => {
    const r = decodeSummary(payload)
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.summary).toStrictEqual(expected)
    expect(encodeSummary(expected, SHARE_PACK)).toBe(payload)
  })
})

describe('format tables', () => {
  it('has a version-1 code for every value the engine knows', () => {
    expect([...V1.tracks].sort()).toEqual([...TRACKS].sort())
    expect([...V1.specialties].sort()).toEqual([...SPECIALTIES].sort())
    expect([...V1.paths].sort()).toEqual([...PATHS].sort())
    expect([...V1.departments].sort()).toEqual([...DEPARTMENT_TYPES].sort())
    expect([...V1.discipline].sort()).toEqual([...DISCIPLINE_ITEMS].sort())
    expect([...V1.statuses].sort()).toEqual([...STATUSES].sort())
    expect([...V1.overalls].sort()).toEqual([...OVERALLS].sort())
    expect([...V1.gapRequirements].sort()).toEqual(Object.keys(GAP_STATUSES).sort())
  })

  it('keeps ningbo-2024-187 at registry index 0', () => {
    expect(sharePackIndex('ningbo-2024-187')).toBe(0)
    expect(SHARE_PACKS[0]!.id).toBe('ningbo-2024-187')
    expect(SHARE_PACK.materials).toHaveLength(28)
  })

  it('uses CRC-24/OPENPGP', () => {
    expect(crc24(new TextEncoder().encode('123456789'))).toBe(0x21cf02)
  })

  it('uses strict, unpadded base64url', () => {
    expect(toBase64Url(new TextEncoder().encode('foobar'))).toBe('Zm9vYmFy')
    expect(toBase64Url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8')
    expect(fromBase64Url('-_8')).toEqual(Uint8Array.from([0xfb, 0xff]))
    expect(fromBase64Url('-_9')).toBeNull() // unused low bits set: not the canonical spelling
    expect(fromBase64Url('Zm9vY')).toBeNull() // 5 characters cannot be whole bytes
    expect(fromBase64Url('Zm9v=')).toBeNull()
    expect(fromBase64Url('Zm+v')).toBeNull()
    expect(fromBase64Url('')).toEqual(new Uint8Array())
  })
})

describe('URLs', () => {
  it('puts the payload after /s#', () => {
    expect(shareUrl('https://a.example', 'AbC')).toBe('https://a.example/s#AbC')
    expect(shareUrl('https://a.example/', 'AbC')).toBe('https://a.example/s#AbC')
  })

  it.each([
    ['#AbC-_9', 'AbC-_9'],
    ['AbC', 'AbC'],
    ['', ''],
    ['#', ''],
    ['#AbC%E3%80%82', 'AbC'],
    ['#AbC。', 'AbC'],
    ['#AbC)', 'AbC'],
    ['# AbC ', 'AbC'],
    ['#%41bC', 'AbC'],
  ])('reads the payload from %j', (hash, payload) => {
    expect(payloadFromLocation(hash)).toBe(payload)
  })

  // Issue 10: a malformed escape, or a fragment that does not start with a payload, is a damaged
  // link, not "no summary in this link" (before: '' and the "empty" message).
  it.each(['#%E0%A4%A', '#%', '#%zz', '#%25AbC', '#!AbC', '#%E3%80%82AbC'])('%j is a damaged link', (hash) => {
    expect(payloadFromLocation(hash)).toBe(DAMAGED_PAYLOAD)
    expect(decodeSummary(payloadFromLocation(hash))).toMatchObject({ ok: false, error: 'damaged' })
  })

  it('decodes once: an escaped percent sign is not decoded a second time', () => {
    // "%2541" is "%41" after one decoding (and "A" after two): a damaged link, never "A…".
    expect(payloadFromLocation('#%2541bC')).toBe(DAMAGED_PAYLOAD)
  })

  it('rawFragment takes the undecoded fragment of a full path', () => {
    expect(rawFragment('/s#AbC%E3%80%82')).toBe('#AbC%E3%80%82')
    expect(rawFragment('/s')).toBe('')
    expect(payloadFromLocation(rawFragment('/s#AbC%E3%80%82'))).toBe('AbC')
  })

  it('reads back the payload of a link it made', () => {
    const payload = encodeSummary(buildAll('李雷')[3]!.summary, SHARE_PACK)
    const url = new URL(shareUrl(ORIGIN, payload))
    expect(url.pathname).toBe('/s')
    expect(url.search).toBe('')
    expect(decodeSummary(payloadFromLocation(url.hash)).ok).toBe(true)
  })
})
