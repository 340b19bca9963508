/**
 * Screenshots of every screen at 390×844, in Chinese and English, for review:
 * docs/screenshots/<lang>-<screen>.png. `npm run screenshots` builds first; this script starts its own
 * `vite preview` on a spare port, drives the built app with Debian's Chromium through a sample
 * applicant (the tests' flow helpers), and stops the preview server at the end.
 *
 * Also two "zoom200" shots: the same screens at 200% zoom (a 195 CSS-pixel-wide viewport at device
 * scale 2), to see that nothing clips or overlaps when text is twice as large.
 */
import { spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from '@playwright/test'
import {
  ENGINEER_EXCEPTIONAL,
  answerCurrentPage,
  goToResults,
  nextButton,
  pageIdOf,
  pressNext,
  setLanguage,
  startSelfCheck,
  type Applicant,
} from '../tests/e2e/flows'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = `${ROOT}docs/screenshots`
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4191)
const BASE = `http://localhost:${PORT}`
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The sample: 破格 engineer who is one month short of a year with the current employer. */
const SAMPLE: Applicant = { ...ENGINEER_EXCEPTIONAL, socialSecurityMonths: 11 }

/** Question pages worth a picture (the others look alike). */
const QUESTION_SHOTS = new Set([
  'track',
  'unit',
  'retirement',
  'education',
  'title',
  'exceptional',
  'ce',
  'assessments',
  'ability',
  'declarations',
])

async function startPreview(): Promise<() => void> {
  // SCREENSHOT_DIST: serve another build directory than dist/ (e.g. a build of a clean checkout).
  const outDir = process.env.SCREENSHOT_DIST ? ['--outDir', process.env.SCREENSHOT_DIST] : []
  const child = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', ...outDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  child.stdout.on('data', (d) => (log += String(d)))
  child.stderr.on('data', (d) => (log += String(d)))
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(BASE)
      if (res.ok) return stop
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 200))
  }
  stop()
  throw new Error(`vite preview did not start on ${BASE}:\n${log}`)
}

async function settle(page: Page): Promise<void> {
  // Transitions (popups, route changes) are short; let them finish and fonts render.
  await page.waitForTimeout(350)
  await page.evaluate(() => document.fonts.ready)
}

async function shot(page: Page, lang: string, name: string, fullPage = true): Promise<void> {
  await settle(page)
  const path = `${OUT}/${lang}-${name}.png`
  await page.screenshot({ path, fullPage })
  console.log(`  ${path.slice(ROOT.length)}`)
}

/**
 * The materials checklist and the timeline (the checklist's own screens). The sample is made
 * eligible first (36 months of social security), a few items are ticked, one has a note and a photo;
 * the timeline is shown on 20 Aug 2024, the day before the online application closes.
 */
async function shootChecklist(page: Page, tag: string, profileId: string): Promise<void> {
  await page.goto(`/p/${profileId}/q/social-security`)
  await answerCurrentPage(page, { ...SAMPLE, socialSecurityMonths: 36 })
  await pressNext(page)
  await page.goto(`/p/${profileId}/checklist`)
  await page.locator('section[data-group="platform"]').waitFor()
  for (const id of ['platform-account', 'platform-commitment', 'paper-evaluation-form', 'unit-publicity']) {
    await page.locator(`article[data-item="${id}"] input[type="checkbox"]`).check()
  }
  const evidence = page.locator('article[data-item="platform-evidence"]')
  await evidence.locator('.item__toggle').click()
  await evidence.locator('textarea').fill(tag === 'zh' ? '论文两篇，已扫描' : 'Two papers, scanned')
  const png = await page.evaluate(async () => {
    const c = new OffscreenCanvas(2400, 1800)
    const ctx = c.getContext('2d')!
    ctx.fillStyle = '#fbf8f0'
    ctx.fillRect(0, 0, 2400, 1800)
    ctx.fillStyle = '#c8102e'
    ctx.beginPath()
    ctx.arc(1800, 1300, 220, 0, Math.PI * 2)
    ctx.fill()
    ctx.fillStyle = '#222'
    ctx.font = '150px sans-serif'
    ctx.fillText('证书 Certificate', 300, 500)
    const bytes = new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer())
    return Array.from(bytes)
  })
  await page
    .locator('[data-testid="files-platform-evidence"]')
    .setInputFiles({ name: 'certificate.png', mimeType: 'image/png', buffer: Buffer.from(png) })
  await evidence.getByTestId('attachment').locator('img').waitFor()
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot(page, tag, 'checklist-top', false)
  await shot(page, tag, 'checklist')
  await evidence.scrollIntoViewIfNeeded()
  await shot(page, tag, 'checklist-item', false)
  await page.emulateMedia({ media: 'print' })
  await shot(page, tag, 'checklist-print')
  await page.emulateMedia({ media: 'screen' })
  await page.clock.setFixedTime(new Date('2024-08-20T09:00:00+08:00'))
  await page.goto(`/p/${profileId}/timeline`)
  await shot(page, tag, 'timeline')
}

