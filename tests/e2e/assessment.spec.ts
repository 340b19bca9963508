/**
 * The guided self-check on a phone (390×844), against the built app: four applicants from the home
 * page to their verdicts, reload in the middle, change an answer from the check page, validation,
 * the clause sheet, English, and axe on every screen in both languages. Each test has a fresh
 * browser context (Playwright's default), so a fresh IndexedDB.
 */
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'
import {
  ENGINEER_EXCEPTIONAL,
  ENGINEER_NORMAL,
  ENGINEER_SHORT_SOCIAL_SECURITY,
  SENIOR_SELF_SCORE,
  answerCurrentPage,
  completeQuestions,
  fieldId,
  goToResults,
  nextButton,
  pageIdOf,
  pressNext,
  profileIdOf,
  selfCheck,
  setLanguage,
  startSelfCheck,
} from './flows'

/**
 * axe with the page scrolled to the top: the sticky header otherwise covers whatever has scrolled
 * under it, and axe reports those controls as obscured touch targets.
 */
async function axe(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await expectNoAxeViolations(page)
}

const verdict = (page: Page) => page.locator('#verdict-title')
const banner = (page: Page) => page.locator('section.verdict')

test('(a) engineer on the normal route: eligible, 正常申报 — and the taps it takes', async ({ page }) => {
  const effort = await selfCheck(page, ENGINEER_NORMAL)
  expect(effort.pages).toEqual([
    'track',
    'unit',
    'retirement',
    'education',
    'title',
    'social-security',
    'ce',
    'assessments',
    'ability',
    'declarations',
  ])
  await expect(verdict(page)).toHaveText('符合申报条件')
  await expect(banner(page)).toContainText('申报途径：正常申报')
  // Reported in the final report: the shortest complete self-check.
  console.log(
    `[effort] applicant (a): ${effort.taps} taps, ${effort.typed} characters typed, ${effort.pages.length} question pages`,
  )
  expect(effort.taps).toBeLessThanOrEqual(50)
})

test('(b) engineer on the exceptional route (3 years 9 months, two conditions): eligible, 破格', async ({ page }) => {
  const effort = await selfCheck(page, ENGINEER_EXCEPTIONAL)
  expect(effort.pages).toContain('exceptional')
  await expect(verdict(page)).toHaveText('符合申报条件')
  await expect(banner(page)).toContainText('申报途径：破格申报')
  // The normal route is shown as not applicable, with its figures.
  await page.getByRole('button', { name: /不适用/ }).click()
  await expect(page.getByRole('article', { name: '学历与任职年限' })).toContainText('3 年 9 个月')
  await expect(page.getByRole('article', { name: '破格晋升条件' })).toContainText('符合')
})

test('(c) senior engineer on the self-score path with 92: check against the provincial document', async ({ page }) => {
  const effort = await selfCheck(page, SENIOR_SELF_SCORE, { onPage: axe })
  expect(effort.pages).toEqual([
    'track',
    'unit',
    'retirement',
    'education',
    'senior-basis',
    'social-security',
    'ce',
    'declarations',
  ])
  await expect(page.getByRole('article', { name: '自评分' })).toContainText('92')
  await expect(verdict(page)).toHaveText('本通知范围内符合，请再对照省级文件')
})

test('(d) engineer with 11 months of social security: not eligible, holds from 2025年1月31日', async ({ page }) => {
  await selfCheck(page, ENGINEER_SHORT_SOCIAL_SECURITY)
  await expect(verdict(page)).toHaveText('暂不符合申报条件')
  await expect(banner(page)).toContainText('从 2025年1月31日 起满足（适用以后年度的申报）')
  const card = page.getByRole('article', { name: '现单位社保' })
  await expect(card).toContainText('不符合')
  await expect(card).toContainText('自 2025年1月31日 起满足')
  await expect(card).toContainText('推断')
})

test('results before the questions are done: needs information, with links to the pages that ask', async ({ page }) => {
  await startSelfCheck(page)
  await answerCurrentPage(page, ENGINEER_NORMAL)
  await pressNext(page)
  const id = profileIdOf(page)
  await page.goto(`/p/${id}/results`)
  await expect(verdict(page)).toHaveText('还需补充信息')
  const card = page.getByRole('article', { name: '退休年龄' })
  await expect(card).toContainText('待补充信息')
  await card.getByRole('link', { name: '去回答“年龄与退休”' }).click()
  await expect(page).toHaveURL(/\/q\/retirement\?return=results/)
  await answerCurrentPage(page, ENGINEER_NORMAL)
  await expect(nextButton(page)).toHaveText('保存并查看结果')
  await nextButton(page).click()
  await expect(page).toHaveURL(/\/results$/)
  await expect(page.getByRole('article', { name: '退休年龄' })).toContainText('符合')
  await axe(page)
})

