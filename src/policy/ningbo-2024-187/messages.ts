/**
 * The engine's messages as sentences, in the words of 甬市监组人〔2024〕187号, Chinese and English.
 * Every key of the engine's `MessageParams` must be here (the type `MessageTable` checks it), with
 * exactly its parameters. Labels (`x.label`) and dates (`x.date`) come from the render context.
 */
import type { MessageParams, MessageTable } from '../../engine/messages'
import type { Bilingual } from '../../engine/types'

const DISCIPLINE_TEXT = {
  forged: { zh: '存在伪造、变造证件、证明的情形', en: 'forged or altered certificates or proofs' },
  falseMaterials: { zh: '存在提交虚假申报材料的情形', en: 'false application materials' },
  undisclosedViolation: {
    zh: '存在未在申报材料中反映的违纪违法、安全责任事故或处分',
    en: 'an undisclosed violation, safety accident or sanction',
  },
  otherSerious: { zh: '存在其他严重违反评审规定的行为', en: 'another serious breach of the evaluation rules' },
} satisfies Record<string, Bilingual>

const zhYM = (y: number | string, mo: number | string) => (Number(mo) ? `${y} 年 ${mo} 个月` : `${y} 年`)
const enYM = (y: number | string, mo: number | string) =>
  `${y} year${Number(y) === 1 ? '' : 's'}${Number(mo) ? ` ${mo} month${Number(mo) === 1 ? '' : 's'}` : ''}`
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)
const list = (s: string | number) => String(s).split(',').filter(Boolean)

