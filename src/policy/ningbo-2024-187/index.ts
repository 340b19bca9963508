/**
 * Rule pack: 甬市监组人〔2024〕187号 (Ningbo AMR, 2024-08-09).
 *
 * Every threshold and date the engine uses lives here, next to the clause it comes from. Values the
 * notice does not state carry an `inference` id; the app tells the user the verdict rests on it.
 */
import type { RulePack } from '../../engine/pack'
import { RETIREMENT_LAW } from '../law/retirement'
import { clauses, type ClauseId } from './clauses'
import { messages } from './messages'
import { meta } from './meta'

export type { ClauseId } from './clauses'

const PROVINCIAL_SENIOR = {
  zh: '浙市监人〔2023〕19号、浙市监人〔2024〕18号',
  en: '浙市监人〔2023〕19号 and 浙市监人〔2024〕18号 (Zhejiang AMR)',
}
const PROVINCIAL_SE = { zh: '浙特协〔2024〕11号', en: '浙特协〔2024〕11号 (Zhejiang Special Equipment Association)' }

export const ningbo2024 = {
  ...meta,
  clauses,
  inferences: {
    'edu-2001': {
      title: { zh: '“2001 年以后”是否含 2001 年', en: 'Does “after 2001” include 2001?' },
      text: {
        zh: '通知未说明 2001 年当年取得的学历是否可自动提取。本工具按：2002 年及以后可自动提取，2000 年及以前须上传，2001 年为稳妥起见建议上传。',
        en: 'The notice does not say whether 2001 itself counts as “after 2001”. We treat 2002 or later as extracted automatically, 2000 or earlier as needing upload, and 2001 as “upload to be safe”.',
      },
      clauses: ['N5.1.2'],
    },
    doctorate: {
      title: { zh: '博士学位按硕士标准', en: 'Doctorate read as the master’s row' },
      text: {
        zh: '附件1未提及博士。本工具按博士至少满足硕士一档（助理工程师满二年）判断；博士直接认定另有规定，请以相关文件为准。',
        en: 'Annex 1 does not mention doctorates. We treat a doctorate as meeting at least the master’s row (2 years as assistant engineer); direct recognition of doctorate holders is governed by other rules.',
      },
      clauses: ['A1.3'],
    },
    'retirement-ages': {
      title: {
        zh: '截止日在延迟退休改革施行前：按 60 / 55 / 50 岁',
        en: 'Cut-off before the retirement reform: ages 60 / 55 / 50',
      },
      text: {
        zh: '通知只说“达到退休年龄”，即法定退休年龄。本通知的截止日 2024 年 12 月 31 日早于渐进式延迟法定退休年龄改革的施行日 2025 年 1 月 1 日（全国人大常委会 2024 年 9 月 13 日决定），因此适用改革前的法定退休年龄：男 60 周岁；女性干部（专业技术或管理）岗位 55 周岁；女性工人岗位 50 周岁（国发〔1978〕104号）。在截止日或之前达到这些年龄的人，改革也不会推迟其退休。您选择适用于您的一类。',
        en: 'The notice only says “reaching retirement age”, i.e. the statutory age. Its cut-off, 31 Dec 2024, falls before 1 Jan 2025, when the gradual raising of the statutory retirement age takes effect (NPC Standing Committee decision of 13 Sep 2024), so the ages before the reform apply: men 60; women in cadre (professional or managerial) posts 55; women in worker posts 50 (国发〔1978〕104号). The reform delays no one who reaches these ages by the cut-off. You choose the group that applies to you.',
      },
      clauses: ['N1.4'],
    },
    'hmt-education': {
      title: {
        zh: '港澳台学历：上传证书，认证书按港澳台学历学位认证',
        en: 'Hong Kong, Macao or Taiwan education: upload, with its own certification',
      },
      text: {
        zh: '通知要求“国外学历学位认证书”，说的是国外学历；港澳台地区取得的学历不属国外，通知未专门提及。本工具按：港澳台学历不能从系统自动提取，须上传学历学位证书等证明材料；对应的认证一般为教育部留学服务中心出具的港澳台学历学位认证书。请向受理部门确认。',
        en: 'The notice asks for a “foreign degree certification” (国外学历学位认证书), which is about degrees from abroad; an education from Hong Kong, Macao or Taiwan is not foreign, and the notice does not mention it. We read it as: not extracted automatically, so upload the diploma and degree certificate; the matching certification is usually the Hong Kong/Macao/Taiwan degree certification of the Ministry of Education’s Chinese Service Center for Scholarly Exchange. Please confirm with the office.',
      },
      clauses: ['N5.1.2'],
    },
    'basic-pass': {
      title: { zh: '“基本合格”低于“合格”', en: '“Basic pass” is below “pass”' },
      text: {
        zh: '通知要求考核“合格（含）以上”。本工具将“基本合格”视为低于“合格”，不满足要求。',
        en: 'The notice requires “pass or better”. We treat “basic pass” (基本合格) as below “pass”, so it does not meet the requirement.',
      },
      clauses: ['A1.5'],
    },
    'assessment-years': {
      title: { zh: '“近三年”考核指 2021–2023 年度', en: '“Last three years” means 2021–2023' },
      text: {
        zh: '申报在 2024 年 8 月，2024 年度考核尚未进行。本工具按 2021、2022、2023 三个年度的考核结果判断。',
        en: 'Applications close in August 2024, before the 2024 annual assessment. We check the 2021, 2022 and 2023 results.',
      },
      clauses: ['A1.5'],
    },
    counting: {
      title: { zh: '“满 N 年”的计算方法', en: 'How “N full years” are counted' },
      text: {
        zh: '通知未规定计算方法。本工具按民法典期间计算规则：自取得之日起至对应日满；无对应日的（如 2 月 29 日），以该月最后一日为满。例如 2020-12-31 取得，至 2024-12-31 满 4 年。',
        en: 'The notice does not define the counting. We follow the Civil Code’s rule for periods: full on the corresponding day, or on the month’s last day when there is none (29 Feb). E.g. obtained 2020-12-31 → 4 full years on 2024-12-31.',
      },
      clauses: ['N1.4', 'A1.3'],
    },
    'social-security-year': {
      title: { zh: '“一年以上”按 12 个月计', en: '“One year or more” = 12 months' },
      text: {
        zh: '本工具将“由现工作单位缴纳社保一年以上”理解为截至 2024 年 12 月 31 日已由现单位连续缴纳满 12 个月。',
        en: 'We read “social security paid by the current employer for one year or more” as at least 12 months paid by the current employer by 31 Dec 2024.',
      },
      clauses: ['N5.1.1'],
    },
    'education-not-extractable': {
      title: { zh: '中专及以下学历须上传', en: 'Secondary education and below: upload' },
      text: {
        zh: '通知只说国内大专及以上学历可自动提取。本工具认为中专及以下学历属于“不能自动提取的”，需上传证书。',
        en: 'The notice says only domestic college-or-higher records are extracted. We treat secondary-vocational and lower education as “not extractable”, to be uploaded.',
      },
      clauses: ['N5.1.2'],
    },
  },
  tracks: {
    engineer: {
      title: { zh: '工程师（中级）', en: 'Engineer (intermediate)' },
      shortTitle: { zh: '工程师', en: 'Engineer' },
      specialties: ['quality', 'metrology', 'standardization', 'special-equipment', 'food-quality'],
      conditionsBy: {
        zh: '《工程技术人员职务试行条例》及本通知附件1',
        en: 'The Engineering Staff Regulations and Annex 1 of this notice',
      },
      requirements: [
        'scope',
        'retirement',
        'discipline',
        'political',
        'skilled-talent',
        'education-seniority',
        'exceptional',
        'ability',
        'assessment',
        'social-security',
        'continuing-education',
        'evidence',
        'public-institution',
      ],
      evidenceYears: { value: 4, clause: 'N3.1' },
      ceYears: { value: [2022, 2023, 2024], clause: 'N4.2' },
      detail: 'full',
      paths: ['normal', 'exceptional'],
    },
    senior: {
      title: { zh: '高级工程师（除特种设备）', en: 'Senior engineer (except special equipment)' },
      shortTitle: { zh: '高级工程师', en: 'Senior engineer' },
      specialties: ['quality', 'metrology', 'standardization'],
      conditionsBy: PROVINCIAL_SENIOR,
      conditionsDocument: 'zjsjr-2023-19',
      selfScoreVerified: { value: true, clause: 'N1.2' },
      requirements: [
        'scope',
        'retirement',
        'discipline',
        'skilled-talent',
        'provincial-conditions',
        'self-score',
        'continuing-education',
        'evidence',
        'public-institution',
      ],
      evidenceYears: { value: 5, clause: 'N3.1' },
      ceYears: { value: [2022, 2023, 2024], clause: 'N4.2' },
      detail: 'partial',
      paths: ['normal', 'self-score'],
    },
    'senior-se': {
      title: { zh: '高级工程师（特种设备）', en: 'Senior engineer (special equipment)' },
      shortTitle: { zh: '特种设备高工', en: 'Senior engineer (SE)' },
      specialties: ['special-equipment'],
      conditionsBy: PROVINCIAL_SE,
      conditionsDocument: 'ztx-2024-11',
      selfScoreVerified: { value: false, clause: 'N1.2' },
      requirements: [
        'scope',
        'retirement',
        'discipline',
        'skilled-talent',
        'provincial-conditions',
        'self-score',
        'continuing-education',
        'evidence',
        'public-institution',
      ],
      evidenceYears: { value: 5, clause: 'N3.1' },
      ceYears: { value: [2020, 2021, 2022, 2023, 2024], clause: 'N4.2' },
      detail: 'partial',
      paths: ['normal', 'self-score'],
    },
    principal: {
      title: { zh: '正高级工程师', en: 'Principal engineer' },
      shortTitle: { zh: '正高级工程师', en: 'Principal engineer' },
      specialties: ['quality', 'metrology', 'standardization', 'special-equipment'],
      conditionsBy: PROVINCIAL_SENIOR,
      conditionsDocument: 'zjsjr-2023-19',
      requirements: [
        'scope',
        'retirement',
        'discipline',
        'skilled-talent',
        'provincial-conditions',
        'continuing-education',
        'evidence',
        'public-institution',
      ],
      evidenceYears: { value: 5, clause: 'N3.1' },
      ceYears: { value: [2022, 2023, 2024], clause: 'N4.2' },
      detail: 'partial',
      paths: ['normal'],
    },
  },
  specialties: {
    quality: { zh: '质量', en: 'Quality' },
    metrology: { zh: '计量', en: 'Metrology' },
    standardization: { zh: '标准化', en: 'Standardization' },
    'special-equipment': { zh: '特种设备', en: 'Special equipment' },
    'food-quality': { zh: '食品质量技术', en: 'Food quality technology' },
  },
  documents: {
    'zjsjr-2023-19': {
      zh: '浙市监人〔2023〕19号（浙江省质量技术基础专业正高级、高级工程师评价条件）',
      en: '浙市监人〔2023〕19号 (Zhejiang evaluation conditions for senior and principal engineers)',
    },
    'zjsjr-2024-18': { zh: '浙市监人〔2024〕18号', en: '浙市监人〔2024〕18号 (Zhejiang AMR 2024 notice)' },
    'ztx-2024-11': PROVINCIAL_SE,
    'zrsf-2022-77': {
      zh: '浙人社发〔2022〕77号（高技能人才与专业技术人才职业发展贯通实施办法）',
      en: '浙人社发〔2022〕77号 (Zhejiang measures linking skilled and professional talent)',
    },
  },
  requirementClauses: {
    scope: ['N1.1'],
    retirement: ['N1.4'],
    political: ['A1.1'],
    ability: ['A1.2'],
    'education-seniority': ['A1.3', 'A1.0', 'N1.4'],
    exceptional: ['A1.4'],
    'provincial-conditions': ['N1.1', 'N0'],
    'self-score': ['N1.2'],
    'skilled-talent': ['N1.3'],
    assessment: ['A1.5'],
    evidence: ['N3.1'],
    'public-institution': ['N4.1'],
    'continuing-education': ['N4.2'],
    'social-security': ['N5.1.1'],
    discipline: ['N6.1'],
  },
  alternatives: [{ primary: 'education-seniority', alternative: 'exceptional', paths: ['normal', 'exceptional'] }],
  messages,
  params: {
    cutoff: { value: '2024-12-31', clause: 'N1.4' },
    educationYears: {
      value: { doctorate: 2, master: 2, 'second-bachelor': 2, bachelor: 4, college: 4 },
      clause: 'A1.3',
    },
    educationYearsInferred: { value: { doctorate: 'doctorate' }, clause: 'A1.3' },
    exceptional: {
      higherEducation: { value: ['doctorate', 'master', 'second-bachelor', 'bachelor', 'college'], clause: 'A1.4' },
      lowerEducationYears: { value: 4, clause: 'A1.4' },
      higherEducationMinYears: { value: 3, clause: 'A1.4' },
      higherEducationBelowYears: { value: 4, clause: 'A1.4' },
      minConditions: { value: 2, clause: 'A1.4' },
      conditionClauses: { 1: 'A1.4.1', 2: 'A1.4.2', 3: 'A1.4.3', 4: 'A1.4.4', 5: 'A1.4.5', 6: 'A1.4.6', 7: 'A1.4.7' },
      computed: {
        condition: 7,
        years: { value: { 'secondary-vocational': 15, 'below-secondary': 20 }, clause: 'A1.4.7' },
        inSpecialty: ['secondary-vocational'],
      },
    },
    ce: {
      total: { value: 90, clause: 'N4.2' },
      professional: { value: 60, clause: 'N4.2' },
      public: { value: 18, clause: 'N4.2' },
      currentYear: { value: 2024, clause: 'N4.2' },
    },
    socialSecurityMonths: { value: 12, clause: 'N5.1.1', inference: 'social-security-year' },
    skilledTalentDocument: { value: 'zrsf-2022-77', clause: 'N1.3' },
    selfScoreMin: { value: 90, clause: 'N1.2' },
    retirement: { value: RETIREMENT_LAW, clause: 'N1.4', inference: 'retirement-ages' },
    educationAutoFromYear: { value: 2002, clause: 'N5.1.2', inference: 'edu-2001' },
    educationAmbiguousYears: { value: [2001], clause: 'N5.1.2', inference: 'edu-2001' },
    educationNotExtractable: {
      value: ['secondary-vocational', 'below-secondary'],
      clause: 'N5.1.2',
      inference: 'education-not-extractable',
    },
    educationUploadPlaces: { foreign: { clause: 'N5.1.2' }, hmt: { clause: 'N5.1.2', inference: 'hmt-education' } },
    assessmentYears: { value: [2021, 2022, 2023], clause: 'A1.5', inference: 'assessment-years' },
    assessmentPassing: { value: ['excellent', 'pass'], clause: 'A1.5', inference: 'basic-pass' },
    abilityItems: {
      management: ['A1.2.1.1', 'A1.2.1.2', 'A1.2.1.3', 'A1.2.1.4'],
      research: ['A1.2.2.1', 'A1.2.2.2', 'A1.2.2.3', 'A1.2.2.4'],
    },
    disciplineItems: {
      forged: 'N6.1.1',
      falseMaterials: 'N6.1.2',
      undisclosedViolation: 'N6.1.3',
      otherSerious: 'N6.1.4',
    },
    publicityWorkingDays: { value: 5, clause: 'N5.2' },
    socialSecurityTracks: { value: ['engineer'], clause: 'N5.1.1' },
    counting: { value: 'civil-law', clause: 'N1.4', inference: 'counting' },
  },
  materials: [
    // ── On the provincial platform ──
    {
      id: 'platform-account',
      group: 'platform',
      when: { always: true },
      reason: 'always',
      clauses: ['N3.1', 'N5.1'],
      title: {
        zh: '登录省平台，完善个人信息',
        en: 'Log in to the provincial platform and complete your personal information',
      },
      detail: {
        zh: '浙江省专业技术职务任职资格申报与评审管理服务平台。信息须经所在单位、主管部门审核无误。',
        en: 'The Zhejiang professional-title platform. Your unit and the competent department check the information.',
      },
    },
    {
      id: 'platform-commitment',
      group: 'platform',
      when: { always: true },
      reason: 'always',
      clauses: ['N3.1'],
      title: { zh: '对填报信息真实性作出承诺', en: 'Commit to the truth of what you enter' },
      detail: {
        zh: '在省平台上作出真实性承诺；严禁虚高自评分。',
        en: 'Make the truthfulness commitment on the platform; inflated self-scores are forbidden.',
      },
    },
    {
      id: 'platform-social-security',
      group: 'platform',
      when: { always: true },
      reason: 'always',
      clauses: ['N5.1.1'],
      title: { zh: '近三年社保缴纳情况', en: 'Social-security record of the last three years' },
      detail: {
        zh: '由系统自动提取，核对是否完整。',
        en: 'Extracted automatically by the system; check that it is complete.',
      },
    },
    {
      id: 'platform-social-security-other-province',
      group: 'platform',
      when: { socialSecurityOtherProvince: true },
      reason: 'other-province',
      clauses: ['N5.1.1'],
      title: { zh: '外省社保缴纳证明', en: 'Proof of social security paid in another province' },
      detail: {
        zh: '在外省缴纳社保的，由本人提供相关证明并上传。',
        en: 'Social security paid outside Zhejiang must be proved by you: upload the proof.',
      },
    },
    {
      id: 'platform-hmt-foreign',
      group: 'platform',
      when: { residency: ['hmt', 'foreign'] },
      reason: 'hmt-foreign',
      clauses: ['N5.1.1'],
      title: {
        zh: '身份证明、劳动合同及合法就业证明',
        en: 'Identity proof, labour contract and proof of legal employment',
      },
      detail: {
        zh: '在我市合法就业的港澳台人员、外籍人员提供。',
        en: 'For Hong Kong, Macao and Taiwan residents and foreign nationals legally employed in Ningbo.',
      },
    },
    {
      id: 'platform-education-upload',
      group: 'platform',
      when: { educationUpload: true },
      reason: 'education-upload',
      clauses: ['N5.1.2'],
      title: {
        zh: '上传学历学位证书、毕业生登记表',
        en: 'Upload diploma, degree certificate and graduate registration form',
      },
      detail: {
        zh: '2001 年以前取得或不能自动提取的学历须上传证明材料。',
        en: 'Required for education obtained before 2001 or not extractable automatically.',
      },
    },
    {
      id: 'platform-foreign-degree',
      group: 'platform',
      when: { educationObtainedIn: ['foreign'] },
      reason: 'education-abroad',
      clauses: ['N5.1.2'],
      title: { zh: '国外学历学位认证书', en: 'Foreign degree certification' },
      detail: {
        zh: '国外取得的学历学位需上传国外学历学位认证书。',
        en: 'Education obtained abroad (in another country): upload the foreign degree certification.',
      },
    },
    {
      id: 'platform-ce-import',
      group: 'platform',
      when: { always: true },
      reason: 'ce-years',
      clauses: ['N4.2'],
      title: {
        zh: '填报《继续教育学时导入模板表格》并提交认定',
        en: 'Fill in the continuing-education import template and submit it for certification',
      },
      detail: {
        zh: '汇总线下学时和其他网络平台学时，附证明材料，提交当地主管部门审核认定后导入登记管理系统。',
        en: 'Summarise offline and other-platform hours with proofs; the local authority certifies them and imports them into the register.',
      },
    },
    {
      id: 'platform-ce-certificate',
      group: 'platform',
      when: { always: true },
      reason: 'always',
      clauses: ['N4.2'],
      title: { zh: '下载继续教育学时证明', en: 'Download the continuing-education hours certificate' },
      detail: {
        zh: '学时导入后，由申报人自行从浙江省专业技术人员继续教育学时登记管理系统下载。',
        en: 'After import, download it yourself from the Zhejiang continuing-education register.',
      },
    },
    {
      id: 'platform-evidence',
      group: 'platform',
      when: { always: true },
      reason: 'evidence-years',
      clauses: ['N3.1'],
      title: {
        zh: '工作能力、业绩、成果、论文等佐证材料',
        en: 'Evidence of ability, achievements, research results and papers',
      },
      detail: {
        zh: '须与评审专业相关，且为任现职或规定年限内取得。',
        en: 'Must relate to the specialty and date from the current title or the window.',
      },
    },
    {
      id: 'platform-assessment',
      group: 'platform',
      when: { track: ['engineer'] },
      reason: 'engineer',
      clauses: ['A1.5'],
      inference: 'assessment-years',
      title: { zh: '近三年年度考核结果', en: 'Annual assessment results of the last three years' },
      detail: {
        zh: '现任职务任期（至少近三年）考核合格（含）以上。',
        en: 'Pass or better in the current title (at least the last three years).',
      },
    },
    {
      id: 'platform-public-institution',
      group: 'platform',
      when: { unitType: 'public-institution' },
      reason: 'public-institution',
      clauses: ['N4.1'],
      title: {
        zh: '事业单位人事工资管理服务系统审核通过',
        en: 'Approval in the public-institution personnel and pay system',
      },
      detail: {
        zh: '在核定的专业技术岗位结构比例内，并经“浙江省事业单位人事工资管理服务系统”审核通过。',
        en: 'Within the approved post-structure ratio and approved in the Zhejiang public-institution personnel and pay system.',
      },
    },
    {
      id: 'platform-self-score',
      group: 'platform',
      when: { path: ['self-score'] },
      reason: 'self-score',
      clauses: ['N1.2', 'N3.1'],
      title: { zh: '自评分及其佐证材料', en: 'Self-score and its evidence' },
      detail: {
        zh: '自评分须达到 {selfScoreMin} 分以上（高级工程师（除特种设备）须经中评委核分），严禁虚高自评分。',
        en: 'The self-score must reach {selfScoreMin} (senior engineer except special equipment: as verified by the committee); inflated scores are forbidden.',
      },
    },
    {
      id: 'platform-skilled-talent',
      group: 'platform',
      when: { path: ['skilled-talent'] },
      reason: 'skilled-talent',
      clauses: ['N1.3'],
      title: { zh: '高技能人才贯通申报材料', en: 'Materials for the skilled-talent route' },
      detail: { zh: '按浙人社发〔2022〕77号有关规定准备。', en: 'Prepare as 浙人社发〔2022〕77号 requires.' },
    },
    // ── Paper materials ──
    {
      id: 'forms-download',
      group: 'paper',
      when: { always: true },
      reason: 'always',
      clauses: ['N6.3'],
      title: { zh: '下载有关表格和文件', en: 'Download the forms and documents' },
      detail: {
        zh: '宁波市市场监管局网站“职称评审”专栏“政策文件及通知公告”。',
        en: 'Ningbo AMR website, column “职称评审” → “政策文件及通知公告”.',
      },
    },
    {
      id: 'paper-evaluation-form',
      group: 'paper',
      when: { track: ['engineer'] },
      reason: 'engineer',
      clauses: ['N5.3.1.1', 'N5.3.1'],
      copies: 3,
      title: { zh: '《专业技术职务任职资格评审表》', en: 'Title evaluation form (评审表)' },
      detail: {
        zh: '通过省平台下载，A3 纸，骑缝装订，贴照片，一式三份，并附电子文档。',
        en: 'Download from the platform; A3, saddle-stitched, photo attached, 3 copies, with electronic copy.',
      },
    },
    {
      id: 'paper-achievements',
      group: 'paper',
      when: { track: ['engineer'] },
      reason: 'engineer',
      clauses: ['N5.3.1.2', 'N5.3.1'],
      copies: 1,
      title: { zh: '《专业技术工作业绩说明表》', en: 'Statement of professional work achievements (业绩说明表)' },
      detail: { zh: '1 份，并附电子文档。', en: '1 copy, with electronic copy.' },
    },
    {
      id: 'paper-post-info',
      group: 'paper',
      when: { all: [{ track: ['engineer'] }, { unitType: 'public-institution' }] },
      reason: 'public-institution',
      clauses: ['N5.3.1.3', 'N5.3.1'],
      copies: 1,
      title: {
        zh: '《事业单位人员职称申报岗位信息表》',
        en: 'Post information form for public-institution staff (岗位信息表)',
      },
      detail: { zh: '事业单位申报人员提供，1 份。', en: 'Public-institution applicants, 1 copy.' },
    },
    {
      id: 'paper-exceptional-form',
      group: 'paper',
      when: { all: [{ track: ['engineer'] }, { path: ['exceptional'] }] },
      reason: 'exceptional',
      clauses: ['N5.3.1.4', 'A1.4'],
      copies: 3,
      title: {
        zh: '《破格推荐中级专业技术职务任职资格审批表》',
        en: 'Exceptional recommendation approval form (破格审批表)',
      },
      detail: {
        zh: '一式三份，说明所符合的破格条件，并附有关证明材料。',
        en: '3 copies, stating which exceptional conditions you meet, with proofs attached.',
      },
    },
    {
      id: 'paper-materials-list',
      group: 'paper',
      when: { track: ['engineer'] },
      reason: 'engineer',
      clauses: ['N5.3.1.5'],
      copies: 1,
      title: { zh: '材料清单', en: 'List of materials' },
      detail: { zh: '1 份，贴在资料袋正面。', en: '1 copy, stuck on the front of the document bag.' },
    },
    {
      id: 'paper-senior',
      group: 'paper',
      when: { track: ['senior', 'senior-se', 'principal'] },
      reason: 'senior-documents',
      clauses: ['N5.3.2'],
      title: { zh: '按省级文件要求准备纸质材料', en: 'Paper materials as the provincial documents require' },
      detail: {
        zh: '高级、正高级报送材料按相关文件（附件3、附件4）要求。',
        en: 'Senior and principal materials follow the relevant documents (annexes 3 and 4).',
      },
    },
    // ── The unit and the district ──
    {
      id: 'unit-publicity',
      group: 'unit-district',
      when: { always: true },
      reason: 'always',
      clauses: ['N5.2'],
      byOthers: true,
      title: {
        zh: '单位公示不少于 {publicityWorkingDays} 个工作日',
        en: 'Publicity at your unit for at least {publicityWorkingDays} working days',
      },
      detail: {
        zh: '所在单位公示申报材料，并将公示情况录入省平台。请向单位确认。',
        en: 'Your unit publicises the application and records it on the platform. Confirm with your unit.',
      },
    },
    {
      id: 'unit-review',
      group: 'unit-district',
      when: { always: true },
      reason: 'always',
      clauses: ['N3.2'],
      byOthers: true,
      title: { zh: '单位线上审核', en: 'Online review by your unit' },
      detail: {
        zh: '单位审核业绩档案和申报信息，并对材料的真实性、准确性、完整性负责。',
        en: 'Your unit reviews your records and application and answers for the materials.',
      },
    },
    {
      id: 'unit-post-procedure',
      group: 'unit-district',
      when: { unitType: 'public-institution' },
      reason: 'public-institution',
      clauses: ['N4.1'],
      byOthers: true,
      title: { zh: '评聘结合程序', en: 'Evaluation-and-appointment procedure' },
      detail: {
        zh: '公布岗位信息、个人申报竞聘、材料公示、单位考核推荐、评委会评审、单位聘任。',
        en: 'Posts published, application, publicity, unit assessment and recommendation, committee review, appointment.',
      },
    },
    {
      id: 'district-entrustment',
      group: 'unit-district',
      when: { track: ['engineer'] },
      reason: 'engineer',
      clauses: ['N5.3.1.D1'],
      byOthers: true,
      copies: 1,
      title: { zh: '《申报专业技术职务任职资格评审委托书》', en: 'Letter of entrustment for the evaluation (委托书)' },
      detail: { zh: '由区（县、市）人社局提供，1 份。', en: 'Provided by the district HR bureau, 1 copy.' },
    },
    {
      id: 'district-roster',
      group: 'unit-district',
      when: { track: ['engineer'] },
      reason: 'engineer',
      clauses: ['N5.3.1.D2'],
      byOthers: true,
      copies: 1,
      title: { zh: '《推荐工程师职务任职资格人员花名册》', en: 'Roster of recommended applicants (花名册)' },
      detail: {
        zh: '由区（县、市）人社局提供；事业编制人员在备注里标明；同一单位的申报人员填入同一份花名册。',
        en: 'Provided by the district HR bureau; public-institution staff marked in the remarks; one roster per unit.',
      },
    },
    {
      id: 'district-forward',
      group: 'unit-district',
      when: { always: true },
      reason: 'always',
      clauses: ['N3.3', 'N5.3.F'],
      byOthers: true,
      title: { zh: '区（县、市）受理、审核、报送', en: 'District acceptance, review and forwarding' },
      detail: {
        zh: '由所在区（县、市）、开发园区市场监管和人力社保部门或市市场监管局直属事业单位统一整理报送。',
        en: 'The district market-regulation and HR departments (or municipal directly affiliated institutions) collect and send the materials.',
      },
    },
    // ── Interview ──
    {
      id: 'interview-prepare',
      group: 'interview',
      when: { track: ['engineer'] },
      reason: 'engineer',
      clauses: ['N6.2'],
      title: { zh: '准备答辩面试', en: 'Prepare for the interview' },
      detail: {
        zh: '符合定性评审条件的中级申报人员均需参加面试，时间另行通知。',
        en: 'Every engineer applicant who passes the qualitative review is interviewed; the date is announced later.',
      },
    },
  ],
  deadlines: [
    {
      id: 'online-application',
      tracks: ['engineer', 'senior'],
      date: '2024-08-21',
      clauses: ['N2.1'],
      application: true,
      title: { zh: '网上申报截止', en: 'Online application closes' },
    },
    {
      id: 'unit-review',
      tracks: ['engineer', 'senior'],
      date: '2024-09-01',
      clauses: ['N2.1', 'N3.2'],
      title: { zh: '所在单位审核截止', en: 'Unit review closes' },
    },
    {
      id: 'district-processing',
      tracks: ['engineer', 'senior'],
      date: '2024-09-10',
      clauses: ['N2.1', 'N3.3'],
      title: { zh: '区（县、市）人力社保部门处理完毕', en: 'District HR departments finish processing' },
    },
    {
      // 二、第二段 names both documents for 正高级 and 特种设备高级 together; 浙特协〔2024〕11号 is the
      // special-equipment association's notice (N0, N1.1: 特种设备 senior only), so principal
      // applicants are pointed to 浙市监人〔2024〕18号 alone.
      id: 'provincial-dates',
      tracks: ['senior-se'],
      date: null,
      clauses: ['N2.2'],
      setBy: { zh: '浙市监人〔2024〕18号、浙特协〔2024〕11号', en: '浙市监人〔2024〕18号 / 浙特协〔2024〕11号' },
      title: { zh: '申报时间以省级文件为准', en: 'Dates set by the provincial documents' },
    },
    {
      id: 'provincial-dates',
      tracks: ['principal'],
      date: null,
      clauses: ['N2.2', 'N1.1'],
      setBy: { zh: '浙市监人〔2024〕18号', en: '浙市监人〔2024〕18号' },
      title: { zh: '申报时间以省级文件为准', en: 'Dates set by the provincial document' },
    },
    {
      // Not for principal applicants: the province evaluates them (N1.1, N2.2); Ningbo only recommends.
      id: 'review',
      tracks: ['engineer', 'senior', 'senior-se'],
      date: '2024-09-21',
      until: '2024-09-30',
      approximate: true,
      clauses: ['N2.3'],
      title: { zh: '评审（预计 9 月下旬）', en: 'Review (expected late September)' },
    },
  ],
} as const satisfies RulePack<ClauseId>

export type Ningbo2024Pack = typeof ningbo2024
/** The pack typed for the engine (widened arrays). */
export const pack: RulePack<ClauseId> = ningbo2024
