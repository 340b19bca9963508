/**
 * The words of the shared summary, in Chinese and English. Wherever the engine already has a
 * sentence that carries no personal figure (advice, labels), we render it through `explain` so a
 * verdict reads the same in the app and in the shared text; the rest lives here. Nothing in this
 * file prints an hour count, a month count, a score or a birth date: the summary does not have them.
 */
import {
  DEPARTMENT_LABELS,
  REQUIREMENT_LABELS,
  STATUS_LABELS,
  explain,
  formatDate,
  overallLabelFor,
  pick,
} from '@/engine/explain'
import type { RulePack } from '@/engine/pack'
import { applicationDeadline } from '@/engine/round'
import type { Lang, Message, Overall, Status } from '@/engine/types'
import { defineMessages } from '@/i18n/define'
import type { CeYearGap, RequirementSummary, Summary } from './summary'

/**
 * The summary's own sentences, designed like the locale modules (src/locales/*.ts): one object a
 * language, the English one required (by `defineMessages`' types) to have exactly the Chinese keys.
 * They are not a locale domain because the summary is written in the language asked for (the copied
 * text, the image), not always the screen's.
 */
export const SHARE_MESSAGES = defineMessages({
  zh: {
    heading: '职称申报自评摘要',
    applicant: '申报人',
    applying: '申报',
    verdict: '结论',
    attention: '需要注意的条件',
    metCount: '已符合 {n} 项',
    allMet: '各项条件均已符合。',
    checklist: '材料 {done}/{total} 已备齐',
    checklistNone: '暂无适用的材料清单。',
    missingItems: '还缺 {n} 项：',
    byOthers: '另有 {n} 项由单位或区（县、市）办理，已确认 {confirmed} 项。',
    deadlines: '时间节点（按 {date} 计）',
    notice: '依据：{docNo}',
    generated: '生成日期：{date}',
    link: '查看：{link}',
    disclaimer: '本摘要为个人自查结果，仅供参考，以主管部门和评审委员会审核为准。',
    eligibleFrom: '预计 {date} 起符合全部条件（适用以后年度的申报）。',
    // gaps
    retirementBy: '在 {date} 或之前（当天也算）达到退休年龄，且未批准延缓退休。',
    noRow: '学历不在正常申报的学历要求内。',
    yearsShort: '任职年限不足。',
    ceYear: '{year} 年：{parts}不足',
    cePartTotal: '总学时',
    cePartProfessional: '专业科目学时',
    cePartPublic: '公需科目学时',
    listJoin: '、',
    ceRule: '每年须总学时 {total}、专业科目 {professional}、公需科目 {public} 以上。',
    ceCurrent: '本年度学时仍可补学，并在申报前完成认定。',
    ceClosed: '本轮申报已截止，这些学时已不能为本轮补学。',
    cePast: '往年学时不足的，请核对是否有未登记的学时。',
    ceShort: '继续教育学时未达标。',
    ssShort: '现单位缴纳社保不满一年。',
    ssFrom: '{date} 起满一年（本年度截止日之后）。',
    checkConditions: '请对照{doc}核实。',
    assessmentShort: '年度考核未达到“合格”。',
    abilityShort: '工作能力条件尚未全部具备。',
    disciplineShort: '存在申报纪律所列情形。',
    piShort: '事业单位评聘结合条件未满足。',
    deferred: '已批准延缓退休',
    heldItems: '第 {list} 项',
    labelled: '{label}：{text}',
  },
  en: {
    heading: 'Professional-title self-check summary',
    applicant: 'Applicant',
    applying: 'Applying for',
    verdict: 'Verdict',
    attention: 'Conditions to look at',
    metCount: '{n} met',
    allMet: 'Every condition is met.',
    checklist: 'Materials: {done} of {total} ready',
    checklistNone: 'No checklist yet.',
    missingItems: '{n} still to do:',
    byOthers: '{n} more are handled by your unit or district; {confirmed} confirmed.',
    deadlines: 'Dates (as of {date})',
    notice: 'Notice: {docNo}',
    generated: 'Made on: {date}',
    link: 'Open: {link}',
    disclaimer: 'A self-check for reference only; the authorities and the evaluation committee decide.',
    eligibleFrom: 'Every condition holds from {date} (a later year’s round).',
    // gaps
    retirementBy: 'Reaches retirement age on or before {date} (that day counts), with no approved deferral.',
    noRow: 'The education level is not among those of the normal route.',
    yearsShort: 'Not enough years in the current title.',
    ceYear: '{year}: {parts} short',
    cePartTotal: 'total hours',
    cePartProfessional: 'professional hours',
    cePartPublic: 'public-subject hours',
    listJoin: ', ',
    ceRule: 'Each year needs {total} hours in all, {professional} professional, {public} public.',
    ceCurrent: 'This year’s hours can still be earned and certified before you submit.',
    ceClosed: 'This round has closed: these hours can no longer be earned for it.',
    cePast: 'For past years, check for hours that were never registered.',
    ceShort: 'Continuing-education hours fall short.',
    ssShort: 'Less than a year of social security with the current employer.',
    ssFrom: 'A full year on {date} (after this year’s cut-off).',
    checkConditions: 'Check against {doc}.',
    assessmentShort: 'An annual assessment is below “pass”.',
    abilityShort: 'Not every ability item is met yet.',
    disciplineShort: 'One of the listed discipline situations applies.',
    piShort: 'The public-institution conditions are not met.',
    deferred: 'retirement deferred',
    heldItems: 'no. {list}',
    labelled: '{label}: {text}',
  },
})

