/**
 * The summary as plain text, for pasting into WeChat or a mail: no markdown (WeChat shows `*`, `#`
 * and `|` literally), short lines, a status word beside every emoji, the gaps with their advice,
 * checklist progress, the track's dates relative to the day the summary was made, the notice, the
 * date and the link.
 */
import { SOON_DAYS, deadlineLine } from '@/checklist/timeline'
import { roundLines } from '@/checklist/round'
import { roundStatus } from '@/engine/round'
import { deadlines } from '@/engine/assess'
import { PATH_LABELS, formatDate, pick } from '@/engine/explain'
import type { RulePack } from '@/engine/pack'
import type { Lang } from '@/engine/types'
import { STATUS_EMOJI, gapLines, metNote, overallWord, requirementLabel, statusWord, t } from './messages'
import { checklistProgress, type Summary } from './summary'

/** Join `items` with `sep` into lines of about `width` characters (an item is never split). */
function wrap(items: string[], sep: string, width: number): string[] {
  const lines: string[] = []
  let cur = ''
  for (const item of items) {
    if (cur && cur.length + sep.length + item.length > width) {
      lines.push(cur + sep.trimEnd())
      cur = item
    } else cur = cur ? cur + sep + item : item
  }
  if (cur) lines.push(cur)
  return lines
}

export function renderSummaryText(summary: Summary, lang: Lang, pack: RulePack<string>, link?: string): string {
  const zh = lang === 'zh-CN'
  const colon = zh ? '：' : ': '
  // English labels contain commas ("Who may apply, and the specialty"): list them with semicolons.
  const sep = zh ? '、' : '; '
  const date = (d: string) => formatDate(d, lang)
  const out: string[] = []

  out.push(zh ? `【${t('heading', lang)}】` : t('heading', lang))
  if (summary.displayName) out.push(`${t('applicant', lang)}${colon}${summary.displayName}`)
  if (summary.track) {
    const what = [
      pick(pack.tracks[summary.track]!.title, lang),
      summary.specialty && pick(pack.specialties[summary.specialty]!, lang),
      summary.path && pick(PATH_LABELS[summary.path], lang),
    ].filter(Boolean)
    out.push(`${t('applying', lang)}${colon}${what.join(' · ')}`)
  }
  out.push(`${t('verdict', lang)}${colon}${overallWord(summary.overall, lang, summary.requirements)}`)
  if (summary.eligibleFrom) out.push(t('eligibleFrom', lang, { date: date(summary.eligibleFrom) }))
  // Where the notice's round stood on the day the summary was made (over: no instruction to submit).
  out.push(...roundLines(roundStatus(pack, summary.generatedOn, { soonDays: SOON_DAYS, track: summary.track }), lang))

  // Not met and "check" one by one, with their gap and advice; needs-info together, with one advice.
  const individual = summary.requirements.filter((r) => r.status === 'not-met' || r.status === 'check')
  const needsInfo = summary.requirements.filter((r) => r.status === 'needs-info')
  if (individual.length || needsInfo.length) {
    out.push('', t('attention', lang))
    for (const r of individual) {
      out.push(`${statusWord(r.status, lang)}${colon}${requirementLabel(r, lang)}`)
      for (const line of gapLines(r, summary, lang, pack)) out.push(`  ${line}`)
    }
    if (needsInfo.length) {
      out.push(`${statusWord('needs-info', lang)}${colon}`)
      for (const line of wrap(
        needsInfo.map((r) => requirementLabel(r, lang)),
        sep,
        zh ? 30 : 60,
      ))
        out.push(`  ${line}`)
      out.push(`  ${gapLines(needsInfo[0]!, summary, lang, pack).join(' ')}`)
    }
  }
  const met = summary.requirements.filter((r) => r.status === 'met')
  if (met.length) {
    const labels = met.map((r) => {
      const note = metNote(r, lang)
      return note ? `${requirementLabel(r, lang)}${zh ? `（${note}）` : ` (${note})`}` : requirementLabel(r, lang)
    })
    out.push('')
    if (!individual.length && !needsInfo.length) out.push(t('allMet', lang))
    out.push(`${STATUS_EMOJI.met} ${t('metCount', lang, { n: met.length })}${colon}`)
    for (const line of wrap(labels, sep, zh ? 30 : 60)) out.push(`  ${line}`)
  }

  if (summary.track) {
    const p = checklistProgress(summary, pack)
    out.push('')
    if (p.total === 0) out.push(t('checklistNone', lang))
    else {
      out.push(t('checklist', lang, { done: p.done, total: p.total }))
      if (p.missing.length) {
        out.push(t('missingItems', lang, { n: p.missing.length }))
        for (const id of p.missing) {
          const m = pack.materials.find((x) => x.id === id)
          if (m) out.push(`• ${pick(m.title, lang)}`)
        }
      }
    }
    if (p.others.total) out.push(t('byOthers', lang, { n: p.others.total, confirmed: p.others.confirmed }))

    const dates = deadlines(pack, summary.track, summary.generatedOn)
    if (dates.length) {
      out.push('', t('deadlines', lang, { date: date(summary.generatedOn) }))
      // The one deadline renderer (src/checklist/timeline.ts): the same words as the timeline.
      for (const d of dates) out.push(`• ${deadlineLine(d, lang)}`)
    }
  }

  out.push('', t('notice', lang, { docNo: pack.docNo }), t('generated', lang, { date: date(summary.generatedOn) }))
  if (link) out.push(t('link', lang, { link }))
  out.push(t('disclaimer', lang))
  return out.join('\n')
}