async function run(browser: Browser, lang: 'zh-CN' | 'en-US'): Promise<void> {
  const tag = lang === 'zh-CN' ? 'zh' : 'en'
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: lang,
    timezoneId: 'Asia/Shanghai',
    baseURL: BASE,
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  await setLanguage(page, lang)
  await shot(page, tag, 'settings')
  await page.goto('/')
  await shot(page, tag, 'home')

  await startSelfCheck(page)
  // Validation state: Next on the empty first page.
  await nextButton(page).click()
  await shot(page, tag, 'validation', false)
  await shot(page, tag, 'validation-full')

  while (pageIdOf(page)) {
    const id = pageIdOf(page)!
    await answerCurrentPage(page, SAMPLE)
    if (QUESTION_SHOTS.has(id)) {
      await page.evaluate(() => window.scrollTo(0, 0))
      await shot(page, tag, `q-${id}`)
    }
    if (id === 'retirement') {
      await page.locator('#q-birthDate').fill('2023-02-29')
      await page.locator('#q-birthDate').blur()
      await shot(page, tag, 'date-invalid', false)
      await page.locator('#q-birthDate').fill(SAMPLE.birthDate)
      await page.locator('.date-field__pick').first().click()
      await shot(page, tag, 'date-picker', false)
      await page.keyboard.press('Escape')
      await settle(page)
    }
    await pressNext(page)
  }
  await shot(page, tag, 'check')
  const profileId = /\/p\/([^/]+)\//.exec(new URL(page.url()).pathname)?.[1]
  await goToResults(page)
  await shot(page, tag, 'results')
  await shot(page, tag, 'results-top', false)
  await page.locator('.refs__chip').first().click()
  await shot(page, tag, 'clause-sheet', false)
  await page.keyboard.press('Escape')
  // Closing the sheet goes back in history (useBackClose): let that land before navigating.
  await settle(page)

  // The shareable summary, its QR sheet, and the link opened as the read-only shared view.
  await page.goto(`/p/${profileId}/summary`)
  await page.getByTestId('summary-card').waitFor()
  await shot(page, tag, 'summary')
  await page.getByTestId('show-qr').click()
  await page.getByTestId('qr-sheet').getByTestId('qr-code').waitFor()
  await shot(page, tag, 'qr', false)
  await page.keyboard.press('Escape')
  await settle(page)
  const link = await page
    .getByTestId('text-preview')
    .evaluate((el) => /https?:\/\/\S+\/s#[\w-]+/.exec(el.textContent ?? '')?.[0] ?? '')
  await page.goto(link)
  await page.getByTestId('read-only').waitFor()
  await shot(page, tag, 'shared')

  await page.goto('/profiles')
  await shot(page, tag, 'profiles')

  // The round in the year the app is used (issue 13): the device's own date (after 2024-08-21), so
  // the 2024 round is over; home offers the projection, which has its own results and checklist.
  await page.goto('/')
  await page.getByTestId('home-to-projection').waitFor()
  await shot(page, tag, 'home-round-over', false)
  await page.getByTestId('home-to-projection').click()
  await page.waitForURL(/\/projection$/)
  await settle(page)
  await shot(page, tag, 'projection')
  await page.goto(`/p/${profileId}/projection-checklist`)
  await settle(page)
  await shot(page, tag, 'projection-checklist', false)
  await page.goto(`/p/${profileId}/timeline`)
  await settle(page)
  await shot(page, tag, 'timeline-round-over', false)

  // 200% zoom: half the CSS width at twice the device scale.
  {
    const zoom = await browser.newContext({
      viewport: { width: 195, height: 422 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: lang,
      baseURL: BASE,
      serviceWorkers: 'block',
      storageState: await context.storageState({ indexedDB: true }),
    })
    const z = await zoom.newPage()
    await z.goto(`/p/${profileId}/q/ce`)
    await shot(z, tag, 'zoom200-q-ce')
    await z.goto(`/p/${profileId}/results`)
    await shot(z, tag, 'zoom200-results')
    await zoom.close()
  }
  await shootChecklist(page, tag, profileId!)
  await context.close()
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true })
  const stop = await startPreview()
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  })
  try {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      console.log(lang)
      await run(browser, lang)
    }
  } finally {
    await browser.close()
    stop()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
