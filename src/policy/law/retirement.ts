/**
 * Statutory retirement ages in China, as data: national law shared by every rule pack (not any one
 * notice). The engine (`src/engine/retirement.ts`) evaluates these rules; a pack names the law in its
 * `params.retirement` and the engine applies the rule in force on the pack's cut-off.
 *
 * Packs: use `RETIREMENT_LAW` (both rules; the cut-off picks). A pack whose cut-off is on or after
 * 2025-01-01 gets `RETIREMENT_REFORM_2025`; it should also list `FLEXIBLE_RETIREMENT_INFERENCE` in its
 * inferences and name it on the parameter, because the app does not model elective early or late
 * retirement.
 */
import type { RetirementLaw, RetirementRule } from '../../engine/retirement'
import type { Bilingual } from '../../engine/types'

/**
 * The ages before the reform: men 60; women in cadre posts 55; women in worker posts 50.
 * 国务院关于颁发《国务院关于安置老弱病残干部的暂行办法》和《国务院关于工人退休、退职的暂行办法》的通知
 * （国发〔1978〕104号, 1978-06-02）, 干部办法 第四条, 工人办法 第一条.
 */
export const STATUTORY_RETIREMENT_1978: RetirementRule = {
  id: 'cn-1978',
  effective: '1978-06-02',
  law: {
    zh: '国发〔1978〕104号（《国务院关于安置老弱病残干部的暂行办法》《国务院关于工人退休、退职的暂行办法》）',
    en: '国发〔1978〕104号 (State Council interim measures on the retirement of cadres and of workers)',
  },
  schedules: [
    { group: 'man', baseAgeYears: 60 },
    { group: 'woman-cadre', baseAgeYears: 55 },
    { group: 'woman-worker', baseAgeYears: 50 },
  ],
}

/**
 * The gradual reform. 全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定 (adopted
 * 2024-09-13 by the 11th session of the 14th NPC Standing Committee), in force 2025-01-01, with its
 * annex 国务院关于渐进式提高职工法定退休年龄的办法, 第一条: "从2025年1月1日起，男职工和原法定退休年龄
 * 为五十五周岁的女职工，法定退休年龄每四个月延迟一个月，分别逐步延迟至六十三周岁和五十八周岁；原法定
 * 退休年龄为五十周岁的女职工，法定退休年龄每二个月延迟一个月，逐步延迟至五十五周岁。"
 *
 * The 办法's tables by birth month (对照表: 附件1 for men, 附件2 for women whose original age was 55,
 * 附件3 for women whose original age was 50; titles abridged), published with the decision (Xinhua,
 * 2024-09-13; gov.cn below). Their rows, which the schedule below reproduces
 * and `tests/unit/engine/retirement.test.ts` checks row by row at every boundary: men born 1965-01 to
 * 1965-04 → 60 years 1 month (retire 2025-02 to 2025-05), each further 4 months of birth one month
 * more, born 1976-09 or later → 63 (36 months); women of the 55 group born 1970-01 to 1970-04 →
 * 55 years 1 month, born 1981-09 or later → 58; women of the 50 group born 1975-01 to 1975-02 →
 * 50 years 1 month, each further 2 months one month more, born 1984-11 or later → 55 (60 months).
 */
export const RETIREMENT_REFORM_2025: RetirementRule = {
  id: 'cn-2025-gradual',
  effective: '2025-01-01',
  law: {
    zh: '全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定（2024 年 9 月 13 日通过，2025 年 1 月 1 日起施行）及其附件《国务院关于渐进式提高职工法定退休年龄的办法》第一条、附件1–3 对照表',
    en: 'NPC Standing Committee decision on the gradual raising of the statutory retirement age (adopted 13 Sep 2024, in force 1 Jan 2025) and its annex, the State Council measures, art. 1 and tables 1–3',
  },
  source: 'https://www.gov.cn/yaowen/liebiao/202409/content_6974294.htm',
  schedules: [
    { group: 'man', baseAgeYears: 60, delay: { firstBirthMonth: '1965-01', birthMonthsPerMonth: 4, maxMonths: 36 } },
    {
      group: 'woman-cadre',
      baseAgeYears: 55,
      delay: { firstBirthMonth: '1970-01', birthMonthsPerMonth: 4, maxMonths: 36 },
    },
    {
      group: 'woman-worker',
      baseAgeYears: 50,
      delay: { firstBirthMonth: '1975-01', birthMonthsPerMonth: 2, maxMonths: 60 },
    },
  ],
}

/** The law as its successive rules: the engine takes the one in force on a pack's cut-off. */
export const RETIREMENT_LAW: RetirementLaw = [STATUTORY_RETIREMENT_1978, RETIREMENT_REFORM_2025]

/** The reform's effective date, for texts that explain which rule a pack uses. */
export const RETIREMENT_REFORM_EFFECTIVE = RETIREMENT_REFORM_2025.effective

/**
 * What the reform allows and the app does not model: elective early retirement (up to 3 years, never
 * below the original age, once the minimum contribution years are met) and agreed late retirement
 * (up to 3 years) — 办法 第三条; 人力资源社会保障部 实施弹性退休制度暂行办法（人社部发〔2024〕94号）;
 * and special rules "国家另有规定的，从其规定" (第一条). For a pack's `inferences` table.
 */
export const FLEXIBLE_RETIREMENT_INFERENCE: { title: Bilingual; text: Bilingual } = {
  title: { zh: '按法定退休年龄判断，不含弹性退休', en: 'Statutory age only, not flexible retirement' },
  text: {
    zh: '本工具按渐进式延迟退休改革的法定退休年龄（按出生年月逐月推算）判断。改革还允许自愿弹性提前退休（最多提前 3 年，且不低于原法定退休年龄 60 / 55 / 50 周岁）或经单位与本人协商一致弹性延迟退休（最多 3 年），国家对特殊情形另有规定的从其规定；这些本工具不计入。如您已办理或将办理弹性退休，请以实际退休日期为准。',
    en: 'We use the statutory retirement age of the gradual reform (worked out from your month of birth). The reform also allows elective early retirement (up to 3 years earlier, never below the original 60 / 55 / 50) or late retirement agreed with the employer (up to 3 years), and special rules set by the state prevail; we do not take these into account. If you retire early or late under them, your actual retirement date decides.',
  },
}
