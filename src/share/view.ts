/**
 * A Summary as the screen, the shared view and the image show it, in one language: every sentence
 * ready to print, grouped the way `renderSummaryText` groups them (what to look at first, then what
 * is met, materials, dates). Pure; the words come from src/share (gap lines, status words, deadline
 * states) and the rule pack, so the card, the text and the image say the same thing.
 */
import { SOON_DAYS, deadlineView } from '@/checklist/timeline'
import { roundParagraph } from '@/checklist/round'
import { roundStatus } from '@/engine/round'
import { deadlines as packDeadlines } from '@/engine/assess'
import { PATH_LABELS, STATUS_LABELS, formatDate, overallLabelFor, pick } from '@/engine/explain'
import type { RulePack } from '@/engine/pack'
import type { Lang, Overall, RequirementId, Status } from '@/engine/types'
import { checklistProgress, type Summary } from '@/share'
import { gapLines, metNote, requirementLabel, t as shareT } from '@/share/messages'

export interface AttentionItem {
  id: RequirementId
  status: Status
  label: string
  statusLabel: string
  /** The gap and what to do about it. */
  lines: string[]
}

export interface LabelledRequirement {
  id: RequirementId
  label: string
}

export interface DeadlineLine {
  id: string
  title: string
  when: string
  state: string
  closed: boolean
}

export interface SummaryView {
  lang: Lang
  name: string | null
  /** "工程师 · 计量 · 破格申报"; null when no track was chosen. */
  applying: string | null
  overall: Overall
  overallLabel: string
  /** "预计 … 起符合全部条件" or null. */
  eligibleFrom: string | null
  /** The notice's round: "本通知（2024 年度）的申报已于 2024年8月21日截止。…" or days left; null if unknown. */
  round: string | null
  roundOver: boolean
  /** Not met and "check", one by one, in the pack's order. */
  attention: AttentionItem[]
  /** Requirements waiting for answers, together, with the one advice. */
  needsInfo: { items: LabelledRequirement[]; advice: string } | null
  /** Met requirements, with a note where the summary has one ("破格：第 1、5 项"). */
  met: LabelledRequirement[]
  notApplicable: number
  materials: {
    done: number
    total: number
    /** Titles of the own items not ticked yet. */
    missing: string[]
    /** "另有 3 项由单位或区（县、市）办理，已确认 1 项。" or null. */
    others: string | null
  } | null
  deadlines: DeadlineLine[]
  /** "时间节点（按 2024年9月1日 计）" */
  deadlinesHeading: string
  docNo: string
  generatedOn: string
}

/**
 * `today`: the day the round's status is told against — the viewer's device date on the shared view,
 * the day the summary was made otherwise.
 */
export function summaryView(summary: Summary, lang: Lang, pack: RulePack<string>, today?: string): SummaryView {
  const zh = lang === 'zh-CN'
  const date = (d: string) => formatDate(d, lang)
  const track = summary.track

  const applying = track
    ? [
        pick(pack.tracks[track]!.title, lang),
        summary.specialty && pick(pack.specialties[summary.specialty]!, lang),
        summary.path && pick(PATH_LABELS[summary.path], lang),
      ]
        .filter(Boolean)
        .join(' · ')
    : null

  const attention = summary.requirements
    .filter((r) => r.status === 'not-met' || r.status === 'check')
    .map((r): AttentionItem => ({
      id: r.id,
      status: r.status,
      label: requirementLabel(r, lang),
      statusLabel: pick(STATUS_LABELS[r.status], lang),
      lines: gapLines(r, summary, lang, pack, today),
    }))

  const waiting = summary.requirements.filter((r) => r.status === 'needs-info')
  const needsInfo = waiting.length
    ? {
        items: waiting.map((r) => ({ id: r.id, label: requirementLabel(r, lang) })),
        advice: gapLines(waiting[0]!, summary, lang, pack, today).join(' '),
      }
    : null

  const met = summary.requirements
    .filter((r) => r.status === 'met')
    .map((r) => {
      const note = metNote(r, lang)
      const label = requirementLabel(r, lang)
      return { id: r.id, label: note ? `${label}${zh ? `（${note}）` : ` (${note})`}` : label }
    })

  let materials: SummaryView['materials'] = null
  if (track) {
    const p = checklistProgress(summary, pack)
    const title = (id: string) => {
      const m = pack.materials.find((x) => x.id === id)
      return m ? pick(m.title, lang) : id
    }
    materials = {
      done: p.done,
      total: p.total,
      missing: p.missing.map(title),
      others: p.others.total ? shareT('byOthers', lang, { n: p.others.total, confirmed: p.others.confirmed }) : null,
    }
  }

  const deadlines: DeadlineLine[] = track
    ? packDeadlines(pack, track, summary.generatedOn).map((d) => {
        // The one deadline renderer (src/checklist/timeline.ts): the same words as the timeline.
        const v = deadlineView(d, lang)
        return {
          id: d.id,
          title: pick(d.title, lang),
          when: v.showWhen ? v.when : '',
          state: v.status ?? '',
          closed: v.tone === 'closed',
        }
      })
    : []

  return {
    lang,
    name: summary.displayName,
    applying,
    overall: summary.overall,
    overallLabel: pick(overallLabelFor(summary.overall, summary.requirements), lang),
    eligibleFrom: summary.eligibleFrom ? shareT('eligibleFrom', lang, { date: date(summary.eligibleFrom) }) : null,
    round: roundParagraph(
      roundStatus(pack, today ?? summary.generatedOn, { soonDays: SOON_DAYS, track: summary.track }),
      lang,
    ),
    roundOver: roundStatus(pack, today ?? summary.generatedOn, { soonDays: SOON_DAYS }).state === 'over',
    attention,
    needsInfo,
    met,
    notApplicable: summary.requirements.filter((r) => r.status === 'not-applicable').length,
    materials,
    deadlines,
    deadlinesHeading: shareT('deadlines', lang, { date: date(summary.generatedOn) }),
    docNo: pack.docNo,
    generatedOn: date(summary.generatedOn),
  }
}
