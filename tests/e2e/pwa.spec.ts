/**
 * Offline-first and installable, in the built app (headless Chromium, a fresh context per test).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type Page } from '@playwright/test'
import { ENGINEER_NORMAL, selfCheck } from './flows'
import { expectNoAxeViolations } from './helpers'
import { foreignUrls, LAUNCH, recordRequests, waitForServiceWorkerControl } from './pwa-support'

const APP_NAME = '职称申报自评助手'
const OFFLINE_TEXT = '离线模式：所有功能可用，数据保存在本机'

/** The app shell rendered (header, main, a page heading): the page loaded and the app booted. */
async function expectAppLoaded(page: Page) {
  await expect(page.getByRole('banner')).toBeVisible()
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
}

test('after the first visit the app opens offline: reload, deep links, the share link', async ({ page, context }) => {
  test.slow() // many navigations, an axe scan and a 4 s "back online" note; the update test builds alongside
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible()
  const status = page.getByTestId('network-status')
  await expect(status).toBeEmpty() // online: nothing to say
  await waitForServiceWorkerControl(page)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible()
  await expect(status).toHaveText(OFFLINE_TEXT)
  await expect(status).toHaveAttribute('role', 'status')
  await expect(status).toHaveAttribute('aria-live', 'polite')

  // Deep links, typed or opened from elsewhere, come from the service worker's app shell.
  for (const path of [
    '/settings',
    '/profiles',
    '/p/xyz/results',
    '/p/xyz/q/1',
    '/s#v1.anything',
    '/no/such/page?x=1',
  ]) {
    await page.goto(path)
    await expectAppLoaded(page)
    await expect(status, path).toHaveText(OFFLINE_TEXT)
  }
  // Settings: the storage status and the version; all of it (and the offline line) passes axe.
  await page.goto('/settings')
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: '离线使用与存储' })).toBeVisible()
  await expect(page.getByTestId('storage-status')).toContainText('持久保存')
  await expect(page.getByTestId('storage-status')).toContainText(/已用 [\d.,]+ MB，可用空间约 [\d.,]+ MB/)
  await expect(page.getByTestId('app-version')).toHaveText(/^版本 \d+\.\d+\.\d+/)
  await expectNoAxeViolations(page)

  // Back online: a brief note, then nothing.
  await context.setOffline(false)
  await expect(status).toHaveText('已恢复联网')
  await expect(status).toBeEmpty({ timeout: 8_000 })
})

test('a whole session makes no request to any other origin, service worker included', async ({
  page,
  context,
  baseURL,
}) => {
  test.slow() // a complete self-assessment and every other screen
  const appOrigin = new URL(baseURL!).origin
  const requests = recordRequests(context, page)

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible()
  await waitForServiceWorkerControl(page)

  // A complete self-assessment (every question page, check, results), then the other screens.
  await selfCheck(page, ENGINEER_NORMAL)
  await page.goto('/profiles')
  await expectAppLoaded(page)
  await page.goto('/settings')
  await expect(page.getByTestId('app-version')).toBeVisible()
  await page.goto('/s#v1.anything')
  await expectAppLoaded(page)
  await context.setOffline(true)
  await page.reload()
  await expectAppLoaded(page)
  await context.setOffline(false)
  await page.goto('/')
  await page.waitForLoadState('networkidle')

  // The service worker's own fetches (precache) were seen, so they were checked too.
  expect(requests.fromServiceWorker.length, 'no service-worker requests recorded').toBeGreaterThan(5)
  expect(requests.urls.length).toBeGreaterThan(10)
  const foreign = foreignUrls(requests.urls, appOrigin)
  expect(foreign, `requests to other origins:\n${foreign.join('\n')}`).toEqual([])
})

test('the whole self-assessment can be completed offline, and a share link opens', async ({ page, context }) => {
  test.slow() // a dozen question pages
  await page.goto('/')
  await waitForServiceWorkerControl(page)
  await context.setOffline(true)

  // From the home page through every question page and the check page to the verdict.
  await selfCheck(page, ENGINEER_NORMAL)
  await expect(page.getByTestId('network-status')).toHaveText(OFFLINE_TEXT)

  // Reload the results offline: the answers come back from IndexedDB.
  await page.reload()
  await expect(page.locator('#verdict-title')).toBeVisible()

  // A share link opened offline loads the app (the share view itself is a later issue).
  await page.goto('/s#v1.anything')
  await expectAppLoaded(page)
})

test('Chromium reports the app installable, and the install hint is gentle', async ({ baseURL }) => {
  test.slow() // its own browser with a persistent profile
  // Installability is only reported for a persistent profile: an incognito context always reports
  // "in-incognito".
  const dir = await mkdtemp(join(tmpdir(), 'pwa-install-'))
  const context = await chromium.launchPersistentContext(dir, {
    ...LAUNCH,
    headless: true,
    serviceWorkers: 'allow',
    locale: 'zh-CN',
    viewport: { width: 390, height: 844 },
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(baseURL!)
    await expect(page.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible()
    await waitForServiceWorkerControl(page)

    const cdp = await context.newCDPSession(page)
    const manifest = await cdp.send('Page.getAppManifest')
    expect(manifest.url).toBe(new URL('/manifest.webmanifest', baseURL).href)
    expect(manifest.errors).toEqual([])
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])

    // Chromium offered to install (beforeinstallprompt): a gentle card at the end of the home page.
    const hint = page.getByTestId('install-hint')
    await expect(hint).toContainText('添加到主屏幕')
    await expect(hint.getByRole('button', { name: '添加到主屏幕' })).toBeVisible()
    await expectNoAxeViolations(page)
    // Dismissed once, it stays away on the home page (localStorage) …
    await hint.getByRole('button', { name: '不再提示' }).click()
    await expect(hint).toHaveCount(0)
    // while the settings page still offers it.
    await page.reload()
    await page.getByRole('link', { name: '设置 / Language' }).click()
    await expect(hint.getByRole('button', { name: '添加到主屏幕' })).toBeVisible() // the prompt was captured again
    await page.getByRole('button', { name: '返回' }).click()
    await expect(page.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible()
    await expect(page.locator('#home-notice')).toBeVisible()
    await expect(hint).toHaveCount(0)
  } finally {
    await context.close()
    await rm(dir, { recursive: true, force: true })
  }
})
