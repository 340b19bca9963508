/**
 * Turns the engine's messages into sentences, in Chinese or English, through the pack's message
 * table (`RulePack.messages`, in the notice's wording). Pure: the UI, the CLI and the share text all
 * render verdicts through this one function, so a verdict reads the same everywhere.
 *
 * The labels here name the engine's own vocabulary (requirements, statuses, verdicts, paths) and the
 * national one (education levels, assessment grades, department types); no engine rule depends on
 * their wording.
 */
import type { RulePack } from './pack'
import { formatDate } from './format'

export { formatDate } from './format'
import type { LabelKind, Message, RenderContext } from './messages'
import type {
  AssessmentGrade,
  Bilingual,
  DepartmentType,
  EducationLevel,
  Lang,
  Overall,
  PathId,
  RequirementId,
  Status,
} from './types'

export const EDUCATION_LABELS: Record<EducationLevel, Bilingual> = {
  doctorate: { zh: '博士研究生（博士学位）', en: 'Doctorate' },
  master: { zh: '硕士学位', en: "Master's degree" },
  'second-bachelor': { zh: '第二学士学位', en: "Second bachelor's degree" },
  bachelor: { zh: '学士学位或大学本科毕业', en: "Bachelor's degree or university graduation" },
  college: { zh: '大学专科（大专）毕业', en: 'College (大专) graduation' },
  'secondary-vocational': { zh: '中专', en: 'Secondary vocational (中专)' },
  'below-secondary': { zh: '中专以下（高中及以下）', en: 'Below secondary vocational' },
}

export const GRADE_LABELS: Record<AssessmentGrade, Bilingual> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  pass: { zh: '合格（称职）', en: 'Pass' },
  'basic-pass': { zh: '基本合格', en: 'Basic pass' },
  fail: { zh: '不合格', en: 'Fail' },
  'not-assessed': { zh: '未参加考核', en: 'Not assessed' },
}

export const DEPARTMENT_LABELS: Record<DepartmentType, Bilingual> = {
  management: { zh: '生产、技术管理部门', en: 'Production / technical management' },
  research: { zh: '研究、设计部门', en: 'Research / design' },
}

export const REQUIREMENT_LABELS: Record<RequirementId, Bilingual> = {
  scope: { zh: '申报对象与专业', en: 'Who may apply, and the specialty' },
  retirement: { zh: '退休年龄', en: 'Retirement age' },
  political: { zh: '政治条件', en: 'Political and ethical conditions' },
  ability: { zh: '工作能力（部门条件）', en: 'Work ability (department conditions)' },
  'education-seniority': { zh: '学历与任职年限', en: 'Education and years as assistant engineer' },
  exceptional: { zh: '破格晋升条件', en: 'Exceptional promotion' },
  'provincial-conditions': { zh: '省级评价条件', en: 'Provincial evaluation conditions' },
  'self-score': { zh: '自评分', en: 'Self-score' },
  'skilled-talent': { zh: '高技能人才贯通', en: 'Highly skilled talent route' },
  assessment: { zh: '年度考核', en: 'Annual assessments' },
  evidence: { zh: '业绩佐证材料时限', en: 'Evidence window' },
  'public-institution': { zh: '事业单位评聘结合', en: 'Public-institution post limits' },
  'continuing-education': { zh: '继续教育学时', en: 'Continuing-education hours' },
  'social-security': { zh: '现单位社保', en: 'Social security with your current employer' },
  discipline: { zh: '申报纪律', en: 'Application discipline' },
}

export const STATUS_LABELS: Record<Status, Bilingual> = {
  met: { zh: '符合', en: 'Met' },
  'not-met': { zh: '不符合', en: 'Not met' },
  'needs-info': { zh: '待补充信息', en: 'Needs information' },
  check: { zh: '需对照省级文件', en: 'Check the provincial document' },
  'not-applicable': { zh: '不适用', en: 'Not applicable' },
}

export const OVERALL_LABELS: Record<Overall, Bilingual> = {
  eligible: { zh: '符合申报条件', en: 'Eligible' },
  'not-eligible': { zh: '暂不符合申报条件', en: 'Not eligible yet' },
  'needs-info': { zh: '还需补充信息', en: 'More information needed' },
  'check-provincial': {
    zh: '本通知范围内符合，请再对照省级文件',
    en: 'Eligible as far as this notice says — check the provincial document',
  },
}

/** The headline when retirement rules the applicant out: not "yet" — time does not fix it. */
export const RETIRED_LABEL: Bilingual = {
  zh: '不符合申报条件（已达退休年龄）',
  en: 'Not eligible (retirement age reached)',
}

/** The headline of an assessment or a summary: `OVERALL_LABELS`, except an exclusion by retirement. */
export function overallLabelFor(overall: Overall, requirements: readonly { id: string; status: Status }[]): Bilingual {
  const retired = requirements.some((r) => r.id === 'retirement' && r.status === 'not-met')
  return overall === 'not-eligible' && retired ? RETIRED_LABEL : OVERALL_LABELS[overall]
}

export const PATH_LABELS: Record<PathId, Bilingual> = {
  normal: { zh: '正常申报', en: 'Normal route' },
  exceptional: { zh: '破格申报', en: 'Exceptional route (破格)' },
  'self-score': { zh: '自评分申报', en: 'Self-score route' },
  'skilled-talent': { zh: '高技能人才贯通', en: 'Highly skilled talent route' },
}

/** Whether the pack renders this key (every engine key, when the pack type-checks). */
export function hasMessage(key: string, pack: RulePack<string>): boolean {
  return key in pack.messages
}

export function pick(b: Bilingual, lang: Lang): string {
  return lang === 'zh-CN' ? b.zh : b.en
}

export function makeLabel(lang: Lang, pack: RulePack<string>) {
  return (kind: LabelKind, value: string | number): string => {
    const v = String(value)
    const b: Bilingual | undefined =
      kind === 'specialty'
        ? pack.specialties[v as keyof typeof pack.specialties]
        : kind === 'track'
          ? pack.tracks[v as keyof typeof pack.tracks]?.title
          : kind === 'doc'
            ? pack.documents[v]
            : kind === 'level'
              ? EDUCATION_LABELS[v as EducationLevel]
              : kind === 'grade'
                ? GRADE_LABELS[v as AssessmentGrade]
                : kind === 'department'
                  ? DEPARTMENT_LABELS[v as DepartmentType]
                  : undefined
    return b ? pick(b, lang) : v
  }
}

/** Render one engine message. An unknown key renders as the key itself (tests forbid that). */
export function explain(msg: Message, lang: Lang, pack: RulePack<string>): string {
  const r = (pack.messages as Record<string, { zh: AnyRender; en: AnyRender } | undefined>)[msg.key]
  if (!r) return msg.key
  const x: RenderContext = { lang, label: makeLabel(lang, pack), date: (d) => formatDate(d, lang) }
  return (lang === 'zh-CN' ? r.zh : r.en)(msg.params ?? {}, x)
}

type AnyRender = (p: object, x: RenderContext) => string
