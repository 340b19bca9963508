/**
 * The first paint is HTML (issue 16): home and the shared view's frame are prerendered at build time
 * (scripts/prerender.ts) and hydrated by src/main.ts. Against the built app, like every e2e file.
 */
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test'
import { PNG } from 'pngjs'

// Texts of the prerendered screens (src/locales/home.ts, common.ts, share.ts), in Chinese.
const ZH_HEADING = '职称申报自评助手'
const ZH_START = '开始自查'
const ZH_LEAD = '对照宁波市职称申报通知'
const ZH_SHARED_TITLE = '他人分享的自查摘要'
const ZH_SHARED_LOADING = '正在读取链接中的摘要'
/** A valid share link's fragment (the same as share.spec.ts's offline test). */
const SHARE_FRAGMENT = '#AQAARGQgAAAAAAAAAAzlvKDkuIkgWmhhbmd3UZ8'

/** Console output that says the DOM did not match (Vue's production build logs only the summary). */
function collectHydrationProblems(page: Page): string[] {
  const problems: string[] = []
  const take = (msg: ConsoleMessage) => {
    const text = msg.text()
    if (/hydrat|mismatch/i.test(text) || msg.type() === 'error') problems.push(`${msg.type()}: ${text}`)
  }
  page.on('console', take)
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  return problems
}

/**
 * Keeps an element of the prerendered DOM as the parser made it, so the test can tell hydration (the
 * same node, made live) from a fresh render (a new node).
 */
async function keepPrerendered(page: Page, selector: string): Promise<void> {
  await page.addInitScript((sel) => {
    document.addEventListener('readystatechange', () => {
      const w = window as unknown as { __prerendered?: Element | null }
      if (w.__prerendered === undefined) w.__prerendered = document.querySelector(sel)
    })
  }, selector)
}

const samePrerenderedNode = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const kept = (window as unknown as { __prerendered?: Element | null }).__prerendered
    return !!kept && kept === document.querySelector(sel)
  }, selector)

test.describe('the HTML the server sends', () => {
  test('index.html holds the home screen: heading, lead and the start button, inside #app', async ({ request }) => {
    for (const path of ['/', '/index.html']) {
      const res = await request.get(path)
      expect(res.ok()).toBe(true)
      const html = await res.text()
      const app = /<div id="app" data-prerendered="home">([\s\S]*)<\/div>\s*<noscript>/.exec(html)?.[1] ?? ''
      expect(app, `${path}: prerendered #app`).toMatch(new RegExp(`<h1 id="home-title"[^>]*>${ZH_HEADING}</h1>`))
      expect(app).toContain(ZH_LEAD)
      expect(app).toMatch(new RegExp(`<button[^>]*>[\\s\\S]*?${ZH_START}[\\s\\S]*?</button>`))
      // Nothing of this device in it: no profile, no install card, no storage banner.
      expect(app).not.toContain('data-testid="install-hint"')
      expect(html).toContain('<script src="/boot.js"></script>')
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/) // no inline script (the CSP allows none)
    }
  })

  test('/s holds the shared view frame with its loading line; a deep link gets the home HTML', async ({ request }) => {
    const shared = await (await request.get('/s')).text()
    expect(shared).toContain('data-prerendered="shared"')
    expect(shared).toContain('data-prerendered-path="/s"')
    expect(shared).toMatch(new RegExp(`<h1 id="shared-title"[^>]*>${ZH_SHARED_TITLE}</h1>`))
    expect(shared).toContain(ZH_SHARED_LOADING)
    expect(shared).toContain(`<title>${ZH_SHARED_TITLE} · ${ZH_HEADING}</title>`)
    // Its frame is styled from the first paint: the shared view's CSS is linked, not loaded later.
    expect(shared).toMatch(/<link rel="stylesheet"[^>]*SharedSummaryPage-[\w-]+\.css"/)

    const deep = await (await request.get('/profiles')).text()
    expect(deep).toContain('data-prerendered="home"')
    expect(deep).toContain('data-prerendered-path="/"')
  })
})

test('with JavaScript disabled the home screen and the shared frame are there to read', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: ZH_HEADING })).toBeVisible()
    await expect(page.getByRole('button', { name: ZH_START })).toBeVisible()
    await expect(page.getByText(ZH_LEAD)).toBeVisible()
    await page.goto(`/s${SHARE_FRAGMENT}`)
    await expect(page.getByRole('heading', { level: 1, name: ZH_SHARED_TITLE })).toBeVisible()
    await expect(page.getByTestId('shared-loading')).toBeVisible()
  } finally {
    await context.close()
  }
})

