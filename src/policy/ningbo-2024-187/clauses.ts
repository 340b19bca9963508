/**
 * The clauses of 甬市监组人〔2024〕187号, in the notice's own words.
 *
 * Ids: `N<section>.<item>[.<sub>]` for the body of the notice (sections 一–六), `A1.<part>[.<item>]`
 * for Annex 1 (中级专业技术职务任职资格评审条件). `zh` is copied from the notice (the authority);
 * `en` is our gloss, for English-mode readers, and is not an official translation.
 *
 * The type `ClauseId` is derived from this table, so a rule, material or deadline that cites a clause
 * that does not exist fails `npm run typecheck`.
 */
import type { Clause } from '../../engine/types'

export const clauses = {
  N0: {
    section: { zh: '通知正文 · 导语', en: 'Notice · preamble' },
    zh: '根据浙江省市场监督管理局《关于做好2024年度质量技术基础专业正高级工程师、高级工程师职务任职资格评审工作的通知》（浙市监人〔2024〕18号）、浙江省特种设备协会《关于2024年度特种设备专业高级工程师职务任职资格评审工作的通知》（浙特协〔2024〕11号）等文件要求，结合我市质量技术基础专业职称评审工作实际，现就做好2024年度全市质量技术基础专业中级专业技术职务任职资格评审暨正高级、高级专业技术职务任职资格推荐工作有关事项通知如下：',
    en: 'Under the Zhejiang AMR notice on the 2024 senior/principal engineer evaluation (浙市监人〔2024〕18号) and the Zhejiang Special Equipment Association notice on the 2024 special-equipment senior engineer evaluation (浙特协〔2024〕11号), Ningbo sets out the 2024 evaluation of intermediate (engineer) titles and the recommendation of senior and principal titles in quality-infrastructure specialties.',
  },
  'N1.1': {
    section: { zh: '一、申报对象及条件 · 第一段', en: 'Section 1 (Who may apply) · para. 1' },
    zh: '在我市企事业单位从事质量技术基础专业（质量、计量、标准化、特种设备、食品质量技术）工作，符合《工程技术人员职务试行条例》和《中级专业技术职务任职资格评审条件》（附件1）规定，可申报中级专业技术职务任职资格；在我市企事业单位从事质量技术基础专业（质量、计量、标准化、特种设备）工作，符合《浙江省质量技术基础专业技术人员正高级工程师、高级工程师职务任职资格评价条件》（浙市监人〔2023〕19号）、浙江省市场监督管理局《关于做好2024年度质量技术基础专业正高级工程师、高级工程师职务任职资格评审工作的通知》（浙市监人〔2024〕18号），可申报高级（除特种设备）、正高级专业技术职务任职资格；在我市企事业单位从事特种设备专业工作，符合浙江省特种设备协会《关于2024年度特种设备专业高级工程师职务任职资格评审工作的通知》（浙特协〔2024〕11号）要求，可申报高级（特种设备）专业技术职务任职资格。',
    en: 'People working in quality-infrastructure specialties (quality, metrology, standardization, special equipment, food quality technology) at an enterprise or public institution in Ningbo who meet the Engineering Staff Regulations and Annex 1 may apply for the intermediate (engineer) title. Those in quality, metrology, standardization or special equipment who meet 浙市监人〔2023〕19号 and 浙市监人〔2024〕18号 may apply for senior (except special equipment) and principal titles. Those in special equipment who meet 浙特协〔2024〕11号 may apply for the senior (special equipment) title.',
  },
  'N1.2': {
    section: { zh: '一、申报对象及条件 · 第二段', en: 'Section 1 · para. 2 (self-score)' },
    zh: '申报高级工程师（除特种设备）职称人员中不具备正常申报条件且以自评分形式申报的，自评分须经中评委核分达到90分以上。申报特种设备高级工程师职称人员中不具备正常申报条件且以自评分形式申报的，自评分须达到90分以上。',
    en: 'Senior engineer applicants (except special equipment) who lack the normal conditions and apply by self-score need a self-score of at least 90 as verified by the mid-level committee. Special-equipment senior applicants who lack the normal conditions and apply by self-score need a self-score of at least 90.',
  },
  'N1.3': {
    section: { zh: '一、申报对象及条件 · 第三段', en: 'Section 1 · para. 3 (skilled talent)' },
    zh: '高技能人才申报条件参照《浙江省人力资源和社会保障厅关于印发〈关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法〉的通知》（浙人社发〔2022〕77号）有关规定执行。',
    en: 'Conditions for highly skilled talent follow 浙人社发〔2022〕77号 (Zhejiang measures linking the careers of skilled and professional-technical talent).',
  },
  'N1.4': {
    section: { zh: '一、申报对象及条件 · 第四段', en: 'Section 1 · para. 4 (cut-off, retirement)' },
    zh: '申报人员现专业技术职务任职时间计算到 2024 年 12 月 31 日，凡在此期限内达到退休年龄的人员，除个别确因工作需要按有关文件规定延缓办理离退休手续的以外，不再评定专业技术职务任职资格。',
    en: 'Time in the current title is counted up to 31 December 2024. Anyone who reaches retirement age within this period is no longer evaluated, except the few whose retirement is deferred under the relevant rules because the work requires it.',
  },
  'N2.1': {
    section: { zh: '二、时间安排 · 第一段', en: 'Section 2 (Timetable) · para. 1' },
    zh: '中级、高级（除特种设备）专业技术资格：网上申报截止时间为 8 月 21 日，所在单位审核截止时间为 9 月 1 日。各区（县、市）、开发园区人力社保部门在 9 月 10 日前将本辖区内申报材料处理完毕。',
    en: 'Intermediate and senior (except special equipment): online application closes on 21 August; unit review closes on 1 September. District HR departments finish processing the applications by 10 September.',
  },
  'N2.2': {
    section: { zh: '二、时间安排 · 第二段', en: 'Section 2 · para. 2' },
    zh: '正高级专业技术资格及特种设备专业高级：以浙江省市场监督管理局《关于做好 2024 年度质量技术基础专业正高级工程师、高级工程师职务任职资格评审工作的通知》（浙市监人〔2024〕18 号）、浙江省特种设备协会《关于 2024 年度特种设备专业高级工程师职务任职资格评审工作的通知》（浙特协〔2024〕11 号）文件要求为准。',
    en: 'Principal titles and special-equipment senior titles: the dates in 浙市监人〔2024〕18号 and 浙特协〔2024〕11号 apply.',
  },
  'N2.3': {
    section: { zh: '二、时间安排 · 第三段', en: 'Section 2 · para. 3' },
    zh: '2024 年评审工作预计安排在 9 月下旬。',
    en: 'The 2024 review is expected in late September.',
  },
  'N3.1': {
    section: { zh: '三、申报程序 · （一）个人申报', en: 'Section 3 (Procedure) · (1) Individual application' },
    zh: '申报人员登录“浙江省专业技术职务任职资格申报与评审管理服务平台”（以下简称“省平台”）（网址：https://zcps.rlsbt.zj.gov.cn）进行申报，并对填报信息真实性作出承诺。正高级、高级工程师申报材料所涉及的工作能力、工作业绩、科研成果、论文论著等均需与评审专业相关且为任现职或近 5 年以来取得，并提供相应的佐证材料，严禁虚高自评分申报。工程师申报材料所涉及的工作能力、工作业绩、科研成果、论文论著等均需与评审专业相关且为任现职或近 4 年以来取得，并提供相应的佐证材料。',
    en: 'Applicants apply on the Zhejiang professional-title platform ("the provincial platform") and commit to the truth of what they enter. For principal and senior engineers, the work ability, achievements, research results, papers and books must relate to the specialty and date from the current title or the last 5 years, with supporting evidence; inflated self-scores are forbidden. For engineers the same applies with the last 4 years.',
  },
  'N3.2': {
    section: { zh: '三、申报程序 · （二）单位审核', en: 'Section 3 · (2) Unit review' },
    zh: '所在单位负责对申报人员业绩档案信息和职称申报信息进行线上审核，并对送审材料的真实性、准确性、完整性负责。',
    en: "The applicant's unit reviews the applicant's records and application online and answers for the truth, accuracy and completeness of the materials.",
  },
  'N3.3': {
    section: { zh: '三、申报程序 · （三）受理上报', en: 'Section 3 · (3) Acceptance and forwarding' },
    zh: '申报人员所在区（县、市）、开发园区市场监管部门、人力社保部门、市市场监管局直属事业单位登录管理平台进行材料接收、审核和报送工作（网址：https://zcps.rlsbt.zj.gov.cn/028/login.jsp）。',
    en: "The district market-regulation and HR departments (or the municipal AMR's directly affiliated institutions) receive, review and forward the materials on the management platform.",
  },
  'N4.1': {
    section: { zh: '四、申报要求 · （一）事业单位评聘结合', en: 'Section 4 (Requirements) · (1) Public institutions' },
    zh: '根据《关于做好事业单位专业技术职务评聘结合工作的通知》（浙人社函〔2017〕129号）精神，事业单位专业技术人员职称评审应在核定的专业技术岗位结构比例内，并经“浙江省事业单位人事工资管理服务系统”中审核通过。严格按照公布岗位信息、个人申报竞聘、材料公示、单位考核推荐、评委会评审、单位聘任等程序进行，做到信息公开、程序公开、结果公开。',
    en: 'Under 浙人社函〔2017〕129号, staff of public institutions are evaluated only within the approved ratio of professional posts and after approval in the Zhejiang public-institution personnel and pay system, following: posts published, individual application, publicity, unit assessment and recommendation, committee review, appointment by the unit.',
  },
  'N4.2': {
    section: { zh: '四、申报要求 · （二）继续教育', en: 'Section 4 · (2) Continuing education' },
    zh: '专业技术人员参加继续教育情况作为职称申报的必备条件，申报人员每年度参加继续教育不得少于 90 学时，其中专业科目不少于 60 学时，行业公需和一般公需科目不少于 18 学时。具体按《浙江省质量技术基础专业技术人员继续教育实施细则（试行）》（浙市监人〔2019〕54 号）有关规定执行。申报人根据《浙江省质量技术基础专业继续教育学时认定登记标准》，将近三年（2022-2024）（特种设备高级近五年，即 2020-2024）线下学时和其他网络平台学时汇总填报《继续教育学时导入模板表格》（提供相应证明材料）提交当地主管部门审核认定后，统一导入“浙江省专业技术人员继续教育学时登记管理系统”（网址：http://zjjx.rlsbt.zj.gov.cn），申报人自行下载继续教育学时证明。',
    en: 'Continuing education is a required condition: at least 90 hours each year, of which at least 60 professional and at least 18 industry-public plus general-public. Applicants summarise offline and other-platform hours of the last three years (2022–2024; special-equipment senior: five years, 2020–2024) in the import template, with proofs, for the local authority to certify and import into the Zhejiang continuing-education register; the applicant then downloads the hours certificate.',
  },
  'N5.1': {
    section: { zh: '五、材料要求 · （一）个人信息要求', en: 'Section 5 (Materials) · (1) Personal information' },
    zh: '申报人员应登录省平台完善个人信息，并经所在单位、主管部门认真审核，确保信息无误。',
    en: 'Applicants complete their personal information on the provincial platform; the unit and the competent department check it.',
  },
  'N5.1.1': {
    section: { zh: '五、材料要求 · （一）1. 在职在岗证明', en: 'Section 5 · (1) 1. Proof of employment' },
    zh: '各辖区内申报人员需在系统上提供近三年社保缴纳情况。申报工程师的人员，必须是在我市工作并由现工作单位缴纳社保一年以上的专业技术人才（时间计算至 2024 年 12 月 31 日）；在我市合法就业的港澳台人员、外籍人员，须提供身份证明、劳动合同及合法就业证明等材料。凡涉及需人力社保部门出具的证明（如社保缴纳证明等信息）可在系统中自动提取，不再要求申报人员提供。如在外省缴纳社保的，需由本人提供外省缴纳社保的相关证明。',
    en: 'Applicants show their social-security payments of the last three years on the platform. Engineer applicants must work in Ningbo with social security paid by their current employer for at least one year (counted to 31 December 2024). Hong Kong, Macao and Taiwan residents and foreign nationals legally employed in Ningbo provide identity proof, labour contract and proof of legal employment. Records issued by HR departments are extracted automatically; social security paid in another province must be proved by the applicant.',
  },
  'N5.1.2': {
    section: { zh: '五、材料要求 · （一）2. 学历认证', en: 'Section 5 · (1) 2. Education records' },
    zh: '2001 年以后取得国内大专及以上学历、学位等信息，可在系统自动提取；2001 年以前及不能自动提取的，须上传学历学位证书、毕业生登记表、国外学历学位认证书等证明材料。',
    en: 'Domestic college (大专) or higher qualifications obtained after 2001 are extracted automatically; for those before 2001 or not extractable, upload the diploma and degree certificates, the graduate registration form, the foreign degree certification, etc.',
  },
  'N5.2': {
    section: { zh: '五、材料要求 · （二）送审材料要求', en: 'Section 5 · (2) Materials sent for review' },
    zh: '所在单位应对申报人员申报材料在本单位进行公示，公示时间不少于5个工作日，并将公示情况录入省平台，因申报材料不符合要求等产生的不利影响由个人和推荐单位负责。区（县、市）、开发园区人力社保部门和市场监管部门、市市场监管局直属事业单位应坚持评审标准和条件，切实履行把关职责，认真审核评审资料，把好推荐质量关。',
    en: 'The unit publicises the application within the unit for at least 5 working days and records the publicity on the platform; the applicant and the recommending unit bear the consequences of non-compliant materials. District HR and market-regulation departments check the materials against the standards.',
  },
  'N5.3.1': {
    section: { zh: '五、材料要求 · （三）1. 中级评审纸质材料', en: 'Section 5 · (3) 1. Paper materials, intermediate' },
    zh: '中级专业技术职务任职资格评审 评审对象提供以下材料并附送电子文档：',
    en: 'Intermediate title evaluation: the applicant provides the following, with electronic copies:',
  },
  'N5.3.1.1': {
    section: { zh: '五、（三）1. 第（1）项', en: 'Section 5 · (3) 1. item (1)' },
    zh: '《专业技术职务任职资格评审表》，通过省平台下载，A3 骑缝装订（需贴照片），一式三份；',
    en: 'The title evaluation form, downloaded from the provincial platform, A3, saddle-stitched, with photo attached, 3 copies.',
  },
  'N5.3.1.2': {
    section: { zh: '五、（三）1. 第（2）项', en: 'Section 5 · (3) 1. item (2)' },
    zh: '《专业技术工作业绩说明表》1份；',
    en: 'The statement of professional work achievements, 1 copy.',
  },
  'N5.3.1.3': {
    section: { zh: '五、（三）1. 第（3）项', en: 'Section 5 · (3) 1. item (3)' },
    zh: '事业单位申报人员需提供《事业单位人员职称申报岗位信息表》1份；',
    en: 'Public-institution applicants: the post information form for title applications, 1 copy.',
  },
  'N5.3.1.4': {
    section: { zh: '五、（三）1. 第（4）项', en: 'Section 5 · (3) 1. item (4)' },
    zh: '符合破格推荐人员需填写《破格推荐中级专业技术职务任职资格审批表》一式三份，需说明所符合的满足破格推荐的条件，并附有关证明材料；',
    en: 'Exceptional-route applicants: the exceptional recommendation approval form, 3 copies, stating which exceptional conditions are met, with proofs attached.',
  },
  'N5.3.1.5': {
    section: { zh: '五、（三）1. 第（5）项', en: 'Section 5 · (3) 1. item (5)' },
    zh: '材料清单1份，并贴在资料袋正面。',
    en: 'A list of materials, 1 copy, stuck on the front of the document bag.',
  },
  'N5.3.1.D1': {
    section: {
      zh: '五、（三）1. 区（县、市）人社局提供 第（1）项',
      en: 'Section 5 · (3) 1. district HR bureau item (1)',
    },
    zh: '区（县、市）人社局提供以下材料并附电子文档：（1）《申报专业技术职务任职资格评审委托书》1份；',
    en: 'The district HR bureau provides, with electronic copies: (1) the letter of entrustment for the evaluation, 1 copy.',
  },
  'N5.3.1.D2': {
    section: {
      zh: '五、（三）1. 区（县、市）人社局提供 第（2）项',
      en: 'Section 5 · (3) 1. district HR bureau item (2)',
    },
    zh: '(2) 《推荐工程师职务任职资格人员花名册》1份(事业编制人员需在备注里标明,所在单位需将本单位所有申报人员填入同一份花名册)。',
    en: '(2) The roster of people recommended for the engineer title, 1 copy (staff on public-institution establishment marked in the remarks; each unit lists all its applicants in one roster).',
  },
  'N5.3.2': {
    section: { zh: '五、（三）2. 高级、正高级', en: 'Section 5 · (3) 2. Senior and principal' },
    zh: '高级、正高级专业技术职务任职资格报送材料按相关文件要求。',
    en: 'Senior and principal title materials follow the relevant documents.',
  },
  'N5.3.F': {
    section: { zh: '五、（三）末段', en: 'Section 5 · (3) closing paragraph' },
    zh: '以上材料由区(县、市)、开发园区人力社保部门、市市场监管局直属事业单位统一整理报送。',
    en: 'All the materials above are collected and sent by the district HR departments or the municipal AMR’s directly affiliated institutions.',
  },
  'N6.1': {
    section: { zh: '六、其他事项说明 · （一）申报纪律', en: 'Section 6 (Other) · (1) Discipline' },
    zh: '申报人员有下列情形之一的,取消评审资格(已通过评审的,取消资格,由发证机关收回其资格证书),并记入职称评审诚信档案库,纳入全国信用信息共享平台,记录期限为3年:',
    en: 'Applicants in any of the following situations lose their eligibility (if already passed, the qualification is revoked and the certificate withdrawn), and the case is recorded in the title-evaluation integrity file and the national credit platform for 3 years:',
  },
  'N6.1.1': {
    section: { zh: '六、（一）第1项', en: 'Section 6 · (1) item 1' },
    zh: '伪造、变造证件、证明的；',
    en: 'forging or altering certificates or proofs;',
  },
  'N6.1.2': {
    section: { zh: '六、（一）第2项', en: 'Section 6 · (1) item 2' },
    zh: '提交虚假申报材料的；',
    en: 'submitting false application materials;',
  },
  'N6.1.3': {
    section: { zh: '六、（一）第3项', en: 'Section 6 · (1) item 3' },
    zh: '有违纪违法行或安全责任事故，仍在处理、处罚、处分阶段或任现职期间有严重违法违纪行为受到党纪政纪处分，未在申报材料中反映的；',
    en: 'a violation or a safety-liability accident still being handled, punished or sanctioned, or a serious violation sanctioned by Party or administrative discipline during the current title, not disclosed in the application;',
  },
  'N6.1.4': {
    section: { zh: '六、（一）第4项', en: 'Section 6 · (1) item 4' },
    zh: '有其他严重违反评审规定的行为。',
    en: 'other serious breaches of the evaluation rules.',
  },
  'N6.2': {
    section: { zh: '六、其他事项说明 · （二）答辩环节', en: 'Section 6 · (2) Interview' },
    zh: '所有符合定性评审条件的中级专业技术职务任职资格申报人员均需参加面试，具体答辩面试时间另行通知。',
    en: 'Every intermediate-title applicant who meets the qualitative review conditions attends an interview; the date will be announced separately.',
  },
  'N6.3': {
    section: { zh: '六、其他事项说明 · （三）资料获取方式', en: 'Section 6 · (3) Where to get the forms' },
    zh: '有关资料请在宁波市市场监管局网站“职称评审”专栏“政策文件及通知公告”中下载。联系人: 宁波市市场监督管理局王老师; 联系电话: 0574-89189844、89189838；通讯地址：宁波市鄞州区和济街 69 号。',
    en: 'Download the forms from the Ningbo AMR website, column “职称评审” → “政策文件及通知公告”. Contact: Mr/Ms Wang, Ningbo AMR, 0574-89189844, 0574-89189838, 69 Heji Street, Yinzhou District, Ningbo.',
  },
  'A1.0': {
    section: { zh: '附件1 · 导语', en: 'Annex 1 · introduction' },
    zh: '申报工程师专业技术职务任职资格，学历、资历等基本条件按《工程技术人员职务试行条例》等有关规定执行。',
    en: 'For the engineer title, the basic education and seniority conditions follow the Engineering Staff Regulations and related rules.',
  },
  'A1.1': {
    section: { zh: '附件1 · 一、政治条件', en: 'Annex 1 · 1. Political and ethical conditions' },
    zh: '遵纪守法、具有良好的职业道德、学术修养和敬业精神，热爱本职工作，履行岗位职责，积极为我国社会主义现代化建设事业服务。',
    en: 'Law-abiding, with good professional ethics, academic integrity and dedication; loves the work, fulfils the duties of the post and serves the country’s modernisation.',
  },
  'A1.2': {
    section: { zh: '附件1 · 二、申报条件', en: 'Annex 1 · 2. Conditions' },
    zh: '担任工程师职务，必须具备履行相应职责的实际工作能力和相应的业务知识与技术水平，具备相应的学历和从事技术工作、岗位的资历，同时具备下列部门之一条件：',
    en: 'An engineer must have the practical ability, knowledge and technical level for the duties, the corresponding education and seniority, and meet the conditions of one of the following department types:',
  },
  'A1.2.1.1': {
    section: {
      zh: '附件1 · 二、（一）生产、技术管理部门 第1项',
      en: 'Annex 1 · 2. (1) Production/technical management, item 1',
    },
    zh: '基本掌握现代生产管理和技术管理的方法，有独立解决比较复杂的技术问题的能力。',
    en: 'Basically masters modern production and technical management methods; can independently solve fairly complex technical problems.',
  },
  'A1.2.1.2': {
    section: { zh: '附件1 · 二、（一）生产、技术管理部门 第2项', en: 'Annex 1 · 2. (1) item 2' },
    zh: '能够灵活运用本专业的基础理论知识和专业技术知识，熟悉本专业国内外现状和发展趋势。',
    en: 'Applies the specialty’s basic theory and technical knowledge flexibly; knows the state and trends of the specialty at home and abroad.',
  },
  'A1.2.1.3': {
    section: { zh: '附件1 · 二、（一）生产、技术管理部门 第3项', en: 'Annex 1 · 2. (1) item 3' },
    zh: '有一定从事生产、技术管理工作的实践经验，取得有实用价值的技术成果和技术经济效益。',
    en: 'Has practical experience of production or technical management, with technical results of practical value and technical-economic benefits.',
  },
  'A1.2.1.4': {
    section: { zh: '附件1 · 二、（一）生产、技术管理部门 第4项', en: 'Annex 1 · 2. (1) item 4' },
    zh: '能够指导助理工程师的工作和学习。',
    en: 'Can guide the work and study of assistant engineers.',
  },
  'A1.2.2.1': {
    section: { zh: '附件1 · 二、（二）研究、设计部门 第1项', en: 'Annex 1 · 2. (2) Research/design, item 1' },
    zh: '有独立承担较复杂项目的研究、设计工作能力，能解决本专业范围内比较复杂的技术问题。',
    en: 'Can independently carry out research or design of fairly complex projects and solve fairly complex technical problems in the specialty.',
  },
  'A1.2.2.2': {
    section: { zh: '附件1 · 二、（二）研究、设计部门 第2项', en: 'Annex 1 · 2. (2) item 2' },
    zh: '较系统地掌握本专业的基础理论知识和专业技术知识，熟悉本专业国内外现状和发展趋势。',
    en: 'Has a fairly systematic grasp of the specialty’s basic theory and technical knowledge; knows its state and trends at home and abroad.',
  },
  'A1.2.2.3': {
    section: { zh: '附件1 · 二、（二）研究、设计部门 第3项', en: 'Annex 1 · 2. (2) item 3' },
    zh: '有一定从事工程技术研究、设计工作的实践经验，能吸收、采用国内外先进技术，在提高研究、设计水平和经济效益方面取得一定成绩。',
    en: 'Has practical experience of engineering research or design, can absorb and adopt advanced technology, and has achieved results in raising research/design levels and economic benefits.',
  },
  'A1.2.2.4': {
    section: { zh: '附件1 · 二、（二）研究、设计部门 第4项', en: 'Annex 1 · 2. (2) item 4' },
    zh: '能够指导助理工程师的工作和学习。',
    en: 'Can guide the work and study of assistant engineers.',
  },
  'A1.3': {
    section: { zh: '附件1 · 三、学历、资历要求', en: 'Annex 1 · 3. Education and seniority' },
    zh: '获得硕士学位或取得第二学士学位，从事助理工程师工作二年以上；获得学士学位或大学本科毕业，从事助理工程师四年以上；大学专科毕业，从事助理工程师四年以上。',
    en: "Master's degree or second bachelor's degree: at least 2 years as assistant engineer; bachelor's degree or university (undergraduate) graduation: at least 4 years; college (大专) graduation: at least 4 years.",
  },
  'A1.4': {
    section: { zh: '附件1 · 四、破格晋升工程师条件', en: 'Annex 1 · 4. Exceptional promotion to engineer' },
    zh: '不具备规定学历，担任助理工程师职务满4年以上，或现任助理工程师职务不满4年（必须满3年），其学历在大专及以上学历的工程技术人员，在符合政治条件的基础上，具备下列七项条件中的二项者，可不受学历、资历的限制破格晋升工程师职务。',
    en: 'Engineering staff without the prescribed education who have been assistant engineers for at least 4 full years, or with college (大专) or higher education who have been assistant engineers for less than 4 but at least 3 full years, and who meet the political conditions and two of the following seven conditions, may be promoted to engineer regardless of education and seniority limits.',
  },
  'A1.4.1': {
    section: { zh: '附件1 · 四、（一）', en: 'Annex 1 · 4. (1)' },
    zh: '在省、部级专业性学术会议上，或在省、部级专业报刊杂志上，至少发表过二篇本专业论文，或正式出版过本专业专著或译著。',
    en: 'At least two papers in the specialty at provincial/ministerial academic conferences or in provincial/ministerial journals, or a published monograph or translation in the specialty.',
  },
  'A1.4.2': {
    section: { zh: '附件1 · 四、（二）', en: 'Annex 1 · 4. (2)' },
    zh: '获省、部级二等奖（指自然科学、科技进步、发明、星火四大奖）或市（厅、局）级一等奖获奖项目的主要贡献者。',
    en: 'Main contributor to a project that won a provincial/ministerial second prize (natural science, S&T progress, invention or Spark award) or a municipal (department/bureau) first prize.',
  },
  'A1.4.3': {
    section: { zh: '附件1 · 四、（三）', en: 'Annex 1 · 4. (3)' },
    zh: '授予市（厅、局）级及其以上劳模、先进工作者、技术进步优秀管理者、科技尖子等称号者（不含协会、学会等团体授予的称号）或进入省“151人才工程”、市“人才工程”人员。',
    en: 'Holder of a municipal (department/bureau) or higher honour such as model worker, advanced worker, excellent manager of technical progress, S&T top talent (not titles from associations or societies), or member of the provincial "151 Talent Project" or a municipal talent project.',
  },
  'A1.4.4': {
    section: { zh: '附件1 · 四、（四）', en: 'Annex 1 · 4. (4)' },
    zh: '国家或省、部科技攻关获奖项目主要参加者，或市（厅、局）级科技攻关重大成果获奖项目的主要贡献者。',
    en: 'Main participant in an award-winning national or provincial/ministerial key S&T project, or main contributor to an award-winning major municipal (department/bureau) S&T achievement.',
  },
  'A1.4.5': {
    section: { zh: '附件1 · 四、（五）', en: 'Annex 1 · 4. (5)' },
    zh: '作为重要成员参与大中型企业（或项目）主要工程技术工作，取得显著社会效益和经济效益，或长期在生产技术开发第一线从事技术工作，解决了设计、工艺、生产、施工中技术难题，取得了显著的社会效益或经济效益，或获市（厅、局）级及以上优秀新产品奖、优秀工程勘察奖、设计奖、优质产品奖、优质工程奖、质量管理奖的主要贡献者。',
    en: 'Important member of the main engineering work of a large or medium enterprise or project with notable social and economic benefits; or long-term front-line technical work that solved design, process, production or construction problems with notable benefits; or main contributor to a municipal-or-higher award for new products, engineering surveys, design, quality products, quality projects or quality management.',
  },
  'A1.4.6': {
    section: { zh: '附件1 · 四、（六）', en: 'Annex 1 · 4. (6)' },
    zh: '一线专业技术人员，在科技成果转化、学术技术创新、专利产品创造、重要标准制订、运用理论解决实际问题等方面取得明显效益、业绩和贡献。',
    en: 'Front-line professional with clear results and contributions in technology transfer, academic/technical innovation, patented products, drafting important standards, or applying theory to practical problems.',
  },
  'A1.4.7': {
    section: { zh: '附件1 · 四、（七）', en: 'Annex 1 · 4. (7)' },
    zh: '具有本专业中专学历，从事工程技术工作15年以上，中专以下学历20年以上。',
    en: 'Secondary vocational (中专) education in the specialty with at least 15 years of engineering technical work; below 中专, at least 20 years.',
  },
  'A1.5': {
    section: { zh: '附件1 · 五、考核要求', en: 'Annex 1 · 5. Performance assessment' },
    zh: '现任专业技术职务任期（至少近三年）业绩考核合格（含）以上。',
    en: 'Performance assessments during the current title (at least the last three years) at “pass” (合格) or better.',
  },
} as const satisfies Record<string, Clause>

export type ClauseId = keyof typeof clauses
