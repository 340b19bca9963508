/**
 * Drives the guided self-check like a person would, for any applicant: start from the home page,
 * answer whatever each question page asks (the branching decides which pages come), press Next,
 * until the check-your-answers page. Language-independent: fields are found by their answer path
 * (radio `name`/`value`, input ids), never by their label text.
 *
 * Reusable by later tests (checklist, share, offline): `startSelfCheck`, `completeQuestions`,
 * `answerCurrentPage`, `goToResults`, `profileIdOf`.
 */
import { expect, type Page } from '@playwright/test'

export type Grade = 'excellent' | 'pass' | 'basic-pass' | 'fail' | 'not-assessed'
export type DisciplineItem = 'forged' | 'falseMaterials' | 'undisclosedViolation' | 'otherSerious'

export interface Applicant {
  track: 'engineer' | 'senior' | 'senior-se' | 'principal'
  specialty: 'quality' | 'metrology' | 'standardization' | 'special-equipment' | 'food-quality'
  skilledTalent?: boolean
  worksInNingbo?: boolean
  unitType?: 'enterprise' | 'public-institution'
  withinPostRatio?: boolean
  approvedInPersonnelSystem?: boolean
  residency?: 'mainland' | 'hmt' | 'foreign'
  /** Typed into the field as given, e.g. '1990-05-01' or '1990/5/1'. */
  birthDate: string
  retirementGroup?: 'man' | 'woman-cadre' | 'woman-worker'
  retirementDeferred?: boolean
  education: {
    level:
      'doctorate' | 'master' | 'second-bachelor' | 'bachelor' | 'college' | 'secondary-vocational' | 'below-secondary'
    year: number
    obtainedIn?: 'mainland' | 'hmt' | 'foreign'
    inSpecialty?: boolean
  }
  titleHeld?: boolean
  titleDate?: string
  /** Exceptional conditions 1–6 that hold; the others are answered "no". */
  exceptional?: number[]
  technicalWorkYears?: number
  seniorBasis?: 'normal' | 'self-score'
  selfScore?: number
  socialSecurityMonths?: number
  /** Years whose CE hours are planned, not earned (a projection's added years). */
  cePlanned?: string[]
  socialSecurityOtherProvince?: boolean
  /** [professional, public] hours per year; years not listed get [70, 20]. */
  ceHours?: Record<string, [number, number]>
  /** Grade per year; years not listed get "pass". */
  assessments?: Record<string, Grade>
  department?: 'management' | 'research'
  /** Items 1–4 of the department; default all true. */
  abilities?: [boolean, boolean, boolean, boolean]
  political?: boolean
  evidenceInWindow?: boolean
  /** 'none' uses the "none of these apply" button; otherwise the items that apply. */
  discipline?: 'none' | DisciplineItem[]
}

/** What a person did: taps (choices, focusing a text field, buttons) and characters typed. */
export interface Effort {
  taps: number
  typed: number
  pages: string[]
}

const DISCIPLINE: DisciplineItem[] = ['forged', 'falseMaterials', 'undisclosedViolation', 'otherSerious']

/** The input id of an answer path (same rule as the app's `fieldDomId`). */
export const fieldId = (path: string) => `q-${path.replace(/[^A-Za-z0-9-]/g, '-')}`

export function profileIdOf(page: Page): string {
  const m = /\/p\/([^/]+)\//.exec(new URL(page.url()).pathname)
  if (!m) throw new Error(`not a profile route: ${page.url()}`)
  return m[1]!
}

export function pageIdOf(page: Page): string | null {
  return /\/q\/([\w-]+)/.exec(new URL(page.url()).pathname)?.[1] ?? null
}

/**
 * From the home page: "Start the self-check" (creates a profile when there is none), or "Go to the
 * first page" of the current profile when it has been started before.
 */
