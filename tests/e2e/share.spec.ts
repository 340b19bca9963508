/**
 * The shareable summary in the built app on a phone (390×844): a self-check, then the summary screen
 * and every way of sharing it — the link (opened in a fresh browser with no data: same content, read
 * only, no profile created), the QR code (decoded from a screenshot with jsQR), copy as text, the
 * PNG image, the manual-copy fallback; damaged and newer-version links; a hostile display name; the
 * shared view offline; axe in both languages.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { toBase64Url, withChecksum } from '../../src/share/codec'
import { ENGINEER_EXCEPTIONAL, profileIdOf, selfCheck, setLanguage, type Applicant } from './flows'
import { expectNoAxeViolations } from './helpers'
import { waitForServiceWorkerControl } from './pwa-support'

/** 破格 engineer, 11 months of social security, a declared discipline item: two conditions not met. */
const APPLICANT: Applicant = { ...ENGINEER_EXCEPTIONAL, socialSecurityMonths: 11, discipline: ['falseMaterials'] }
const HOSTILE = '<img src=x onerror=alert(1)>'
const DAMAGED_ZH = '链接不完整或已损坏，无法读取。请让对方重新复制链接发给您。'
const NEWER_ZH = '这个链接由更新版本的应用生成。请更新应用后再打开。'

const CONTEXT = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
  timezoneId: 'Asia/Shanghai',
  serviceWorkers: 'allow' as const,
}

/** A browser that has never opened the app: no IndexedDB, no service worker, nothing. */
async function freshContext(browser: Browser, baseURL: string, locale = 'zh-CN'): Promise<BrowserContext> {
  return browser.newContext({ ...CONTEXT, baseURL, locale })
}

/** The live profiles in this origin's IndexedDB (0 when the database was never created). */
async function profileCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name)
    if (!names.includes('zhicheng-self-check')) return 0
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('zhicheng-self-check')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const idb = open.result
        if (!idb.objectStoreNames.contains('profiles')) {
          idb.close()
          resolve(0)
          return
        }
        const count = idb.transaction('profiles').objectStore('profiles').count()
        count.onsuccess = () => {
          idb.close()
          resolve(count.result)
        }
        count.onerror = () => reject(count.error)
      }
    })
  })
}

/** Self-check, tick two checklist items, open the summary screen. Returns the profile id. */
async function toSummary(page: Page, ticks = ['platform-account', 'platform-commitment']): Promise<string> {
  await selfCheck(page, APPLICANT)
  const id = profileIdOf(page)
  if (ticks.length) {
    await page.goto(`/p/${id}/checklist`)
    for (const item of ticks) {
      const box = page.locator(`article[data-item="${item}"]`).getByRole('checkbox')
      await box.check()
      await expect(box).toBeChecked()
    }
  }
  // The summary is linked from the checklist and from the results.
  if (ticks.length) await page.getByTestId('checklist-to-summary').click()
  else {
    await page.goto(`/p/${id}/results`)
    await page.getByTestId('to-summary').click()
  }
  await expect(page).toHaveURL(new RegExp(`/p/${id}/summary$`))
  await expect(page.getByTestId('summary-card')).toBeVisible()
  return id
}

/** What the card says, requirement by requirement, plus the headline and the material count. */
async function cardFacts(page: Page) {
  const card = page.getByTestId('summary-card')
  return {
    overall: await card.getByTestId('summary-overall').getAttribute('data-overall'),
    overallText: (await card.getByTestId('summary-overall').innerText()).trim(),
    requirements: await card
      .locator('[data-req]')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-req')}=${e.getAttribute('data-status')}`).sort()),
    materials: (await card.getByTestId('summary-materials').innerText()).trim(),
    text: (await card.innerText()).trim(),
  }
}

async function copyLink(page: Page): Promise<string> {
  await page.getByTestId('copy-link').click()
  await expect(page.getByTestId('share-toast')).toHaveText('已复制')
  return page.evaluate(() => navigator.clipboard.readText())
}

function decodeQrPng(png: Buffer): string | null {
  const img = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data ?? null
}