export type ShareMessageKey = keyof typeof SHARE_MESSAGES.zh

/** A message of this module, with `{name}` placeholders filled. */
export function t(key: ShareMessageKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return SHARE_MESSAGES[lang === 'zh-CN' ? 'zh' : 'en'][key].replace(/\{(\w+)\}/g, (all, k: string) =>
    k in params ? String(params[k]) : all,
  )
}

export const STATUS_EMOJI: Record<Status, string> = {
  met: '✅',
  'not-met': '❌',
  'needs-info': '❓',
  check: '🔍',
  'not-applicable': '➖',
}

export const OVERALL_EMOJI: Record<Overall, string> = {
  eligible: '✅',
  'not-eligible': '❌',
  'needs-info': '❓',
  'check-provincial': '🔍',
}

/** "❌ 不符合" — an emoji is never the only carrier of a status. */
export function statusWord(status: Status, lang: Lang): string {
  return `${STATUS_EMOJI[status]} ${pick(STATUS_LABELS[status], lang)}`
}

export function overallWord(
  overall: Overall,
  lang: Lang,
  requirements: readonly { id: string; status: Status }[] = [],
): string {
  return `${OVERALL_EMOJI[overall]} ${pick(overallLabelFor(overall, requirements), lang)}`
}

export function requirementLabel(r: RequirementSummary, lang: Lang): string {
  return pick(REQUIREMENT_LABELS[r.id], lang)
}

function ceYearLine(g: CeYearGap, lang: Lang): string {
  const parts = [
    g.total && t('cePartTotal', lang),
    g.professional && t('cePartProfessional', lang),
    g.public && t('cePartPublic', lang),
  ].filter((p): p is string => typeof p === 'string')
  return t('ceYear', lang, { year: g.year, parts: parts.join(t('listJoin', lang)) })
}

/**
 * What a requirement's status means for this applicant and what they can do: short lines, in
 * `lang`. Empty for met (except a note, see `metNote`) and not-applicable requirements.
 * `today` (default: the day the summary was made): once the round's application deadline has
 * passed on it, nothing says the open year's hours can still be earned.
 */
