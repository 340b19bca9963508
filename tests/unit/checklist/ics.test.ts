import { describe, expect, it } from 'vitest'
import { deadlinesIcs, escapeText, foldLine, icsEvents, icsFileName, nextDay } from '@/checklist/ics'
import type { RulePack } from '@/engine/pack'
import type { Lang, TrackId } from '@/engine/types'
import { pack } from '@/policy/ningbo-2024-187'
import { projectPack, shiftDate } from '@/policy/projection'

const NOW = new Date('2026-12-01T02:00:00Z')

/** A small reader of what the file says: unfold, split properties, unescape TEXT. */
function unescape(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
}
interface Parsed {
  cal: Record<string, string>
  events: Record<string, string>[]
  alarms: Record<string, string>[]
}
function parse(ics: string): Parsed {
  const unfolded = ics.replace(/\r\n[ \t]/g, '')
  const lines = unfolded.split('\r\n')
  expect(lines.pop()).toBe('')
  const cal: Record<string, string> = {}
  const events: Record<string, string>[] = []
  const alarms: Record<string, string>[] = []
  let cur: Record<string, string> = cal
  for (const line of lines) {
    const i = line.indexOf(':')
    const name = line.slice(0, i)
    const value = line.slice(i + 1)
    if (name === 'BEGIN' && value === 'VEVENT') events.push((cur = {}))
    else if (name === 'BEGIN' && value === 'VALARM') alarms.push((cur = {}))
    else if (name === 'END' && value === 'VALARM') cur = events.at(-1)!
    else if (name === 'END') cur = cal
    else if (name !== 'BEGIN') cur[name] = /^(SUMMARY|DESCRIPTION|X-WR-CALNAME)$/.test(name) ? unescape(value) : value
  }
  return { cal, events, alarms }
}
const basic = (iso: string) => iso.replace(/-/g, '')
const utf8 = new TextEncoder()

const TRACKS: TrackId[] = ['engineer', 'senior', 'senior-se', 'principal']
const LANGS: Lang[] = ['zh-CN', 'en-US']

describe('the 2024 timeline as .ics', () => {
  it('a calendar with the required properties, CRLF everywhere', () => {
    const ics = deadlinesIcs({ pack, track: 'engineer', lang: 'zh-CN', now: NOW })
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const { cal, events, alarms } = parse(ics)
    expect(cal).toMatchObject({ VERSION: '2.0', CALSCALE: 'GREGORIAN', METHOD: 'PUBLISH' })
    expect(cal.PRODID).toBeTruthy()
    expect(cal['X-WR-CALNAME']).toBe('职称申报 2024 年度时间安排')
    expect(events).toHaveLength(4)
    expect(alarms).toHaveLength(4)
    for (const a of alarms) expect(a).toMatchObject({ ACTION: 'DISPLAY', TRIGGER: '-P3D' })
    for (const e of events) expect(e.DTSTAMP).toBe('20261201T020000Z')
    expect(icsFileName(pack)).toBe('zhicheng-2024-deadlines.ics')
  })

  it('a literal known date: N2.1 online application on 2024-08-21, the review 09-21 to 09-30', () => {
    const { events } = parse(deadlinesIcs({ pack, track: 'engineer', lang: 'zh-CN', now: NOW }))
    const online = events.find((e) => e.UID!.includes('online-application'))!
    expect(online['DTSTART;VALUE=DATE']).toBe('20240821')
    expect(online['DTEND;VALUE=DATE']).toBe('20240822')
    expect(online.SUMMARY).toBe('网上申报截止')
    expect(online.DESCRIPTION).toContain('N2.1')
    expect(online.DESCRIPTION).toContain('甬市监组人〔2024〕187号')
    expect(online.DESCRIPTION).toContain('2024年8月21日')
    const review = events.find((e) => e.UID!.includes('.review@'))!
    expect(review['DTSTART;VALUE=DATE']).toBe('20240921')
    expect(review['DTEND;VALUE=DATE']).toBe('20241001')
  })

  for (const track of TRACKS)
    for (const lang of LANGS)
      it(`${track}, ${lang}: the events are the pack's dated deadlines of the track`, () => {
        const defs = pack.deadlines.filter((d) => d.tracks.includes(track) && d.date !== null)
        const { events } = parse(deadlinesIcs({ pack, track, lang, now: NOW }))
        expect(events).toHaveLength(defs.length)
        events.forEach((e, i) => {
          const d = defs[i]!
          expect(e.UID).toBe(`ningbo-2024-187.${d.id}@zhicheng-self-check.invalid`)
          expect(e['DTSTART;VALUE=DATE']).toBe(basic(d.date!))
          expect(e['DTEND;VALUE=DATE']).toBe(basic(nextDay(d.until ?? d.date!)))
          expect(e.SUMMARY).toBe(lang === 'zh-CN' ? d.title.zh : d.title.en)
          for (const c of d.clauses) expect(e.DESCRIPTION).toContain(c)
          expect(e.DESCRIPTION).toContain(pack.docNo)
          expect(e.DESCRIPTION).not.toMatch(/推断|Projected/)
        })
        expect(new Set(events.map((e) => e.UID)).size).toBe(events.length)
      })

  it('the same UIDs in every file (stable: importing twice updates, not duplicates)', () => {
    const a = icsEvents({ pack, track: 'engineer', lang: 'zh-CN' }).map((e) => e.uid)
    const b = icsEvents({ pack, track: 'senior', lang: 'en-US' }).map((e) => e.uid)
    expect(a).toEqual(b)
  })

  it('no alarm when asked for none', () => {
    const ics = deadlinesIcs({ pack, track: 'engineer', lang: 'en-US', now: NOW, alarm: false })
    expect(ics).not.toContain('VALARM')
  })
})