export async function startSelfCheck(page: Page, effort?: Effort): Promise<void> {
  await page.goto('/')
  await page
    .getByRole('button', { name: /^(开始自查|Start the self-check|从第一页开始|Go to the first page)$/ })
    .click()
  if (effort) effort.taps++
  await expect(page).toHaveURL(/\/p\/[^/]+\/q\/track/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

async function choose(page: Page, name: string, value: string | number | boolean, effort: Effort): Promise<boolean> {
  const radio = page.locator(`input[type="radio"][name="${name}"][value="${String(value)}"]`)
  if ((await radio.count()) === 0) return false
  if (!(await radio.isChecked())) {
    await radio.check()
    effort.taps++
  }
  return true
}

/** The start date that gives `months` full months to the 2024 cut-off (2024-12-31). */
export function sinceFor(months: number): string {
  const d = new Date(Date.UTC(2024, 11 - months, 31))
  // No 31st in that month: the civil-law convention ends the period on the month's last day.
  if (d.getUTCDate() !== 31) d.setUTCDate(0)
  return d.toISOString().slice(0, 10)
}

async function type(page: Page, path: string, value: string | number, effort: Effort): Promise<boolean> {
  const input = page.locator(`#${fieldId(path)}`)
  if ((await input.count()) === 0) return false
  const text = String(value)
  if ((await input.inputValue()) !== text) {
    await input.fill(text)
    effort.taps++
    effort.typed += text.length
  }
  return true
}

/** Answers every question the current page shows, from the applicant's facts. */
export async function answerCurrentPage(
  page: Page,
  a: Applicant,
  effort: Effort = { taps: 0, typed: 0, pages: [] },
): Promise<Effort> {
  const id = pageIdOf(page)
  switch (id) {
    case 'track':
      await choose(page, 'track', a.track, effort)
      await choose(page, 'specialty', a.specialty, effort)
      await choose(page, 'skilledTalent', a.skilledTalent ?? false, effort)
      break
    case 'unit':
      await choose(page, 'worksInNingbo', a.worksInNingbo ?? true, effort)
      await choose(page, 'unitType', a.unitType ?? 'enterprise', effort)
      await choose(page, 'withinPostRatio', a.withinPostRatio ?? true, effort)
      await choose(page, 'approvedInPersonnelSystem', a.approvedInPersonnelSystem ?? true, effort)
      await choose(page, 'residency', a.residency ?? 'mainland', effort)
      break
    case 'retirement':
      await type(page, 'birthDate', a.birthDate, effort)
      await choose(page, 'retirementGroup', a.retirementGroup ?? 'man', effort)
      await choose(page, 'retirementDeferred', a.retirementDeferred ?? false, effort)
      break
    case 'education':
      await choose(page, 'education.level', a.education.level, effort)
      await type(page, 'education.year', a.education.year, effort)
      await choose(page, 'education.obtainedIn', a.education.obtainedIn ?? 'mainland', effort)
      await choose(page, 'education.inSpecialty', a.education.inSpecialty ?? true, effort)
      break
    case 'title':
      await choose(page, 'titleHeld', a.titleHeld ?? true, effort)
      if (a.titleDate) await type(page, 'titleDate', a.titleDate, effort)
      break
    case 'exceptional':
      for (const n of [1, 2, 3, 4, 5, 6])
        await choose(page, `exceptional.${n}`, (a.exceptional ?? []).includes(n), effort)
      if (a.technicalWorkYears !== undefined) await type(page, 'technicalWorkYears', a.technicalWorkYears, effort)
      break
    case 'senior-basis':
      await choose(page, 'seniorBasis', a.seniorBasis ?? 'normal', effort)
      if (a.selfScore !== undefined) await type(page, 'selfScore', a.selfScore, effort)
      break
    case 'social-security':
      // Answers format 3 asks the start date with the current employer (months counted to the
      // cut-off); the applicant's month count to 2024-12-31 gives that date.
      if (a.socialSecurityMonths !== undefined) {
        if (await type(page, 'socialSecuritySince', sinceFor(a.socialSecurityMonths), effort)) {
          await page.locator(`#${fieldId('socialSecuritySince')}`).blur()
          await page.locator('input[type="radio"][name="socialSecurityOngoing"]').first().waitFor()
          await choose(page, 'socialSecurityOngoing', true, effort)
        } else await type(page, 'socialSecurityMonths', a.socialSecurityMonths, effort)
      }
      await choose(page, 'socialSecurityOtherProvince', a.socialSecurityOtherProvince ?? false, effort)
      break
    case 'ce': {
      const ids = await page
        .locator('input[id^="q-ceHours-"][id$="-professional"]')
        .evaluateAll((els) => els.map((e) => e.id))
      for (const inputId of ids) {
        const year = /q-ceHours-(\d{4})-/.exec(inputId)![1]!
        const [pro, pub] = a.ceHours?.[year] ?? [70, 20]
        await type(page, `ceHours.${year}.professional`, pro, effort)
        await type(page, `ceHours.${year}.public`, pub, effort)
      }
      // A projection's added years ask whether the hours are planned (计划学时).
      const planned = await page
        .locator('input[type="radio"][name$=".planned"]')
        .evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))])
      for (const name of planned) await choose(page, name, (a.cePlanned ?? []).includes(name.split('.')[1]!), effort)
      break
    }
    case 'assessments': {
      const names = await page
        .locator('input[type="radio"][name^="assessments."]')
        .evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))])
      for (const name of names) await choose(page, name, a.assessments?.[name.split('.')[1]!] ?? 'pass', effort)
      break
    }
    case 'ability':
      await choose(page, 'department', a.department ?? 'management', effort)
      for (const n of [1, 2, 3, 4]) await choose(page, `abilities.${n}`, a.abilities?.[n - 1] ?? true, effort)
      break
    case 'declarations':
      await choose(page, 'political', a.political ?? true, effort)
      await choose(page, 'evidenceInWindow', a.evidenceInWindow ?? true, effort)
      if ((a.discipline ?? 'none') === 'none') {
        await page.getByRole('button', { name: /^(以下情形均没有|None of these apply to me)$/ }).click()
        effort.taps++
        await expect(page.locator(`input[name="discipline.otherSerious"][value="false"]`)).toBeChecked()
      } else {
        const yes = a.discipline as DisciplineItem[]
        for (const k of DISCIPLINE) await choose(page, `discipline.${k}`, yes.includes(k), effort)
      }
      break
    default:
      throw new Error(`not a question page: ${page.url()}`)
  }
  return effort
}