test.describe('the summary and its link', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  })

  test('the link opens in a browser with no data: the same summary, read only, and no profile is created', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow() // a whole self-check, then a second browser
    await toSummary(page)
    const own = await cardFacts(page)
    expect(own.overall).toBe('not-eligible')
    expect(own.requirements).toContain('discipline=not-met')
    expect(own.requirements).toContain('social-security=not-met')
    expect(own.materials).toMatch(/^材料 2\/\d+ 已备齐$/)
    // No personal data by default: the switch is off and the card has no applicant line.
    await expect(page.getByTestId('name-switch')).not.toBeChecked()
    await expect(page.getByTestId('summary-name')).toHaveCount(0)
    await expect(page.getByTestId('privacy-note')).toContainText('链接里包含的内容')

    const link = await copyLink(page)
    expect(link).toMatch(new RegExp(`^${baseURL}/s#[A-Za-z0-9_-]+$`))
    const url = new URL(link)
    expect(url.search).toBe('') // nothing in a path or a query string: the payload is after the #
    console.info(`[share-e2e] link ${link.length} characters (origin ${url.origin.length})`)

    const other = await freshContext(browser, baseURL!)
    try {
      const viewer = await other.newPage()
      const dialogs: string[] = []
      viewer.on('dialog', (d) => {
        dialogs.push(d.message())
        void d.dismiss()
      })
      await viewer.goto(link)
      await expect(viewer.getByTestId('read-only')).toContainText('这是他人分享的自查摘要，只读')
      await expect(viewer).toHaveURL(link) // not sent to /profiles or anywhere else
      const shared = await cardFacts(viewer)
      expect(shared).toEqual(own)
      await expect(viewer.getByTestId('make-own')).toHaveText('做我自己的自查')
      expect(await profileCount(viewer)).toBe(0)
      await viewer.goto('/profiles')
      await expect(viewer.getByText('还没有档案。')).toBeVisible()
      await expect(viewer.getByTestId('profile-item')).toHaveCount(0)
      expect(await profileCount(viewer)).toBe(0)
      expect(dialogs).toEqual([])
    } finally {
      await other.close()
    }
  })

  test('QR code, copy as text, the image, and axe on the screen and the QR sheet', async ({ page }) => {
    test.slow()
    await toSummary(page)
    await expectNoAxeViolations(page)
    const link = await copyLink(page)

    // The QR sheet: a dialog with the notice number; a scanner reads the link back from a screenshot.
    await page.getByTestId('show-qr').click()
    const sheet = page.getByTestId('qr-sheet')
    await expect(sheet).toBeVisible()
    await expect(sheet.getByRole('heading', { level: 2, name: '扫码查看自查摘要' })).toBeFocused()
    await expect(sheet).toContainText('甬市监组人〔2024〕187号')
    const qr = sheet.getByTestId('qr-code')
    await expect(qr).toBeVisible()
    const box = (await qr.boundingBox())!
    expect(box.width).toBeGreaterThanOrEqual(240)
    expect(Math.abs(box.width - box.height)).toBeLessThan(1)
    const version = Number(await qr.getAttribute('data-version'))
    // Polled: the sheet may still be sliding in when the first screenshot is taken (seen under load).
    await expect.poll(async () => decodeQrPng(await qr.screenshot())).toBe(link)
    console.info(`[share-e2e] QR version ${version}, ${Math.round(box.width)} CSS px, link ${link.length} characters`)
    await page.waitForTimeout(350) // popup transition, before axe
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(sheet).toBeHidden()
    await expect(page.getByTestId('show-qr')).toBeFocused()

    // The longest realistic link (a 40-character Chinese name) still scans from the screen.
    await page.getByTestId('name-switch').check()
    await page.getByLabel('署名（最多 40 个字）').fill('欧阳'.concat('慧'.repeat(38)))
    const longLink = await copyLink(page)
    await page.getByTestId('show-qr').click()
    const longQr = page.getByTestId('qr-sheet').getByTestId('qr-code')
    await expect(longQr).toBeVisible()
    await expect.poll(async () => decodeQrPng(await longQr.screenshot())).toBe(longLink)
    console.info(
      `[share-e2e] with a 40-character Chinese name: link ${longLink.length} characters, QR version ${await longQr.getAttribute('data-version')}`,
    )
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('qr-sheet')).toBeHidden()
    await page.getByTestId('name-switch').uncheck()

    // Copy as text: the same text as the preview, with the link and the notice.
    await page.getByTestId('copy-text').click()
    await expect(page.getByTestId('share-toast')).toHaveText('已复制')
    const text = await page.evaluate(() => navigator.clipboard.readText())
    expect(text.startsWith('【职称申报自评摘要】')).toBe(true)
    expect(text).toContain(`查看：${link}`)
    expect(text).toContain('依据：甬市监组人〔2024〕187号')
    expect(text).toContain('❌ 不符合：申报纪律')
    expect(text).toMatch(/材料 2\/\d+ 已备齐/)
    expect(text).not.toMatch(/1993|2015|2021-03|92 分/) // no birth date, graduation year, title date
    expect(await page.getByTestId('text-preview').textContent()).toBe(text)

    // Save as image: a real PNG download named after the day, also shown for long-press.
    const download = page.waitForEvent('download')
    await page.getByTestId('save-image').click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^zhicheng-summary-\d{4}-\d{2}-\d{2}\.png$/)
    const stream = await file.createReadStream()
    const chunks: Buffer[] = []
    for await (const c of stream) chunks.push(c as Buffer)
    const png = Buffer.concat(chunks)
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
    const img = PNG.sync.read(png)
    expect(img.width).toBe(1080)
    expect(img.height).toBeGreaterThan(1500)
    // The QR code inside the image points at the same link.
    expect(jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data).toBe(link)
    console.info(`[share-e2e] image ${img.width}×${img.height}, ${png.length} bytes`)
    const dialog = page.getByTestId('image-dialog')
    await expect(dialog).toBeVisible()
    await expect(dialog.getByTestId('summary-image')).toHaveAttribute('src', /^blob:/)
    await page.waitForTimeout(350)
    await expectNoAxeViolations(page)
    await dialog.getByRole('button', { name: '关闭' }).first().click()
    await expect(dialog).toBeHidden()
  })

  test('without clipboard access the text is offered selected for copying by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      })
    })
    await toSummary(page, [])
    await page.getByTestId('copy-text').click()
    const area = page.getByTestId('manual-copy-text')
    await expect(area).toBeVisible()
    await expect(area).toBeFocused()
    const value = await area.inputValue()
    expect(value.startsWith('【职称申报自评摘要】')).toBe(true)
    const selected = await area.evaluate((el: HTMLTextAreaElement) =>
      el.value.slice(el.selectionStart, el.selectionEnd),
    )
    expect(selected).toBe(value)
  })

  test('a hostile display name is shown as text, on the screen and in the shared view', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow()
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    await toSummary(page, [])
    await page.getByTestId('name-switch').check()
    await page.getByLabel('署名（最多 40 个字）').fill(HOSTILE)
    await expect(page.getByTestId('summary-name')).toHaveText(`申报人：${HOSTILE}`)
    await expect(page.locator('img[src="x"]')).toHaveCount(0)
    const link = await copyLink(page)
    // Switching it off takes the name out of the link again.
    await page.getByTestId('name-switch').uncheck()
    await expect(page.getByTestId('summary-name')).toHaveCount(0)
    expect(await copyLink(page)).not.toBe(link)

    const other = await freshContext(browser, baseURL!)
    try {
      const viewer = await other.newPage()
      viewer.on('dialog', (d) => {
        dialogs.push(d.message())
        void d.dismiss()
      })
      await viewer.goto(link)
      await expect(viewer.getByTestId('summary-name')).toHaveText(`申报人：${HOSTILE}`)
      await expect(viewer.locator('img')).toHaveCount(0)
      await viewer.waitForTimeout(300)
    } finally {
      await other.close()
    }
    expect(dialogs).toEqual([])
  })
})

