/**
 * Texts of questions, options and answers in the current language. Numbers and dates that come from
 * the notice (cut-off, thresholds) are read from the rule pack and passed as parameters.
 */
import type { Answers } from '@/engine/answers'
import { DEPARTMENT_LABELS, EDUCATION_LABELS, GRADE_LABELS } from '@/engine/explain'
import type { RulePack } from '@/engine/pack'
import type { AssessmentGrade, DepartmentType, EducationLevel, SpecialtyId, TrackId } from '@/engine/types'
import type { Clause } from '@/engine/types'
import { pageDef, pageMin, type FieldDef, type PageId } from '@/flow/pages'
import { formatIsoDate, pickLang, t, type MessageKey, type Params } from '@/i18n'

/** Values from the pack that question texts mention. */
export function packParams(pack: RulePack<string>, a: Answers): Params {
  const p = pack.params
  const track = a.track
  return {
    cutoff: formatIsoDate(p.cutoff.value),
    cutoffYear: Number(p.cutoff.value.slice(0, 4)),
    skilledDoc: pickLang(pack.documents[p.skilledTalentDocument.value] ?? { zh: '', en: '' }),
    months: p.socialSecurityMonths.value,
    min: p.selfScoreMin.value,
    total: p.ce.total.value,
    professional: p.ce.professional.value,
    public: p.ce.public.value,
    secondary: p.exceptional.computed.years.value['secondary-vocational'] ?? '',
    below: p.exceptional.computed.years.value['below-secondary'] ?? '',
    years: track
      ? pack.tracks[track]!.evidenceYears.value
      : Math.min(...Object.values(pack.tracks).map((x) => x!.evidenceYears.value)),
  }
}

const key = (k: string) => k as MessageKey

export function pageTitle(id: PageId): string {
  return t(key(`questions.page.${pageDef(id).key}.title`))
}

/** The paragraph under a page's title, with the pack's values filled in; null when it has none. */
export function pageIntro(id: PageId, pack: RulePack<string>, a: Answers): string | null {
  const k = key(`questions.page.${pageDef(id).key}.intro`)
  const text = t(k, { ...packParams(pack, a), min: pageMin(id, pack) })
  return text === k ? null : text
}

/** The page's help paragraph (under the intro), when its definition has one. */
export function pageHelp(id: PageId): string | null {
  const def = pageDef(id)
  return def.help ? t(key(`questions.page.${def.key}.help`)) : null
}

export function fieldLabel(field: FieldDef, pack: RulePack<string>, a: Answers): string {
  return t(key(`questions.field.${field.key}.label`), { ...packParams(pack, a), ...field.params })
}

/** Context a field's label needs when read alone (the year of a CE field, shown as a heading). */
export function groupPrefix(field: FieldDef): string | null {
  return field.key.startsWith('ce') && field.params?.year !== undefined ? t('questions.ceYear', field.params) : null
}

/** The label with its context, for the error summary and the check page. */
export function fullLabel(field: FieldDef, pack: RulePack<string>, a: Answers): string {
  const prefix = groupPrefix(field)
  const label = fieldLabel(field, pack, a)
  return prefix ? `${prefix} · ${label}` : label
}

/** Texts of a page's one-tap group (`PageDef.bulk`): the lead-in, the button, what it did. */
export function bulkTexts(id: PageId): { intro: string; button: string; done: string } | null {
  const def = pageDef(id)
  if (!def.bulk) return null
  const text = (part: string) => t(key(`questions.page.${def.key}.bulk.${part}`))
  return { intro: text('intro'), button: text('button'), done: text('done') }
}

/**
 * The label for reading an answer out of context (the check page): `fullLabel`, and for a field
 * named only by its number (`namedByClause`) the clause's name after it — "部门条件第 1 项：有独立承担…".
 */
export function checkLabel(field: FieldDef, pack: RulePack<string>, a: Answers): string {
  const base = fullLabel(field, pack, a)
  const clause = field.clause ? (pack.clauses as Record<string, Clause>)[field.clause] : undefined
  return field.namedByClause && clause ? `${base}${t('questions.labelSep')}${pickLang(clause)}` : base
}

export function fieldHelp(field: FieldDef, pack: RulePack<string>, a: Answers): string | null {
  if (!field.help) return null
  const params: Params = { ...packParams(pack, a), ...field.params }
  if (field.key === 'specialty') {
    const track = a.track
    if (!track) return null
    params.track = pickLang(pack.tracks[track]!.title)
    params.list = pack.tracks[track]!.specialties.map((s) => pickLang(pack.specialties[s]!)).join(
      t('results.listSeparator'),
    )
  }
  if (field.key === 'selfScore' && a.track && pack.tracks[a.track]?.selfScoreVerified?.value === true)
    return t('questions.field.selfScore.helpVerified', params)
  return t(key(`questions.field.${field.key}.help`), params)
}

export function optionLabel(field: FieldDef, value: string | number, pack: RulePack<string>): string {
  if (field.kind !== 'choice') return String(value)
  switch (field.optionSet) {
    case 'track':
      return pickLang(pack.tracks[value as TrackId]!.title)
    case 'specialty':
      return pickLang(pack.specialties[value as SpecialtyId]!)
    case 'education':
      return pickLang(EDUCATION_LABELS[value as EducationLevel])
    case 'grade':
      return pickLang(GRADE_LABELS[value as AssessmentGrade])
    case 'department':
      return pickLang(DEPARTMENT_LABELS[value as DepartmentType])
    default:
      return t(key(`questions.option.${field.optionSet}.${value}`))
  }
}

export function yesNoLabel(field: FieldDef, value: boolean): string {
  const variant = field.kind === 'yesno' ? (field.variant ?? 'yesno') : 'yesno'
  return t(key(`questions.yesno.${variant}.${value ? 'yes' : 'no'}`))
}

export function unitLabel(field: FieldDef): string | null {
  return field.kind === 'number' && field.unitKey ? t(key(`questions.unit.${field.unitKey}`)) : null
}

/** An answer as text, for the check page. */
export function valueText(field: FieldDef, value: unknown, pack: RulePack<string>): string {
  if (value === undefined) return t('questions.check.unanswered')
  switch (field.kind) {
    case 'choice':
      return optionLabel(field, value as string | number, pack)
    case 'yesno':
      return yesNoLabel(field, value === true)
    case 'date':
      return formatIsoDate(String(value))
    case 'number': {
      const unit = unitLabel(field)
      return unit ? `${value} ${unit}` : String(value)
    }
  }
}

/** A stable DOM id for a field's (first) input. */
export function fieldDomId(path: string): string {
  return `q-${path.replace(/[^A-Za-z0-9-]/g, '-')}`
}