test('a reload in the middle loses nothing, and the home page continues where the user was', async ({ page }) => {
  await startSelfCheck(page)
  for (const id of ['track', 'unit', 'retirement']) {
    expect(pageIdOf(page)).toBe(id)
    await answerCurrentPage(page, ENGINEER_NORMAL)
    await pressNext(page)
  }
  // Half of the education page, then reload.
  expect(pageIdOf(page)).toBe('education')
  await page.locator('input[name="education.level"][value="bachelor"]').check()
  await page.locator(`#${fieldId('education.year')}`).fill('2012')
  await page.reload()
  await expect(page.locator('input[name="education.level"][value="bachelor"]')).toBeChecked()
  await expect(page.locator(`#${fieldId('education.year')}`)).toHaveValue('2012')
  await page.goto('/')
  await page.getByRole('button', { name: '继续上次进度' }).click()
  await expect(page).toHaveURL(/\/q\/education$/)
  // Earlier pages kept their answers too.
  await page.goto(page.url().replace(/education$/, 'retirement'))
  await expect(page.locator(`#${fieldId('birthDate')}`)).toHaveValue('1990-05-01')
  await page.goto(page.url().replace(/retirement$/, 'education'))
  await completeQuestions(page, ENGINEER_NORMAL)
  await goToResults(page)
  await expect(verdict(page)).toHaveText('符合申报条件')
})

test('an answer changed from the check page brings the user back to the check page', async ({ page }) => {
  await startSelfCheck(page)
  await completeQuestions(page, ENGINEER_NORMAL)
  const row = page.locator('.check__row', { has: page.getByText('取得助理工程师职称的日期') })
  await expect(row).toContainText('2019年6月1日')
  await row.getByRole('link', { name: /修改/ }).click()
  await expect(page).toHaveURL(/\/q\/title\?return=check/)
  await expect(page.locator(`#${fieldId('titleDate')}`)).toBeFocused()
  await page.locator(`#${fieldId('titleDate')}`).fill('2020/3/5')
  await expect(nextButton(page)).toHaveText('保存并返回核对')
  await nextButton(page).click()
  await expect(page).toHaveURL(/\/check$/)
  await expect(page.locator('.check__row', { has: page.getByText('取得助理工程师职称的日期') })).toContainText(
    '2020年3月5日',
  )
  // 4 years 9 months → still the normal route.
  await goToResults(page)
  await expect(verdict(page)).toHaveText('符合申报条件')
})

test('validation: a summary that takes focus and links to each field; impossible dates and negative hours are refused', async ({
  page,
}) => {
  await startSelfCheck(page)
  const id = profileIdOf(page)
  await nextButton(page).click()
  const summary = page.getByRole('alert')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('请先处理以下 3 个问题')
  await axe(page)
  await summary.getByRole('link', { name: /您从事哪个专业/ }).click()
  await expect(page.locator(`#${fieldId('specialty')}`)).toBeFocused()

  await answerCurrentPage(page, ENGINEER_NORMAL)
  await expect(summary).toHaveCount(0)
  await pressNext(page)
  await answerCurrentPage(page, ENGINEER_NORMAL)
  await pressNext(page)

  // An impossible date: a clear message, and nothing saved.
  const birth = page.locator(`#${fieldId('birthDate')}`)
  await birth.fill('2023-02-29')
  await birth.blur()
  await expect(page.locator(`#${fieldId('birthDate')}-error`)).toContainText('没有这一天')
  await expect(birth).toHaveAttribute('aria-invalid', 'true')
  await nextButton(page).click()
  await expect(page.getByRole('alert')).toContainText('出生日期：没有这一天')
  await page
    .getByRole('alert')
    .getByRole('link', { name: /出生日期/ })
    .click()
  await expect(birth).toBeFocused()
  await birth.fill('19900501')
  await birth.blur()
  await expect(birth).toHaveValue('1990-05-01')
  await expect(page.locator(`#${fieldId('birthDate')}-error`)).toHaveCount(0)

  // Negative hours on the CE page.
  await page.goto(`/p/${id}/q/ce`)
  const hours = page.locator(`#${fieldId('ceHours.2022.professional')}`)
  await expect(hours).toHaveAttribute('inputmode', 'numeric')
  await hours.fill('-5')
  await hours.blur()
  await expect(page.locator(`#${fieldId('ceHours.2022.professional')}-error`)).toContainText('不能是负数')
  await hours.fill('abc')
  await hours.blur()
  await expect(page.locator(`#${fieldId('ceHours.2022.professional')}-error`)).toContainText('请填写数字')
  await page.reload()
  await expect(page.locator(`#${fieldId('ceHours.2022.professional')}`)).toHaveValue('')
})

