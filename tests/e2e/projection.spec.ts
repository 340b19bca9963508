/**
 * The projection onto a later round (issue 13), on a phone (390×844) against the built app, with
 * the device's clock at 2026-12-01: the 2024 round is over, the app offers "按 2024 年规则推算下一轮";
 * the projection for 2027 (the default year) is made, its added years answered with planned hours,
 * and shown with its 推断 label and one sentence — its own verdict, plan and checklist, the 2024
 * verdict kept apart. Both languages; axe on every new screen.
 */
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'
import { ENGINEER_NORMAL, answerCurrentPage, pressNext, profileIdOf, selfCheck, setLanguage } from './flows'

async function axe(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await expectNoAxeViolations(page)
}

const APPLICANT = { ...ENGINEER_NORMAL, cePlanned: ['2027'] }

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+08:00'))
})

test('a projection for 2027 is made, answered with planned hours, and shown with its label', async ({ page }) => {
  test.setTimeout(150_000)
  await selfCheck(page, APPLICANT)
  const id = profileIdOf(page)
  // The 2024 verdict, and the way to the next round.
  await expect(page.locator('#verdict-title')).toHaveText('符合申报条件')
  const action = page.getByTestId('to-projection')
  await expect(action).toHaveText('按 2024 年规则推算下一轮')
  await action.click()

  await expect(page).toHaveURL(new RegExp(`/p/${id}/projection$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('推算：2027 年度')
  const notice = page.getByTestId('projection-notice')
  await expect(notice).toContainText('推断')
  await expect(notice).toContainText('截止日改为 2027年12月31日')
  await expect(notice).toContainText('2027 年度实际的条件和日期以当年正式发布的通知为准')
  await expect(page.locator('#projection-year')).toHaveValue('2027')
  await expect(page.locator('#projection-year option')).toHaveText([
    '2027 年度（下一轮）',
    '2028 年度',
    '2029 年度',
    '2030 年度',
    '2031 年度',
  ])
  // The added years are not answered yet.
  await expect(page.locator('#verdict-title')).toHaveText('还需补充信息')
  await expect(page.getByTestId('plan')).toContainText('2027 年的学时还没有填写（尚未结束的年份可填计划学时）')
  await axe(page)

  // Answer what 2027 adds: CE 2025–2027 (2027 planned), then the 2024–2026 assessments.
  await page.getByTestId('answer-added').click()
  await expect(page).toHaveURL(/\/q\/ce\?return=projection/)
  await expect(page.getByText('2027 年度（推断：推算 2027 年度用；尚未结束的年份可填计划学时）')).toBeVisible()
  await answerCurrentPage(page, APPLICANT)
  await axe(page)
  await pressNext(page)
  await expect(page).toHaveURL(/\/projection$/)
  await page.goto(`/p/${id}/q/assessments?return=projection`)
  await expect(page.locator('input[name="assessments.2026"]').first()).toBeVisible()
  await answerCurrentPage(page, APPLICANT)
  await pressNext(page)
  await expect(page).toHaveURL(/\/projection$/)

  await expect(page.locator('#verdict-title')).toHaveText('符合申报条件')
  await expect(page.getByTestId('planned-note')).toContainText('计划学时')
  await expect(page.getByRole('article', { name: '继续教育学时' })).toContainText('2027 年的学时是计划学时')
  const plan = page.getByTestId('plan')
  await expect(plan).toContainText(
    '2027 年：按计划取得专业科目 70、公需科目 20 学时（共 90，计划学时），2027年8月21日之前。',
  )
  await expect(plan).toContainText('网上申报截止（推算）：2027年8月21日。')
  await expect(plan).toContainText('2021年1月1日 至 2023年12月31日 取得的材料')
  await axe(page)

  // Its own checklist, labelled.
  await page.getByTestId('to-projection-checklist').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('推算：2027 年度材料清单')
  await expect(page.getByTestId('projection-notice')).toContainText('推断')
  await expect(page.getByTestId('projection-checklist').locator('li').first()).toBeVisible()
  await axe(page)

  // The 2024 verdict stays as it was, apart.
  await page.goto(`/p/${id}/projection`)
  await page.getByTestId('to-base-results').click()
  await expect(page).toHaveURL(/\/results$/)
  await expect(page.locator('#verdict-title')).toHaveText('符合申报条件')
  await expect(page.getByTestId('projection-notice')).toHaveCount(0)

  // Kept with the profile: a reload opens the same year.
  await page.goto(`/p/${id}/projection`)
  await page.locator('#projection-year').selectOption('2029')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('推算：2029 年度')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('推算：2029 年度')

  // English.
  await page.locator('#projection-year').selectOption('2027')
  await setLanguage(page, 'en-US')
  await page.goto(`/p/${id}/projection`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projection: the 2027 round')
  await expect(page.getByTestId('projection-notice')).toContainText('Inferred')
  await expect(page.getByTestId('projection-notice')).toContainText('The notice actually published for 2027 decides')
  await expect(page.locator('#verdict-title')).toHaveText('Eligible')
  await expect(page.getByTestId('planned-note')).toContainText('Planned hours')
  await axe(page)
  await page.getByTestId('to-projection-checklist').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projection: checklist for 2027')
  await axe(page)
  await page.goto(`/p/${id}/results`)
  await expect(page.getByTestId('to-projection')).toHaveText('Work out the next round by the 2024 rules')
  await axe(page)
})
