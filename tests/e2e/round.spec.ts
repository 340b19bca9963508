/**
 * The notice's round in the year the app is used (issue 13, item 1): with the device clock at
 * 2026-12-01 the closed-round message is on home, results, checklist (screen and print), timeline,
 * summary (screen and text) and the shared view, in both languages, and nothing tells the user to
 * submit; with the clock inside the 2024 round the days left are shown. axe: 0 violations.
 */
import { expect, test, type Page } from '@playwright/test'
import { ENGINEER_NORMAL, profileIdOf, selfCheck, setLanguage } from './flows'
import { expectNoAxeViolations } from './helpers'

const OVER = {
  'zh-CN': '本通知（2024 年度）的申报已于 2024年8月21日截止',
  'en-US': 'Applications under this notice (2024) closed on 21 Aug 2024',
} as const
const SUBMIT = /即可提交|可按“|可以提交|请在截止日前|Ready to submit|can apply on|ready to submit|Apply online before/

async function expectOver(page: Page, lang: keyof typeof OVER) {
  const banner = page.getByTestId('round-banner')
  await expect(banner).toBeVisible()
  await expect(banner).toHaveAttribute('data-state', 'over')
  await expect(banner).toContainText(OVER[lang])
  await expect(banner.locator('time')).toHaveAttribute('datetime', '2024-08-21')
  expect(await page.locator('main').innerText()).not.toMatch(SUBMIT)
  await expectNoAxeViolations(page)
}

for (const lang of ['zh-CN', 'en-US'] as const) {
  test(`clock at 2026-12-01 (${lang}): the round is over on every screen, and nothing says submit`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+08:00'))
    if (lang === 'en-US') await setLanguage(page, lang)
    await page.goto('/')
    await expectOver(page, lang)

    await selfCheck(page, ENGINEER_NORMAL)
    const id = profileIdOf(page)
    await expect(page.locator('#verdict-title')).toHaveText(lang === 'zh-CN' ? '符合申报条件' : /eligible/i)
    await expect(page.locator('.verdict__detail')).toContainText(
      lang === 'zh-CN' ? '本轮申报已截止' : 'This round has closed',
    )
    await expectOver(page, lang)

    await page.goto(`/p/${id}/checklist`)
    await expect(page.getByTestId('readiness')).toContainText(
      lang === 'zh-CN' ? '本通知的申报已截止' : 'Applications under this notice have closed',
    )
    await expectOver(page, lang)
    // Print: the printed head says it too.
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByTestId('print-round')).toBeVisible()
    await expect(page.getByTestId('print-round')).toContainText(OVER[lang])
    await page.emulateMedia({ media: 'screen' })

    await page.goto(`/p/${id}/timeline`)
    await expectOver(page, lang)

    // Home, with this profile active: the banner offers the projection onto a later round.
    await page.goto('/')
    const toProjection = page.getByTestId('round-banner').getByTestId('home-to-projection')
    await expect(toProjection).toHaveText(
      lang === 'zh-CN' ? '按 2024 年规则推算下一轮' : 'Work out the next round by the 2024 rules',
    )
    await expectOver(page, lang)
    await toProjection.click()
    await expect(page).toHaveURL(new RegExp(`/p/${id}/projection$`))

    await page.goto(`/p/${id}/summary`)
    const round = page.getByTestId('summary-round')
    await expect(round).toContainText(OVER[lang])
    await expect(round).toHaveAttribute('data-over', 'true')
    expect(await page.getByTestId('summary-card').innerText()).not.toMatch(SUBMIT)
    const text = (await page.getByTestId('text-preview').textContent()) ?? ''
    expect(text).toContain(OVER[lang])
    expect(text).not.toMatch(SUBMIT)
    await expectNoAxeViolations(page)

    // The shared view, opened on another phone with no data, on the same day.
    const link = /https?:\/\/\S+\/s#[A-Za-z0-9_-]+/.exec(text)?.[0]
    expect(link).toBeTruthy()
    const context = await page
      .context()
      .browser()!
      .newContext({
        locale: lang,
        viewport: { width: 390, height: 844 },
        timezoneId: 'Asia/Shanghai',
      })
    const viewer = await context.newPage()
    try {
      await viewer.clock.setFixedTime(new Date('2026-12-01T10:00:00+08:00'))
      await viewer.goto(link!)
      await expect(viewer.getByTestId('summary-round')).toContainText(
        // a phone that never opened the app shows the app's default language (Chinese)
        OVER['zh-CN'],
      )
      await expectNoAxeViolations(viewer)
    } finally {
      await context.close()
    }
  })
}

test('clock inside the 2024 round: days left on home, results and the timeline', async ({ page }) => {
  test.setTimeout(120_000)
  await page.clock.setFixedTime(new Date('2024-08-10T09:00:00+08:00'))
  await page.goto('/')
  const banner = page.getByTestId('round-banner')
  await expect(banner).toHaveAttribute('data-state', 'open')
  await expect(banner).toContainText('本通知（2024 年度）的网上申报于 2024年8月21日截止，还有 11 天')
  await expectNoAxeViolations(page)
  await selfCheck(page, ENGINEER_NORMAL)
  await expect(banner).toContainText('还有 11 天')
  await expect(page.locator('.verdict__detail')).toContainText('可按“正常申报”申报')
  await page.goto(`/p/${profileIdOf(page)}/timeline`)
  await expect(banner).toContainText('还有 11 天')

  await page.clock.setFixedTime(new Date('2024-08-20T09:00:00+08:00'))
  await page.reload()
  await expect(banner).toHaveAttribute('data-state', 'closing-soon')
  await expect(banner).toContainText('明天（2024年8月21日）截止')
  await expectNoAxeViolations(page)
})