export const messages: MessageTable = {
  'advice.answer-missing': {
    zh: () => '请补充相关信息后再看结论。',
    en: () => 'Answer the missing questions to get a verdict.',
  },
  'fig.specialty-not-on-track': {
    zh: (p, x) => `“${x.label('specialty', p.specialty!)}”专业不能申报${x.label('track', p.track!)}。`,
    en: (p, x) =>
      `The ${lower(x.label('specialty', p.specialty!))} specialty is not open for ${x.label('track', p.track!)}.`,
  },
  'advice.choose-allowed-specialty': {
    zh: (p, x) =>
      `可申报的专业：${list(p.allowed!)
        .map((s) => x.label('specialty', s))
        .join('、')}。`,
    en: (p, x) =>
      `Specialties open for this track: ${list(p.allowed!)
        .map((s) => x.label('specialty', s))
        .join(', ')}.`,
  },
  'fig.not-in-ningbo': {
    zh: () => '您不在宁波市企事业单位工作。',
    en: () => 'You do not work for an enterprise or public institution in Ningbo.',
  },
  'advice.apply-where-you-work': {
    zh: () => '请按工作所在地的通知申报。',
    en: () => 'Apply under the notice of the city where you work.',
  },
  'fig.scope-ok': {
    zh: (p, x) => `在宁波从事${x.label('specialty', p.specialty!)}工作，申报${x.label('track', p.track!)}。`,
    en: (p, x) =>
      `Working in ${lower(x.label('specialty', p.specialty!))} in Ningbo, applying for ${x.label('track', p.track!)}.`,
  },
  'fig.retirement-date': {
    zh: (p, x) =>
      `法定退休年龄 ${p.age} 周岁${p.ageMonths ? ` ${p.ageMonths} 个月` : ''}，您在 ${x.date(p.date)} 达到；截止日 ${x.date(p.cutoff)}。`,
    en: (p, x) =>
      `Statutory retirement age ${p.ageMonths ? enYM(p.age, p.ageMonths) : p.age}: you reach it on ${x.date(p.date)}; the cut-off is ${x.date(p.cutoff)}.`,
  },
  'fig.retirement-deferred': {
    zh: () => '已按规定批准延缓办理退休手续。',
    en: () => 'Deferred retirement approved under the rules.',
  },
  'advice.retirement-deferral': {
    zh: () => '在截止日或之前（当天也算）达到退休年龄的不再评定，并非暂时；只有按规定批准延缓退休的才能申报。',
    en: () => 'Retirement age reached by the cut-off (that day included) rules you out for good, unless deferred.',
  },
  'fig.self-declared': { zh: () => '本人声明符合。', en: () => 'Declared by you.' },
  'fig.political-no': {
    zh: () => '本人声明不符合政治条件。',
    en: () => 'You declared that you do not meet the political conditions.',
  },
  'advice.political': { zh: () => '政治条件是申报的前提。', en: () => 'The political conditions are a precondition.' },
  'fig.ability-count': {
    zh: (p, x) => `${x.label('department', p.department!)}：具备 ${p.have} / ${p.of} 项。`,
    en: (p, x) => `${x.label('department', p.department!)}: ${p.have} of ${p.of} items.`,
  },
  'advice.ability-missing': {
    zh: (p) => `尚不具备第 ${list(p.items!).join('、')} 项；须全部具备。`,
    en: (p) =>
      `Item${list(p.items!).length > 1 ? 's' : ''} ${list(p.items!).join(', ')} not yet met; all four are needed.`,
  },
  'fig.skilled-talent-education': {
    zh: () => '按高技能人才贯通申报，学历资历条件按浙人社发〔2022〕77号执行。',
    en: () => 'On the skilled-talent route, education and seniority follow 浙人社发〔2022〕77号.',
  },
  'advice.check-document': {
    zh: (p, x) => `请对照${x.label('doc', p.doc!)}核实。`,
    en: (p, x) => `Check against ${x.label('doc', p.doc!)}.`,
  },
  'fig.no-assistant-title': {
    zh: () => '尚未取得助理工程师职称。',
    en: () => 'You do not hold the assistant engineer title.',
  },
  'advice.get-assistant-title': {
    zh: () => '申报工程师须先取得助理工程师职称并任职满规定年限。',
    en: () => 'The engineer title needs the assistant engineer title held for the required years.',
  },
  'fig.years-as-assistant': {
    zh: (p, x) => `任助理工程师 ${zhYM(p.years!, p.months!)}（计算至 ${x.date(p.cutoff!)}）。`,
    en: (p, x) => `${enYM(p.years!, p.months!)} as assistant engineer (counted to ${x.date(p.cutoff!)}).`,
  },
  'fig.education-no-row': {
    zh: (p, x) => `${x.label('level', p.level!)}学历不在正常申报的学历要求内。`,
    en: (p, x) => `${x.label('level', p.level!)} is not among the education levels of the normal route.`,
  },
  'advice.consider-exceptional': {
    zh: () => '可看是否符合破格条件。',
    en: () => 'See whether the exceptional route applies.',
  },
  'advice.education-no-row': {
    zh: () => '该学历不能按正常条件申报工程师，请对照通知的学历要求。',
    en: () => 'This education level cannot apply on the normal conditions; check the notice’s education requirements.',
  },
  'fig.needs-years': {
    zh: (p, x) => `${x.label('level', p.level!)}须满 ${p.years} 年。`,
    en: (p, x) => `${x.label('level', p.level!)} needs ${p.years} full years.`,
  },
  'advice.wait-until': {
    zh: (p, x) => `${x.date(p.date!)} 起满足年限（本年度截止日之后，适用以后年度的申报）。`,
    en: (p, x) => `The years are complete on ${x.date(p.date!)} (after this year's cut-off: a later year's round).`,
  },
  'fig.exceptional-not-needed': {
    zh: () => '已符合正常申报条件，无需破格。',
    en: () => 'The normal route is met; no exceptional route needed.',
  },
  'fig.exceptional-later-than-normal': {
    zh: (p, x) => `正常申报的年限（${x.date(p.date!)} 满）早于破格所需年限，破格不适用。`,
    en: (p, x) =>
      `The normal route's years (complete on ${x.date(p.date!)}) come before the exceptional route's: not applicable.`,
  },
  'fig.exceptional-after-normal': {
    zh: () => '先补充学历和任职信息。',
    en: () => 'Answer the education and title questions first.',
  },
  'fig.exceptional-gateway-higher': {
    zh: (p) => `大专及以上学历，任助理工程师满 ${p.min} 年不满 ${p.below} 年，可走破格。`,
    en: (p) =>
      `College or higher, assistant engineer for ${p.min} to under ${p.below} years: the exceptional route is open.`,
  },
  'fig.exceptional-gateway-higher-short': {
    zh: (p, x) => `大专及以上学历破格须任助理工程师满 ${p.min} 年，${x.date(p.date!)} 满。`,
    en: (p, x) =>
      `With college or higher, the exceptional route needs ${p.min} full years as assistant engineer, complete on ${x.date(p.date!)}.`,
  },
  'fig.exceptional-gateway-lower': {
    zh: (p) => `不具备规定学历，任助理工程师满 ${p.years} 年，可走破格。`,
    en: (p) =>
      `Without the prescribed education and ${p.years}+ years as assistant engineer: the exceptional route is open.`,
  },
  'fig.exceptional-gateway-lower-short': {
    zh: (p, x) => `不具备规定学历的，破格须任助理工程师满 ${p.years} 年，${x.date(p.date!)} 满。`,
    en: (p, x) =>
      `Without the prescribed education, the exceptional route needs ${p.years} full years as assistant engineer, complete on ${x.date(p.date!)}.`,
  },
  'fig.exceptional-count': {
    zh: (p) =>
      `七项破格条件具备 ${p.have} 项${p.list ? `（第 ${list(p.list).join('、')} 项）` : ''}，须至少 ${p.need} 项。`,
    en: (p) =>
      `${p.have} of the seven exceptional conditions${p.list ? ` (no. ${list(p.list).join(', ')})` : ''}; at least ${p.need} needed.`,
  },
  'advice.exceptional-from': {
    zh: (p, x) => `${x.date(p.date!)} 起满足破格的任职年限。`,
    en: (p, x) => `The exceptional route's years are complete on ${x.date(p.date!)}.`,
  },
  'advice.exceptional-more': {
    zh: (p) => `还需具备 ${p.need} 项破格条件。`,
    en: (p) => `${p.need} more exceptional condition${Number(p.need) === 1 ? '' : 's'} needed.`,
  },
  'fig.skilled-talent-instead': {
    zh: () => '按高技能人才贯通申报，不适用。',
    en: () => 'Not applicable on the skilled-talent route.',
  },
  'fig.self-score-instead': {
    zh: () => '以自评分形式申报，正常条件不适用。',
    en: () => 'Applying by self-score: the normal conditions do not apply.',
  },
  'fig.provincial-conditions': {
    zh: (p, x) => `学历、资历、业绩等条件由${x.label('doc', p.doc!)}规定，本通知未列明。`,
    en: (p, x) => `Education, seniority and achievements are set by ${x.label('doc', p.doc!)}, not by this notice.`,
  },
  'fig.normal-conditions': {
    zh: () => '按正常条件申报，无需自评分。',
    en: () => 'Applying on the normal conditions: no self-score needed.',
  },
  'fig.self-score-verified': {
    zh: (p) => `您填写的自评分 ${p.score} 分；须经中评委核分达到 ${p.min} 分以上。`,
    en: (p) => `Your self-score: ${p.score}; it must reach ${p.min} as verified by the committee.`,
  },
  'fig.self-score': {
    zh: (p) => `自评分 ${p.score} 分，须达到 ${p.min} 分以上。`,
    en: (p) => `Self-score ${p.score}; at least ${p.min} needed.`,
  },
  'advice.self-score-verified': {
    zh: () => '以中评委核定的分数为准，严禁虚高自评分。',
    en: () => 'The committee’s verified score counts; inflated self-scores are forbidden.',
  },
  'advice.self-score-low': {
    zh: (p) => `自评分须达到 ${p.min} 分以上；请核对评分标准或按正常条件申报。`,
    en: (p) => `The self-score must reach ${p.min}; check the scoring rules or apply on the normal conditions.`,
  },
  'fig.not-skilled-talent': {
    zh: () => '未选择高技能人才贯通。',
    en: () => 'Not applying on the skilled-talent route.',
  },
  'fig.skilled-talent': {
    zh: () => '按高技能人才贯通申报：条件以浙人社发〔2022〕77号为准，本通知未列明。',
    en: () => 'Skilled-talent route: the conditions are in 浙人社发〔2022〕77号, not in this notice.',
  },
  'fig.assessment-year': {
    zh: (p, x) => `${p.year} 年度：${x.label('grade', p.grade!)}`,
    en: (p, x) => `${p.year}: ${x.label('grade', p.grade!)}`,
  },
  'advice.assessment': {
    zh: (p) => `${list(p.years!).join('、')} 年度考核未达到“合格”。`,
    en: (p) => `The assessment for ${list(p.years!).join(', ')} is below “pass”.`,
  },
  'fig.evidence-window': {
    zh: (p) => `业绩、成果须与专业相关，且为任现职或近 ${p.years} 年取得。`,
    en: (p) => `Evidence must relate to the specialty and date from the current title or the last ${p.years} years.`,
  },
  'advice.evidence': {
    zh: (p) => `请准备任现职或近 ${p.years} 年内取得的佐证材料。`,
    en: (p) => `Gather evidence from the current title or the last ${p.years} years.`,
  },
  'fig.enterprise': { zh: () => '企业人员不适用。', en: () => 'Not applicable to enterprise staff.' },
  'fig.pi-withinPostRatio': {
    zh: () => '不在核定的专业技术岗位结构比例内。',
    en: () => 'Not within the approved post-structure ratio.',
  },
  'fig.pi-approvedInPersonnelSystem': {
    zh: () => '未经事业单位人事工资管理服务系统审核通过。',
    en: () => 'Not approved in the public-institution personnel system.',
  },
  'fig.pi-ok': {
    zh: () => '在岗位结构比例内，且已经系统审核通过。',
    en: () => 'Within the post ratio and approved in the system.',
  },
  'advice.public-institution': {
    zh: () => '请向单位人事部门确认岗位结构比例和系统审核。',
    en: () => 'Ask your HR department about the post ratio and the system approval.',
  },
  'fig.ce-year-ok': {
    zh: (p) => `${p.year} 年：共 ${p.total} 学时（专业 ${p.professional}，公需 ${p.public}）。`,
    en: (p) => `${p.year}: ${p.total} hours (professional ${p.professional}, public ${p.public}).`,
  },
  'fig.ce-year-short': {
    zh: (p) =>
      `${p.year} 年：共 ${p.total} 学时（专业 ${p.professional}，公需 ${p.public}）；须共 ${p.needTotal}、专业 ${p.needProfessional}、公需 ${p.needPublic}。`,
    en: (p) =>
      `${p.year}: ${p.total} hours (professional ${p.professional}, public ${p.public}); needs ${p.needTotal} in all, ${p.needProfessional} professional, ${p.needPublic} public.`,
  },
  'advice.ce-current-year': {
    zh: (p) => `${p.year} 年还差${gapZh(p)}；本年度学时仍可补学，并在申报前完成认定。`,
    en: (p) =>
      `${p.year} is short by ${gapEn(p)}; this year's hours can still be earned and certified before you submit.`,
  },
  'advice.ce-round-closed': {
    zh: (p) =>
      `${p.year} 年还差${gapZh(p)}；本轮申报已截止，这些学时已不能为本轮补学。以后年度的申报请看“推算下一轮”。`,
    en: (p) =>
      `${p.year} is short by ${gapEn(p)}; this round has closed, so these hours can no longer be earned for it. For a later round, see the projection.`,
  },
  'advice.ce-past-year': {
    zh: (p) => `${p.year} 年还差${gapZh(p)}；往年学时不足，请核对是否有未登记的学时。`,
    en: (p) => `${p.year} is short by ${gapEn(p)}; check for hours that were never registered.`,
  },
  'fig.ce-planned': {
    zh: (p) =>
      `${String(p.years).split(',').join('、')} 年的学时是计划学时（尚未取得）：本结论以按计划完成为前提，学时须实际取得并经认定。`,
    en: (p) =>
      `The hours of ${String(p.years).split(',').join(', ')} are planned hours (not earned yet): this verdict assumes you earn them as planned and have them certified.`,
  },
  'fig.ss-not-for-track': {
    zh: () => '仅工程师申报须现单位缴纳社保一年以上。',
    en: () => 'Only engineer applicants need a year with the current employer.',
  },
  'fig.ss-months': {
    zh: (p, x) => `现单位已缴纳社保 ${p.months} 个月（计算至 ${x.date(p.cutoff!)}），须 ${p.need} 个月。`,
    en: (p, x) =>
      `${p.months} months of social security with your current employer (to ${x.date(p.cutoff!)}); ${p.need} needed.`,
  },
  'fig.ss-since': {
    zh: (p, x) =>
      `自 ${x.date(p.since!)} 起由现单位缴纳社保，计算至 ${x.date(p.until!)} 为 ${p.months} 个月（截止日 ${x.date(p.cutoff!)}），须 ${p.need} 个月。`,
    en: (p, x) =>
      `Social security with your current employer since ${x.date(p.since!)}: ${p.months} months to ${x.date(p.until!)} (cut-off ${x.date(p.cutoff!)}); ${p.need} needed.`,
  },
  'advice.ss-wait': {
    zh: (p, x) => `再缴 ${p.months} 个月，${x.date(p.date!)} 起满一年（本年度截止日之后）。`,
    en: (p, x) =>
      `${p.months} more month${Number(p.months) === 1 ? '' : 's'}: one full year on ${x.date(p.date!)} (after this year's cut-off).`,
  },
  'fig.discipline-none': {
    zh: () => '本人声明无申报纪律所列情形。',
    en: () => 'You declared none of the listed situations.',
  },
  'advice.discipline': {
    zh: () => '有所列情形之一的，取消评审资格并记入诚信档案 3 年。',
    en: () => 'Any of these situations cancels the evaluation and is recorded for 3 years.',
  },
  ...disciplineMessages(),
  'reason.always': { zh: () => '所有申报人都需要。', en: () => 'Every applicant.' },
  'reason.other-province': {
    zh: () => '您近三年有外省社保缴纳记录。',
    en: () => 'You paid social security in another province in the last three years.',
  },
  'reason.hmt-foreign': {
    zh: () => '您是港澳台或外籍人员。',
    en: () => 'You are a Hong Kong, Macao or Taiwan resident or a foreign national.',
  },
  'reason.education-upload': {
    zh: () => '您的学历取得于 2001 年以前、境外，或不能自动提取。',
    en: () => 'Your education dates from before 2001, is from abroad, or cannot be extracted automatically.',
  },
  'reason.education-abroad': {
    zh: () => '您的学历在国外取得。',
    en: () => 'Your education was obtained abroad (in another country).',
  },
  'reason.ce-years': {
    zh: (p) => `继续教育须逐年达标：${list(p.years!).join('、')} 年。`,
    en: (p) => `Hours are checked for each year: ${list(p.years!).join(', ')}.`,
  },
  'reason.evidence-years': {
    zh: (p) => `任现职或近 ${p.years} 年取得的材料。`,
    en: (p) => `Evidence from the current title or the last ${p.years} years.`,
  },
  'reason.engineer': { zh: () => '申报工程师（中级）。', en: () => 'Engineer (intermediate) applicants.' },
  'reason.public-institution': { zh: () => '您在事业单位工作。', en: () => 'You work for a public institution.' },
  'reason.self-score': { zh: () => '您以自评分形式申报。', en: () => 'You apply by self-score.' },
  'reason.skilled-talent': { zh: () => '您按高技能人才贯通申报。', en: () => 'You apply on the skilled-talent route.' },
  'reason.exceptional': { zh: () => '您走破格申报。', en: () => 'You apply on the exceptional route.' },
  'reason.senior-documents': {
    zh: () => '高级、正高级的纸质材料按省级文件要求。',
    en: () => 'Senior and principal paper materials follow the provincial documents.',
  },
}

function gapZh(p: MessageParams['advice.ce-past-year']): string {
  const parts = []
  if (Number(p.total)) parts.push(`总学时 ${p.total}`)
  if (Number(p.professional)) parts.push(`专业科目 ${p.professional}`)
  if (Number(p.public)) parts.push(`公需科目 ${p.public}`)
  return parts.join('、') + ' 学时'
}
function gapEn(p: MessageParams['advice.ce-past-year']): string {
  const parts = []
  if (Number(p.total)) parts.push(`${p.total} in all`)
  if (Number(p.professional)) parts.push(`${p.professional} professional`)
  if (Number(p.public)) parts.push(`${p.public} public`)
  return parts.join(', ') + ' hours'
}

function disciplineMessages() {
  const one = (t: Bilingual) => ({ zh: () => `${t.zh}。`, en: () => `You declared ${t.en}.` })
  return {
    'fig.discipline-forged': one(DISCIPLINE_TEXT.forged),
    'fig.discipline-falseMaterials': one(DISCIPLINE_TEXT.falseMaterials),
    'fig.discipline-undisclosedViolation': one(DISCIPLINE_TEXT.undisclosedViolation),
    'fig.discipline-otherSerious': one(DISCIPLINE_TEXT.otherSerious),
  }
}