export function gapLines(
  r: RequirementSummary,
  summary: Summary,
  lang: Lang,
  pack: RulePack<string>,
  today: string = summary.generatedOn,
): string[] {
  const ex = (key: string, params?: Message['params']) =>
    explain((params ? { key, params } : { key }) as Message, lang, pack)
  const date = (d: string) => formatDate(d, lang)
  const track = summary.track
  if (r.status === 'needs-info') return [ex('advice.answer-missing')]
  if (r.status === 'check') {
    if (r.id === 'provincial-conditions' && track)
      return [t('checkConditions', lang, { doc: pick(pack.tracks[track]!.conditionsBy, lang) })]
    return [ex('advice.check-document', { doc: pack.params.skilledTalentDocument.value })]
  }
  if (r.status !== 'not-met') return []
  const g = r.gap
  switch (r.id) {
    case 'scope':
      if (g?.kind === 'scope' && g.reason === 'specialty' && summary.specialty && track) {
        return [
          ex('fig.specialty-not-on-track', { specialty: summary.specialty, track }),
          ex('advice.choose-allowed-specialty', { allowed: pack.tracks[track]!.specialties.join(',') }),
        ]
      }
      if (g?.kind === 'scope' && g.reason === 'not-in-ningbo')
        return [ex('fig.not-in-ningbo'), ex('advice.apply-where-you-work')]
      return [ex('advice.apply-where-you-work')]
    case 'retirement':
      return [t('retirementBy', lang, { date: date(pack.params.cutoff.value) }), ex('advice.retirement-deferral')]
    case 'political':
      return [ex('fig.political-no'), ex('advice.political')]
    case 'ability': {
      if (g?.kind !== 'ability') return [t('abilityShort', lang)]
      const advice = ex('advice.ability-missing', { items: g.missing.join(',') })
      if (!g.department) return [advice]
      return [t('labelled', lang, { label: pick(DEPARTMENT_LABELS[g.department], lang), text: advice })]
    }
    case 'education-seniority': {
      if (g?.kind === 'education-seniority' && g.reason === 'no-title')
        return [ex('fig.no-assistant-title'), ex('advice.get-assistant-title')]
      const lines =
        g?.kind === 'education-seniority' && g.reason === 'no-row'
          ? [t('noRow', lang)]
          : r.holdsFrom
            ? [ex('advice.wait-until', { date: r.holdsFrom })]
            : [t('yearsShort', lang)]
      if (g?.kind === 'education-seniority' && g.exceptionalHelps) lines.push(ex('advice.consider-exceptional'))
      return lines
    }
    case 'exceptional': {
      if (g?.kind !== 'exceptional') return []
      if (g.noTitle) return [ex('fig.no-assistant-title'), ex('advice.get-assistant-title')]
      const need = pack.params.exceptional.minConditions.value
      const lines = [ex('fig.exceptional-count', { have: g.held.length, need, list: g.held.join(',') })]
      if (g.gatewayFrom) lines.push(ex('advice.exceptional-from', { date: g.gatewayFrom }))
      if (g.held.length < need) lines.push(ex('advice.exceptional-more', { need: need - g.held.length }))
      return lines
    }
    case 'assessment':
      return g?.kind === 'assessment'
        ? [ex('advice.assessment', { years: g.years.join(',') })]
        : [t('assessmentShort', lang)]
    case 'evidence':
      return track ? [ex('advice.evidence', { years: pack.tracks[track]!.evidenceYears.value })] : []
    case 'self-score':
      return [ex('advice.self-score-low', { min: pack.params.selfScoreMin.value })]
    case 'public-institution':
      return g?.kind === 'public-institution'
        ? [...g.missing.map((k) => ex(`fig.pi-${k}`)), ex('advice.public-institution')]
        : [t('piShort', lang), ex('advice.public-institution')]
    case 'continuing-education': {
      if (g?.kind !== 'continuing-education') return [t('ceShort', lang)]
      const { total, professional, public: pub } = pack.params.ce
      const currentYear = Number(pack.params.cutoff.value.slice(0, 4))
      const lines = g.years.map((y) => ceYearLine(y, lang))
      lines.push(t('ceRule', lang, { total: total.value, professional: professional.value, public: pub.value }))
      const closesOn = applicationDeadline(pack, track)?.date ?? null
      const closed = closesOn !== null && closesOn < today
      if (g.years.some((y) => y.year === currentYear)) lines.push(t(closed ? 'ceClosed' : 'ceCurrent', lang))
      if (g.years.some((y) => y.year !== currentYear)) lines.push(t('cePast', lang))
      return lines
    }
    case 'social-security':
      return r.holdsFrom ? [t('ssShort', lang), t('ssFrom', lang, { date: date(r.holdsFrom) })] : [t('ssShort', lang)]
    case 'discipline':
      return g?.kind === 'discipline'
        ? [...g.items.map((k) => ex(`fig.discipline-${k}`)), ex('advice.discipline')]
        : [t('disciplineShort', lang), ex('advice.discipline')]
    default:
      return []
  }
}

/** A short note beside a met requirement, when its gap detail says something ("破格：第 1、5 项"). */
export function metNote(r: RequirementSummary, lang: Lang): string | null {
  if (r.status !== 'met' || !r.gap) return null
  if (r.gap.kind === 'retirement') return t('deferred', lang)
  if (r.gap.kind === 'exceptional' && r.gap.held.length) {
    return t('heldItems', lang, { list: r.gap.held.join(t('listJoin', lang)) })
  }
  return null
}