/** The page's Next / Save button. */
export const nextButton = (page: Page) => page.locator('form button[type="submit"]')

/** Presses Next and waits for the next screen. */
export async function pressNext(page: Page, effort?: Effort): Promise<void> {
  const before = page.url()
  await nextButton(page).click()
  if (effort) effort.taps++
  await page.waitForURL((u) => u.href !== before)
}

export interface CompleteOptions {
  /** Called on each question page once it is answered, before Next (e.g. an axe scan). */
  onPage?: (page: Page, id: string) => Promise<void>
}

/** Answers page after page until the check-your-answers page. */
export async function completeQuestions(
  page: Page,
  a: Applicant,
  effort: Effort = { taps: 0, typed: 0, pages: [] },
  options: CompleteOptions = {},
): Promise<Effort> {
  for (let guard = 0; guard < 20 && pageIdOf(page); guard++) {
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    const id = pageIdOf(page)!
    effort.pages.push(id)
    await answerCurrentPage(page, a, effort)
    if (options.onPage) await options.onPage(page, id)
    await pressNext(page, effort)
  }
  await expect(page).toHaveURL(/\/check$/)
  return effort
}

/** From the check page: "See the results". */
export async function goToResults(page: Page, effort?: Effort): Promise<void> {
  await page.getByRole('link', { name: /^(查看自评结果|See the results)$/ }).click()
  if (effort) effort.taps++
  await expect(page).toHaveURL(/\/results$/)
  await expect(page.locator('#verdict-title')).toBeVisible()
}

/** A whole self-check from the home page to the results. */
export async function selfCheck(page: Page, a: Applicant, options: CompleteOptions = {}): Promise<Effort> {
  const effort: Effort = { taps: 0, typed: 0, pages: [] }
  await startSelfCheck(page, effort)
  await completeQuestions(page, a, effort, options)
  await goToResults(page, effort)
  return effort
}

/** Switches the app's language on the settings page. */
export async function setLanguage(page: Page, lang: 'zh-CN' | 'en-US'): Promise<void> {
  await page.goto('/settings')
  await page.locator(`input[name="lang"][value="${lang}"]`).check()
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
}

// ── sample applicants ──

/** (a) Engineer, normal route: bachelor, assistant engineer since 2019-06-01. */
export const ENGINEER_NORMAL: Applicant = {
  track: 'engineer',
  specialty: 'metrology',
  birthDate: '1990-05-01',
  education: { level: 'bachelor', year: 2012 },
  titleDate: '2019-06-01',
  socialSecurityMonths: 36,
}

/** (b) Engineer, exceptional route: bachelor, assistant engineer since 2021-03-01 (3 y 9 m), conditions 1 and 5. */
export const ENGINEER_EXCEPTIONAL: Applicant = {
  track: 'engineer',
  specialty: 'quality',
  birthDate: '1993/8/15',
  education: { level: 'bachelor', year: 2015 },
  titleDate: '2021-03-01',
  exceptional: [1, 5],
  socialSecurityMonths: 40,
}

/** (c) Senior engineer on the self-score path with 92. */
export const SENIOR_SELF_SCORE: Applicant = {
  track: 'senior',
  specialty: 'standardization',
  birthDate: '1982-11-20',
  education: { level: 'master', year: 2008 },
  seniorBasis: 'self-score',
  selfScore: 92,
}

/** (d) Engineer otherwise eligible, but only 11 months of social security with the current employer. */
export const ENGINEER_SHORT_SOCIAL_SECURITY: Applicant = {
  ...ENGINEER_NORMAL,
  specialty: 'quality',
  socialSecurityMonths: 11,
}