test('Print: an A4 page with the summary and the QR code, without the controls', async ({ page }) => {
  await page.addInitScript(() => {
    ;(window as unknown as { printed: number }).printed = 0
    window.print = () => {
      ;(window as unknown as { printed: number }).printed++
    }
  })
  await toSummary(page, [])
  await page.getByTestId('print').click()
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('summary-card')).toBeVisible()
  await expect(page.locator('.print-qr [data-testid="qr-code"]')).toBeVisible()
  for (const hidden of ['banner', 'privacy-note', 'name-switch', 'copy-link', 'print']) {
    const el = hidden === 'banner' ? page.getByRole('banner') : page.getByTestId(hidden)
    await expect(el, hidden).toBeHidden()
  }
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByTestId('copy-link')).toBeVisible()
})

test.describe('links that cannot be shown', () => {
  /** A valid v1 payload (from the docs' worked example: nothing answered, 张三 Zhang). */
  const GOOD = 'AQAARGQgAAAAAAAAAAzlvKDkuIkgWmhhbmd3UZ8'

  test('a damaged link says so and shows nothing else; a newer link asks for an update (both languages, axe)', async ({
    browser,
    baseURL,
  }) => {
    const flipped = GOOD.slice(0, 12) + (GOOD[12] === 'A' ? 'B' : 'A') + GOOD.slice(13)
    const newer = toBase64Url(withChecksum(new Uint8Array([2, 0, 0x12, 0x34, 0x56])))
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const context = await freshContext(browser, baseURL!, locale)
      try {
        const page = await context.newPage()
        if (locale === 'en-US') await setLanguage(page, 'en-US')

        await page.goto(`/s#${GOOD}`)
        await expect(page.getByTestId('read-only')).toBeVisible()
        await expect(page.getByTestId('summary-name')).toContainText('张三 Zhang')
        await expectNoAxeViolations(page)

        await page.goto(`/s#${flipped}`)
        const error = page.getByTestId('shared-error')
        await expect(error).toHaveAttribute('data-error', 'damaged')
        if (locale === 'zh-CN') await expect(error).toContainText(DAMAGED_ZH)
        else await expect(error).toContainText('The link is incomplete or damaged')
        await expect(page.getByTestId('summary-card')).toHaveCount(0)
        await expect(page.getByTestId('read-only')).toHaveCount(0)
        await expectNoAxeViolations(page)

        await page.goto(`/s#${newer}`)
        await expect(error).toHaveAttribute('data-error', 'newer-version')
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          locale === 'zh-CN' ? '请更新应用' : 'Update the app',
        )
        if (locale === 'zh-CN') await expect(error).toContainText(NEWER_ZH)
        else await expect(error).toContainText('This link was made by a newer version of the app')
        await expect(page.getByTestId('summary-card')).toHaveCount(0)
        await expectNoAxeViolations(page)
        expect(await profileCount(page)).toBe(0)
      } finally {
        await context.close()
      }
    }
  })
})

