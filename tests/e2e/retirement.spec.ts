/**
 * Retirement and the place of education, through the built app at 390×844: an applicant who
 * reaches 60 on the cut-off day itself is excluded — headed "不符合" without "暂", with the advice
 * that the cut-off day counts; the group question and the Hong Kong/Macao/Taiwan education reading
 * (an inference, shown beside the question). axe on each new state.
 */
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'
import { ENGINEER_NORMAL, answerCurrentPage, pageIdOf, pressNext, selfCheck, startSelfCheck } from './flows'

async function axe(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await expectNoAxeViolations(page)
}

test('a man who reaches 60 on the cut-off day: not eligible, not "yet"; the cut-off day counts', async ({ page }) => {
  await selfCheck(page, { ...ENGINEER_NORMAL, birthDate: '1964-12-31', retirementDeferred: false })
  await expect(page.locator('#verdict-title')).toHaveText('不符合申报条件（已达退休年龄）')
  const card = page.getByRole('article', { name: '退休年龄' })
  await expect(card).toContainText('法定退休年龄 60 周岁，您在 2024年12月31日 达到')
  await expect(card).toContainText('在截止日或之前（当天也算）达到退休年龄的不再评定，并非暂时')
  await axe(page)
})

test('the retirement group and the place of education are asked, with the HK/Macao/Taiwan inference', async ({
  page,
}) => {
  await startSelfCheck(page)
  while (pageIdOf(page) !== 'retirement') {
    await answerCurrentPage(page, ENGINEER_NORMAL)
    await pressNext(page)
  }
  const group = page.getByRole('group', { name: /您属于哪一类人员/ })
  await expect(group).toContainText('女性，干部岗位（专业技术或管理岗位）')
  await expect(group).toContainText('女性，工人岗位')
  await expect(page.getByText('截止日在延迟退休改革施行前：按 60 / 55 / 50 岁')).toBeVisible()
  await axe(page)
  await answerCurrentPage(page, ENGINEER_NORMAL)
  await pressNext(page)
  await expect(page).toHaveURL(/\/q\/education$/)
  await page.locator('input[type="radio"][name="education.obtainedIn"][value="hmt"]').check()
  await expect(page.getByText('港澳台学历：上传证书，认证书按港澳台学历学位认证')).toBeVisible()
  await axe(page)
})
