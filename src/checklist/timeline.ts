/**
 * The ONE deadline-status renderer: how a deadline of the notice reads (its date in words, its state
 * against today — days left, closes today, under way, closed on …), used by the timeline, the
 * results, the checklist and the shared summary (screen, text, image), so they all say the same.
 * Pure: the engine computes each deadline's state against an injected today (`deadlines(…, today)`);
 * this module only says how to show it, in the language asked for (the shared summary's language may
 * differ from the screen's), with its words in one bilingual table below.
 */
import { formatDate } from '@/engine/format'
import type { Bilingual, DeadlineEntry, IsoDate, Lang } from '@/engine/types'

/** How a deadline looks: `soon` is upcoming within SOON_DAYS days. */
export type DeadlineTone = 'upcoming' | 'soon' | 'today' | 'in-window' | 'closed' | 'unknown' | 'none'

/** "Closing soon" for a deadline and for the round (`roundStatus`'s `soonDays`): the app's parameter. */
export const SOON_DAYS = 7

const b = (zh: string, en: string): Bilingual => ({ zh, en })

/** Every word a deadline's date or state is shown with. */
export const DEADLINE_WORDS = {
  today: b('今天截止', 'Closes today'),
  tomorrow: b('明天截止', 'Closes tomorrow'),
  startsTomorrow: b('明天开始', 'Starts tomorrow'),
  startsIn: b('{days} 天后开始', 'Starts in {days} days'),
  daysLeft: b('还有 {days} 天', '{days} days left'),
  inWindow: b('进行中', 'Under way'),
  closed: b('已于 {date} 截止', 'Closed on {date}'),
  unknown: b('以省级文件为准', 'Set by the provincial documents'),
  setBy: b('以{doc}为准', 'Set by {doc}'),
  window: b('{from} 至 {until}（预计）', '{from} to {until} (expected)'),
} satisfies Record<string, Bilingual>

export type DeadlineWord = keyof typeof DEADLINE_WORDS

export function deadlineWord(key: DeadlineWord, lang: Lang, params: Record<string, string | number> = {}): string {
  const text = lang === 'zh-CN' ? DEADLINE_WORDS[key].zh : DEADLINE_WORDS[key].en
  return text.replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all))
}

const pick = (x: Bilingual, lang: Lang): string => (lang === 'zh-CN' ? x.zh : x.en)

export interface DeadlineView {
  id: string
  title: Bilingual
  /** `<time datetime>`: the date, or null when another document sets it. */
  datetime: IsoDate | null
  /** The date in words: "2024年8月21日", "2024年9月21日 至 2024年9月30日（预计）", "以…为准". */
  when: string
  /** Days left, "今天截止", "已于…截止", "进行中"; null without a state or without a date. */
  status: string | null
  /** The date the status names (closed on …), for its own `<time datetime>`. */
  statusDatetime: IsoDate | null
  /** False when the status already says the date ("已于 2024年8月21日 截止"): not said twice. */
  showWhen: boolean
  tone: DeadlineTone
  clauses: string[]
}

export function deadlineTone(d: Pick<DeadlineEntry, 'state'>): DeadlineTone {
  const s = d.state
  if (!s) return 'none'
  if (s.kind === 'upcoming') return s.daysLeft <= SOON_DAYS ? 'soon' : 'upcoming'
  return s.kind
}

export function deadlineWhen(d: DeadlineEntry, lang: Lang): string {
  if (d.date === null)
    return d.setBy ? deadlineWord('setBy', lang, { doc: pick(d.setBy, lang) }) : deadlineWord('unknown', lang)
  if (d.until) return deadlineWord('window', lang, { from: formatDate(d.date, lang), until: formatDate(d.until, lang) })
  return formatDate(d.date, lang)
}

export function deadlineStatus(d: DeadlineEntry, lang: Lang): string | null {
  const s = d.state
  if (!s) return null
  switch (s.kind) {
    case 'upcoming':
      // A window (the review, "late September") starts; a deadline closes.
      if (d.until)
        return s.daysLeft === 1
          ? deadlineWord('startsTomorrow', lang)
          : deadlineWord('startsIn', lang, { days: s.daysLeft })
      return s.daysLeft === 1 ? deadlineWord('tomorrow', lang) : deadlineWord('daysLeft', lang, { days: s.daysLeft })
    case 'today':
      return deadlineWord('today', lang)
    case 'in-window':
      return deadlineWord('inWindow', lang)
    case 'closed':
      return deadlineWord('closed', lang, { date: formatDate(s.on, lang) })
    case 'unknown':
      // The date line already says who sets it ("以浙市监人〔2024〕18号…为准"): not twice.
      return null
  }
}

export function deadlineView(d: DeadlineEntry, lang: Lang): DeadlineView {
  const closedOn = d.state?.kind === 'closed' ? d.state.on : null
  return {
    id: d.id,
    title: d.title,
    datetime: d.date,
    when: deadlineWhen(d, lang),
    status: deadlineStatus(d, lang),
    statusDatetime: closedOn,
    showWhen: !(closedOn !== null && closedOn === d.date && !d.until),
    tone: deadlineTone(d),
    clauses: [...d.clauses],
  }
}

/** One line of text: "网上申报截止：已于 2024年8月21日 截止" (the date once), for the shared text. */
export function deadlineLine(d: DeadlineEntry, lang: Lang): string {
  const v = deadlineView(d, lang)
  const rest = [v.showWhen ? v.when : '', v.status ?? ''].filter(Boolean).join(lang === 'zh-CN' ? '，' : ', ')
  return `${pick(v.title, lang)}${rest ? (lang === 'zh-CN' ? '：' : ': ') + rest : ''}`
}

/**
 * Where the "today" marker goes: before the first deadline that is still ahead (upcoming, today, or
 * a window under way); after the last one when all have passed. Deadlines without a date do not
 * move it. Returns an index into `deadlines` (deadlines.length = at the end).
 */
export function todayIndex(deadlines: readonly Pick<DeadlineEntry, 'state'>[]): number {
  const i = deadlines.findIndex(
    (d) => d.state?.kind === 'upcoming' || d.state?.kind === 'today' || d.state?.kind === 'in-window',
  )
  return i === -1 ? deadlines.length : i
}
