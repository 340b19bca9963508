/**
 * The timeline as a calendar file (RFC 5545 `.ics`) that the phone's calendar imports: one all-day
 * event per dated deadline of the applicant's track (a window such as the review's late September
 * is one event over its days), with the clause and the notice's number in each description. A
 * projection's file says so in every event — "【推断】/[Projected]" before its summary and its
 * description, and the sentence that the notice actually published for that year decides.
 *
 * Pure (no DOM, no clock of its own: `now` is injected for DTSTAMP). No personal data: the file
 * holds only the notice's dates. Deadlines another document sets (no date) have no event.
 *
 * Text is escaped (backslash, semicolon, comma, newline) and lines are folded at 75 octets of
 * UTF-8, never inside a multibyte character; lines end in CRLF.
 */
import type { RulePack } from '@/engine/pack'
import { deadlines } from '@/engine/deadlines'
import type { Bilingual, DeadlineEntry, IsoDate, Lang, TrackId } from '@/engine/types'
import { deadlineWhen } from './timeline'

export const ICS_MIME = 'text/calendar;charset=utf-8'
/** Fixed and domain-free: the UIDs stay the same in every file made for the same deadline. */
export const ICS_UID_SUFFIX = 'zhicheng-self-check.invalid'
export const ICS_PRODID = '-//zhicheng-self-check//deadlines 1.0//ZH'
/** Reminder this long before each event's first day (RFC 5545 duration). */
export const ICS_ALARM = '-P3D'

const b = (zh: string, en: string): Bilingual => ({ zh, en })
const pick = (x: Bilingual, lang: Lang): string => (lang === 'zh-CN' ? x.zh : x.en)

/** The words of the file, in one bilingual table. */
export const ICS_WORDS = {
  label: b('【推断】', '[Projected] '),
  calName: b('职称申报 {year} 年度时间安排', 'Title application {year}: dates'),
  calNameProjected: b('【推断】职称申报 {year} 年度时间安排', '[Projected] Title application {year}: dates'),
  projected: b(
    '这是按{docNo}（{base} 年度）推算的日期，不是 {year} 年度的通知；{year} 年度实际的日期以当年正式发布的通知为准。',
    'Projected from {docNo} (the {base} notice), not a {year} notice: the notice actually published for {year} decides its dates.',
  ),
  clause: b('依据：{docNo} {clauses}', 'Clause: {clauses} of {docNo}'),
  reminder: b('{title}：3 天后', '{title}: in 3 days'),
} satisfies Record<string, Bilingual>

function word(key: keyof typeof ICS_WORDS, lang: Lang, params: Record<string, string | number> = {}): string {
  return pick(ICS_WORDS[key], lang).replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all))
}

export interface IcsOptions {
  pack: RulePack<string>
  track: TrackId
  lang: Lang
  /** DTSTAMP (UTC). */
  now: Date
  /** A VALARM (display, 3 days before) in each event. @default true */
  alarm?: boolean
}

/** One event of the file, before it is written: what a test parses back. */
export interface IcsEvent {
  uid: string
  /** First day (all day). */
  start: IsoDate
  /** The day after the last day (DTEND of an all-day event is exclusive). */
  end: IsoDate
  summary: string
  description: string
}

/** `zhicheng-2024-deadlines.ics`, `zhicheng-2027-projected.ics`. */
export function icsFileName(pack: Pick<RulePack<string>, 'year' | 'projection'>): string {
  return `zhicheng-${pack.year}-${pack.projection ? 'projected' : 'deadlines'}.ics`
}

/** The day after an ISO date (all-day DTEND), in UTC arithmetic: no time zone can move it. */
export function nextDay(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

/** The events of a track's timeline (dated deadlines only), in the pack's order. */
export function icsEvents(options: Omit<IcsOptions, 'now' | 'alarm'>): IcsEvent[] {
  const { pack, track, lang } = options
  const proj = pack.projection
  const params: Record<string, string | number> = proj
    ? { docNo: pack.docNo, base: proj.baseYear, year: proj.year }
    : {}
  const uidPack = pack.id.replace(/[^A-Za-z0-9-]/g, '-')
  return deadlines(pack, track)
    .filter((d): d is DeadlineEntry & { date: IsoDate } => d.date !== null)
    .map((d) => {
      const title = pick(d.title, lang)
      const sep = lang === 'zh-CN' ? '、' : ', '
      const lines = [
        ...(proj ? [word('label', lang).trim() + ' ' + word('projected', lang, params)] : []),
        `${title}${lang === 'zh-CN' ? '：' : ': '}${deadlineWhen(d, lang)}`,
        word('clause', lang, { docNo: pack.docNo, clauses: d.clauses.join(sep) }),
      ]
      return {
        uid: `${uidPack}.${d.id}@${ICS_UID_SUFFIX}`,
        start: d.date,
        end: nextDay(d.until ?? d.date),
        summary: (proj ? word('label', lang) : '') + title,
        description: lines.join('\n'),
      }
    })
}

/** RFC 5545 TEXT escaping: backslash, semicolon, comma; a newline becomes `\n`. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

const utf8 = (s: string): number => new TextEncoder().encode(s).length

/**
 * Folds one content line at 75 octets (RFC 5545 3.1): continuation lines start with a space, which
 * counts; a character is never split (code points, so a surrogate pair stays whole).
 */
export function foldLine(line: string, max = 75): string {
  const out: string[] = []
  let cur = ''
  let size = 0
  for (const ch of line) {
    const n = utf8(ch)
    if (size + n > max) {
      out.push(cur)
      cur = ' '
      size = 1
    }
    cur += ch
    size += n
  }
  out.push(cur)
  return out.join('\r\n')
}

const basicDate = (d: IsoDate): string => d.replace(/-/g, '')
/** `20261201T020000Z`. */
export function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** The VCALENDAR of a track's timeline, CRLF line endings, folded. */
export function deadlinesIcs(options: IcsOptions): string {
  const { pack, lang, now } = options
  const alarm = options.alarm ?? true
  const proj = pack.projection
  const stamp = utcStamp(now)
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(word(proj ? 'calNameProjected' : 'calName', lang, { year: pack.year }))}`,
  ]
  for (const e of icsEvents(options)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(e.start)}`,
      `DTEND;VALUE=DATE:${basicDate(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
    )
    if (alarm)
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${ICS_ALARM}`,
        `DESCRIPTION:${escapeText(word('reminder', lang, { title: e.summary }))}`,
        'END:VALARM',
      )
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map((l) => foldLine(l)).join('\r\n') + '\r\n'
}