test('home hydrates: the prerendered DOM is kept, no mismatch, and the start button works', async ({ page }) => {
  const problems = collectHydrationProblems(page)
  await keepPrerendered(page, '#home-title')
  await page.goto('/')
  const start = page.getByRole('button', { name: ZH_START })
  await expect(start).toBeEnabled()
  await expect(page.getByText('还没有申报档案')).toBeVisible()
  expect(await samePrerenderedNode(page, '#home-title'), 'the <h1> the parser made is still the one shown').toBe(true)
  await start.click()
  await expect(page).toHaveURL(/\/p\/[^/]+\/q\//, { timeout: 15_000 })
  expect(problems).toEqual([])
})

test('the shared view hydrates its frame, then shows the summary from the fragment (no mismatch)', async ({ page }) => {
  const problems = collectHydrationProblems(page)
  await keepPrerendered(page, 'header.app-header')
  await page.goto(`/s${SHARE_FRAGMENT}`)
  await expect(page.getByTestId('read-only')).toBeVisible()
  await expect(page.getByTestId('summary-name')).toHaveText('申报人：张三 Zhang')
  await expect(page.getByTestId('shared-loading')).toHaveCount(0)
  // The frame (nav bar) is the prerendered one; the page below it switched from loading to the summary.
  expect(await samePrerenderedNode(page, 'header.app-header')).toBe(true)
  expect(problems).toEqual([])
})

/**
 * Samples every animation frame from the first one: was a Chinese home text visible (innerText
 * leaves out what `visibility: hidden` hides)?
 */
async function sampleFrames(page: Page, texts: string[]): Promise<void> {
  await page.addInitScript((zh) => {
    const w = window as unknown as { __frames: { visibleZh: string[]; frames: number } }
    w.__frames = { visibleZh: [], frames: 0 }
    const tick = () => {
      w.__frames.frames += 1
      const text = document.body?.innerText ?? ''
      for (const t of zh) if (text.includes(t) && !w.__frames.visibleZh.includes(t)) w.__frames.visibleZh.push(t)
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }, texts)
}

const framesSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __frames: { visibleZh: string[]; frames: number } }).__frames)

/** Every pixel the same colour (nothing painted but the background). */
function isBlank(png: Buffer): boolean {
  const img = PNG.sync.read(png)
  const d = img.data
  for (let i = 4; i < d.length; i += 4)
    if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) return false
  return true
}

test('English setting: the first frame shows no Chinese (CPU throttled ×20), then English, no mismatch', async ({
  page,
  context,
}, testInfo) => {
  test.slow()
  const problems = collectHydrationProblems(page)
  await page.addInitScript(() => localStorage.setItem('zhicheng-self-check.lang', 'en-US'))
  await keepPrerendered(page, '#home-title')
  await sampleFrames(page, [ZH_HEADING, ZH_START, ZH_LEAD])
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 })
  await page.goto('/', { waitUntil: 'commit' })
  await page.waitForSelector('#home-title', { state: 'attached' })
  const first = await page.screenshot()
  await testInfo.attach('first-frame-en', { body: first, contentType: 'image/png' })
  const mountedYet = await page.evaluate(() => !document.documentElement.classList.contains('boot-wait'))
  if (!mountedYet) expect(isBlank(first), 'before the app has rendered, the page is blank').toBe(true)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US')
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await expect(page.getByRole('heading', { level: 1, name: 'Professional Title Self-Check' })).toBeVisible({
    timeout: 20_000,
  })
  // Rendered afresh in English over the Chinese HTML (not hydrated: that would mismatch).
  expect(await samePrerenderedNode(page, '#home-title')).toBe(false)
  const seen = await framesSeen(page)
  expect(seen.frames).toBeGreaterThan(1)
  expect(seen.visibleZh, 'Chinese home texts visible in some frame').toEqual([])
  expect(problems).toEqual([])
})

test('a deep link never shows the prerendered home first', async ({ page }) => {
  await sampleFrames(page, [ZH_LEAD, ZH_START])
  await page.goto('/settings')
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible()
  expect((await framesSeen(page)).visibleZh).toEqual([])
})

/** Cumulative layout shift of this page load, from the first paint until `settle` has passed. */
async function measureCls(page: Page, path: string, settle: () => Promise<void>): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number }
    w.__cls = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__cls += e.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(path)
  await settle()
  await page.waitForTimeout(1500) // fonts, the install card, the service worker's idle registration
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls)
}

test.describe('layout shift ≤ 0.01 (CLS)', () => {
  test('a first visit to home', async ({ page }) => {
    const cls = await measureCls(page, '/', () => expect(page.getByRole('button', { name: ZH_START })).toBeEnabled())
    expect(cls).toBeLessThanOrEqual(0.01)
  })

  test('home in English', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('zhicheng-self-check.lang', 'en-US'))
    const cls = await measureCls(page, '/', () =>
      expect(page.getByRole('button', { name: 'Start the self-check' })).toBeEnabled(),
    )
    expect(cls).toBeLessThanOrEqual(0.01)
  })

  test('home for someone coming back (a profile with answers), CPU throttled ×6', async ({ page, context }) => {
    await page.goto('/')
    await page.getByRole('button', { name: ZH_START }).click()
    await expect(page).toHaveURL(/\/q\//, { timeout: 15_000 })
    // Slow enough that the profiles are read well after the first paint: the card then fills in.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
    const cls = await measureCls(page, '/', () =>
      expect(page.getByRole('button', { name: '继续上次进度' })).toBeVisible({ timeout: 15_000 }),
    )
    expect(cls).toBeLessThanOrEqual(0.01)
    // Home's content waited, hidden, for the profiles (public/boot.js) and is shown now.
    expect(await page.evaluate(() => document.documentElement.className)).not.toContain('boot-wait')
  })

  test('the shared view', async ({ page }) => {
    const cls = await measureCls(page, `/s${SHARE_FRAGMENT}`, () => expect(page.getByTestId('read-only')).toBeVisible())
    expect(cls).toBeLessThanOrEqual(0.01)
  })
})
