import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'

const APP_NAME = '职称申报自评助手'

test('home page shows the product name and passes axe (WCAG 2.2 AA)', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible()
  await expect(page.getByRole('banner')).toBeVisible()
  await expect(page.getByRole('main')).toBeVisible()
  await expect(page).toHaveTitle(APP_NAME)
  await expectNoAxeViolations(page)
})

test('the app makes no request to any other origin', async ({ page, baseURL }) => {
  const appOrigin = new URL(baseURL!).origin
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))

  const consoleErrors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible()
  await page.waitForLoadState('networkidle')

  expect(requested.length).toBeGreaterThan(0)
  const foreign = requested.filter((url) => {
    const { protocol, origin } = new URL(url)
    // data: and blob: URLs never leave the device.
    if (protocol === 'data:' || protocol === 'blob:') return false
    return origin !== appOrigin
  })
  expect(foreign, `requests to other origins:\n${foreign.join('\n')}`).toEqual([])
  // A CSP violation (e.g. an inline script) shows up as a console error.
  expect(consoleErrors, consoleErrors.join('\n')).toEqual([])
})

test('an unknown path falls back to the home page', async ({ page }) => {
  await page.goto('/no-such-page')
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible()
})

test("Vant's icon font loads as a file of the app's own origin under the page's CSP (font-src 'self')", async ({
  page,
}) => {
  const cspErrors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) cspErrors.push(msg.text())
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible()
  const statuses = await page.evaluate(async () => {
    const faces = await document.fonts.load('16px vant-icon')
    return faces.map((face) => face.status)
  })
  expect(statuses).toContain('loaded')
  expect(cspErrors, cspErrors.join('\n')).toEqual([])
})

test('the nav bar title fits a phone in English too (short name on home, not cut off)', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('zhicheng-self-check.lang', 'en-US'))
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Professional Title Self-Check' })).toBeVisible()
  const title = page.locator('.van-nav-bar__title')
  await expect(title).toHaveText('Title Self-Check')
  const cut = await title.evaluate((el) => el.scrollWidth > el.clientWidth)
  expect(cut).toBe(false)
})