test('the date picker sets a date', async ({ page }) => {
  await startSelfCheck(page)
  await answerCurrentPage(page, ENGINEER_NORMAL)
  await pressNext(page)
  await answerCurrentPage(page, ENGINEER_NORMAL)
  await pressNext(page)
  await page.getByRole('button', { name: /为“出生日期”选择日期/ }).click()
  const picker = page.getByRole('dialog', { name: '出生日期' })
  await expect(picker).toBeVisible()
  await expectNoAxeViolations(page)
  await picker.getByRole('button', { name: '确认' }).click()
  await expect(picker).toBeHidden()
  await expect(page.locator(`#${fieldId('birthDate')}`)).toHaveValue('1985-01-01')
  await expect(page.getByRole('button', { name: /为“出生日期”选择日期/ })).toBeFocused()
})

test('the clause sheet is a dialog that traps focus and returns it to the chip', async ({ page }) => {
  await selfCheck(page, ENGINEER_NORMAL)
  const chip = page.getByRole('button', { name: '查看通知原文：附件1 · 三、学历、资历要求' })
  await chip.click()
  const sheet = page.getByRole('dialog', { name: '附件1 · 三、学历、资历要求' })
  await expect(sheet).toBeVisible()
  await expect(sheet).toContainText('获得学士学位或大学本科毕业，从事助理工程师四年以上')
  await expect(sheet.getByRole('heading', { level: 2 })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  expect(await sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
  await expect(chip).toBeFocused()
})

test('axe: every screen of the self-check in Chinese, including the clause sheet', async ({ page }) => {
  test.setTimeout(90_000)
  await startSelfCheck(page)
  await completeQuestions(page, ENGINEER_EXCEPTIONAL, undefined, { onPage: axe })
  await axe(page)
  await goToResults(page)
  await axe(page)
  await page.getByRole('button', { name: /不适用/ }).click()
  await axe(page)
  await page
    .getByRole('button', { name: /^查看通知原文/ })
    .first()
    .click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await axe(page)
})

test('English: the whole self-check and its results in English, with axe on every screen', async ({ page }) => {
  test.setTimeout(90_000)
  await setLanguage(page, 'en-US')
  await startSelfCheck(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What you apply for')
  await completeQuestions(page, ENGINEER_SHORT_SOCIAL_SECURITY, undefined, { onPage: axe })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers')
  await axe(page)
  await goToResults(page)
  await expect(verdict(page)).toHaveText('Not eligible yet')
  await expect(banner(page)).toContainText('Met from 31 Jan 2025 (for a later year’s application)')
  await expect(page.getByRole('article', { name: 'Social security with your current employer' })).toContainText(
    '11 months',
  )
  await axe(page)
  const chip = page.getByRole('button', { name: /^Read the notice: Section 5 · \(1\) 1\. Proof of employment/ }).first()
  await chip.click()
  const sheet = page.getByRole('dialog')
  await expect(sheet).toContainText('由现工作单位缴纳社保一年以上')
  await expect(sheet).toContainText('English gloss (not an official translation)')
  await axe(page)
  await page.keyboard.press('Escape')

  // Switching back: the same results in Chinese.
  const id = profileIdOf(page)
  await setLanguage(page, 'zh-CN')
  await page.goto(`/p/${id}/results`)
  await expect(verdict(page)).toHaveText('暂不符合申报条件')
})

test('English question pages with the validation error state pass axe', async ({ page }) => {
  await setLanguage(page, 'en-US')
  await startSelfCheck(page)
  await nextButton(page).click()
  await expect(page.getByRole('alert')).toContainText('Please fix these 3 problems first')
  await axe(page)
})
