/**
 * The round's status in words, in either language (the shared summary's language may differ from
 * the screen's): one headline and one line on what it means, for the banner, the summary (screen,
 * text, image, print) and the shared view. Pure; the status comes from `roundStatus` (src/engine/round.ts).
 */
import { formatDate } from '@/engine/format'
import type { RoundStatus } from '@/engine/round'
import type { Bilingual, Lang } from '@/engine/types'

const b = (zh: string, en: string): Bilingual => ({ zh, en })

export const ROUND_WORDS = {
  over: b('本通知（{year} 年度）的申报已于 {date}截止', 'Applications under this notice ({year}) closed on {date}'),
  overMeans: b(
    '本轮已不能再申报。这里的结论按本通知的条件作出，只说明您在 {year} 年度是否符合；以后年度的申报以当年的通知为准。',
    'This round can no longer be applied to. The verdict here applies this notice’s conditions and says only where you stood for {year}; a later round goes by its own notice.',
  ),
  open: b(
    '本通知（{year} 年度）的网上申报于 {date}截止，还有 {days} 天',
    'Online applications under this notice ({year}) close on {date}: {days} days left',
  ),
  tomorrow: b(
    '本通知（{year} 年度）的网上申报明天（{date}）截止',
    'Online applications under this notice ({year}) close tomorrow, {date}',
  ),
  today: b(
    '本通知（{year} 年度）的网上申报今天（{date}）截止',
    'Online applications under this notice ({year}) close today, {date}',
  ),
  /** The short form, for the shared text (short lines for WeChat). */
  overShort: b(
    '本轮已不能再申报；结论只说明 {year} 年度的情况。',
    'This round is closed; the verdict is about {year} only.',
  ),
  openMeans: b(
    '请在截止前完成网上申报；剩余天数按本机日期计算。',
    'Apply online before the deadline; days left are counted from this device’s date.',
  ),
  setBy: b('您申报的类别，申报时间以{doc}为准。', 'For what you apply for, the dates are set by {doc}.'),
} satisfies Record<string, Bilingual>

type Word = keyof typeof ROUND_WORDS

export function roundWord(key: Word, lang: Lang, params: Record<string, string | number> = {}): string {
  const text = lang === 'zh-CN' ? ROUND_WORDS[key].zh : ROUND_WORDS[key].en
  return text.replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all))
}

export interface RoundText {
  /** "本通知（2024 年度）的申报已于 2024年8月21日截止"; null when the status is unknown. */
  headline: string | null
  /** What it means for the applicant (no instruction to submit once the round is over). */
  means: string | null
  /** "您申报的类别，申报时间以…为准。" for tracks whose dates another document sets. */
  setBy: string | null
}

export function roundText(s: RoundStatus, lang: Lang): RoundText {
  const setBy = s.setBy ? roundWord('setBy', lang, { doc: lang === 'zh-CN' ? s.setBy.zh : s.setBy.en }) : null
  const d = s.applicationDeadline
  if (!d || s.state === 'unknown') return { headline: null, means: null, setBy }
  const params = { year: s.year, date: formatDate(d.date, lang), days: s.daysLeft ?? 0 }
  if (s.state === 'over') {
    return { headline: roundWord('over', lang, params), means: roundWord('overMeans', lang, params), setBy }
  }
  const key: Word = s.daysLeft === 0 ? 'today' : s.daysLeft === 1 ? 'tomorrow' : 'open'
  return { headline: roundWord(key, lang, params), means: setBy ? null : roundWord('openMeans', lang), setBy }
}

/** The headline and what it means as one paragraph (for the shared text and the image). */
export function roundParagraph(s: RoundStatus, lang: Lang): string | null {
  const r = roundText(s, lang)
  if (!r.headline) return null
  const stop = lang === 'zh-CN' ? '。' : '. '
  return [r.headline + stop + (r.means ?? ''), r.setBy]
    .filter(Boolean)
    .join(lang === 'zh-CN' ? '' : ' ')
    .trim()
}

/** Short lines for the shared text: the headline, and once over what it means, briefly. */
export function roundLines(s: RoundStatus, lang: Lang): string[] {
  const r = roundText(s, lang)
  if (!r.headline) return []
  const out = [r.headline + (lang === 'zh-CN' ? '。' : '.')]
  if (s.state === 'over') out.push(roundWord('overShort', lang, { year: s.year }))
  return out
}
