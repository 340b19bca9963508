/**
 * The notice's dates for the applicant's track as a phone-sized timeline. Pure: the engine computes
 * each deadline's state against today (`assess(…, { today })`); this module only says how to show
 * it — which words, which tone, where "today" sits — through an injected translator, so it can be
 * tested in both languages without Vue.
 */
import type { Bilingual, DeadlineEntry, IsoDate } from '@/engine/types'
import type { MessageKey } from '@/locales'

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string
export type FormatDate = (iso: IsoDate) => string

/** How a deadline looks: `soon` is upcoming within SOON_DAYS days. */
export type DeadlineTone = 'upcoming' | 'soon' | 'today' | 'in-window' | 'closed' | 'unknown' | 'none'

export const SOON_DAYS = 7

export interface DeadlineView {
  id: string
  title: Bilingual
  /** `<time datetime>`: the date, or null when another document sets it. */
  datetime: IsoDate | null
  /** The date in words: "2024年8月21日", "2024年9月21日 至 2024年9月30日（预计）", "由…规定". */
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

export function deadlineWhen(d: DeadlineEntry, t: Translate, date: FormatDate, pick: (b: Bilingual) => string): string {
  if (d.date === null)
    return d.setBy ? t('checklist.timeline.setBy', { doc: pick(d.setBy) }) : t('checklist.timeline.unknown')
  if (d.until) return t('checklist.timeline.window', { from: date(d.date), until: date(d.until) })
  return date(d.date)
}

export function deadlineStatus(d: DeadlineEntry, t: Translate, date: FormatDate): string | null {
  const s = d.state
  if (!s) return null
  switch (s.kind) {
    case 'upcoming':
      // A window (the review, "late September") starts; a deadline closes.
      if (d.until)
        return s.daysLeft === 1
          ? t('checklist.timeline.startsTomorrow')
          : t('checklist.timeline.startsIn', { days: s.daysLeft })
      return s.daysLeft === 1
        ? t('checklist.timeline.tomorrow')
        : t('checklist.timeline.daysLeft', { days: s.daysLeft })
    case 'today':
      return t('checklist.timeline.today')
    case 'in-window':
      return t('checklist.timeline.inWindow')
    case 'closed':
      return t('checklist.timeline.closed', { date: date(s.on) })
    case 'unknown':
      // The date line already says who sets it ("以浙市监人〔2024〕18号…为准"): not twice.
      return null
  }
}

export function deadlineView(
  d: DeadlineEntry,
  t: Translate,
  date: FormatDate,
  pick: (b: Bilingual) => string,
): DeadlineView {
  const closedOn = d.state?.kind === 'closed' ? d.state.on : null
  return {
    id: d.id,
    title: d.title,
    datetime: d.date,
    when: deadlineWhen(d, t, date, pick),
    status: deadlineStatus(d, t, date),
    statusDatetime: closedOn,
    showWhen: !(closedOn !== null && closedOn === d.date && !d.until),
    tone: deadlineTone(d),
    clauses: [...d.clauses],
  }
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