describe('a projection as .ics', () => {
  const p2027 = projectPack(pack, 2027) as RulePack<string>
  for (const lang of LANGS)
    it(`2027, ${lang}: every event labelled, with the sentence, the dates as the projection gives them`, () => {
      const { cal, events } = parse(deadlinesIcs({ pack: p2027, track: 'engineer', lang, now: NOW }))
      const label = lang === 'zh-CN' ? '【推断】' : '[Projected]'
      expect(cal['X-WR-CALNAME']).toContain(label)
      const defs = p2027.deadlines.filter((d) => d.tracks.includes('engineer') && d.date !== null)
      expect(events).toHaveLength(defs.length)
      events.forEach((e, i) => {
        expect(e.SUMMARY!.startsWith(label)).toBe(true)
        expect(e.DESCRIPTION!.startsWith(label)).toBe(true)
        expect(e.DESCRIPTION).toContain(
          lang === 'zh-CN'
            ? '2027 年度实际的日期以当年正式发布的通知为准'
            : 'the notice actually published for 2027 decides',
        )
        expect(e['DTSTART;VALUE=DATE']).toBe(basic(defs[i]!.date!))
        expect(e.UID).toBe(`ningbo-2024-187-2027.${defs[i]!.id}@zhicheng-self-check.invalid`)
      })
      expect(events[0]!['DTSTART;VALUE=DATE']).toBe('20270821')
      expect(icsFileName(p2027)).toBe('zhicheng-2027-projected.ics')
    })

  it('29 Feb → 28 Feb: a projected deadline comes out as the projection gives it', () => {
    const leap = {
      ...pack,
      deadlines: [{ ...pack.deadlines[0]!, date: '2024-02-29' }, ...pack.deadlines.slice(1)],
    } as RulePack<string>
    const p = projectPack(leap, 2027)
    expect(p.deadlines[0]!.date).toBe(shiftDate('2024-02-29', 3))
    const { events } = parse(deadlinesIcs({ pack: p, track: 'engineer', lang: 'zh-CN', now: NOW }))
    expect(events[0]!['DTSTART;VALUE=DATE']).toBe('20270228')
    expect(events[0]!['DTEND;VALUE=DATE']).toBe('20270301')
  })
})

describe('text and lines', () => {
  it('hostile text round-trips through escaping', () => {
    const s = 'a;b,c\\d\ne;;,,\\\\\n\\n end'
    expect(unescape(escapeText(s))).toBe(s)
    expect(escapeText(s)).not.toMatch(/\n/)
  })

  it('folding: at most 75 octets a line, never inside a UTF-8 character, unfolds to the line', () => {
    const long = 'DESCRIPTION:' + '质量技术基础专业中级专业技术职务任职资格评审😀'.repeat(12) + 'abc'.repeat(40)
    const folded = foldLine(long)
    for (const l of folded.split('\r\n')) {
      expect(utf8.encode(l).length).toBeLessThanOrEqual(75)
      // Each physical line decodes on its own: no sequence was split.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(utf8.encode(l))).toBe(l)
      expect(l).not.toMatch(/[\uD800-\uDBFF]$/)
    }
    expect(folded.replace(/\r\n /g, '')).toBe(long)
  })

  it('every line of real files is at most 75 octets and decodes on its own', () => {
    for (const p of [pack, projectPack(pack, 2027) as RulePack<string>])
      for (const lang of LANGS) {
        const ics = deadlinesIcs({ pack: p, track: 'engineer', lang, now: NOW })
        for (const l of ics.split('\r\n')) {
          expect(utf8.encode(l).length).toBeLessThanOrEqual(75)
          new TextDecoder('utf-8', { fatal: true }).decode(utf8.encode(l))
        }
      }
  })

  it('a summary with hostile text parses back whole', () => {
    const hostile = {
      ...pack,
      deadlines: [{ ...pack.deadlines[0]!, title: { zh: '截止;逗号,反斜杠\\换行\n结束', en: 'x' } }],
    } as RulePack<string>
    const { events } = parse(deadlinesIcs({ pack: hostile, track: 'engineer', lang: 'zh-CN', now: NOW }))
    expect(events[0]!.SUMMARY).toBe('截止;逗号,反斜杠\\换行\n结束')
  })

  it('nextDay crosses months and years', () => {
    expect(nextDay('2024-09-30')).toBe('2024-10-01')
    expect(nextDay('2027-12-31')).toBe('2028-01-01')
    expect(nextDay('2024-02-28')).toBe('2024-02-29')
  })
})