test('English: the summary screen, the QR sheet and the shared view pass axe', async ({
  page,
  browser,
  baseURL,
  context,
}) => {
  test.slow()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  await setLanguage(page, 'en-US')
  await toSummary(page, ['platform-account'])
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share your summary')
  await expect(page.getByTestId('summary-materials')).toHaveText(/^Materials: 1 of \d+ ready$/)
  await page.getByTestId('name-switch').check()
  await page.getByLabel('Name (up to 40 characters)').fill('Engineer Zhang')
  await expectNoAxeViolations(page)
  await page.getByTestId('show-qr').click()
  await expect(page.getByTestId('qr-sheet').getByTestId('qr-code')).toBeVisible()
  await page.waitForTimeout(350)
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await page.getByTestId('copy-link').click()
  await expect(page.getByTestId('share-toast')).toHaveText('Copied')
  const link = await page.evaluate(() => navigator.clipboard.readText())

  const other = await freshContext(browser, baseURL!, 'en-US')
  try {
    const viewer = await other.newPage()
    await setLanguage(viewer, 'en-US')
    await viewer.goto(link)
    await expect(viewer.getByTestId('read-only')).toContainText('A summary shared by someone else — read only')
    await expect(viewer.getByTestId('summary-name')).toHaveText('Applicant: Engineer Zhang')
    await expect(viewer.getByTestId('make-own')).toHaveText('Make my own self-check')
    await expectNoAxeViolations(viewer)
  } finally {
    await other.close()
  }
})

test('the shared view opens offline once the app is installed, and still creates no profile', async ({
  browser,
  baseURL,
}) => {
  const context = await freshContext(browser, baseURL!)
  try {
    const page = await context.newPage()
    await page.goto('/')
    await waitForServiceWorkerControl(page)
    await context.setOffline(true)
    await page.goto('/s#AQAARGQgAAAAAAAAAAzlvKDkuIkgWmhhbmd3UZ8')
    await expect(page.getByTestId('read-only')).toBeVisible()
    await expect(page.getByTestId('summary-name')).toHaveText('申报人：张三 Zhang')
    await expect(page.getByTestId('network-status')).toHaveText(/离线/)
    await page.reload()
    await expect(page.getByTestId('summary-card')).toBeVisible()
    expect(await profileCount(page)).toBe(0)
  } finally {
    await context.close()
  }
})
