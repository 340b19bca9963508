/**
 * npm run bench — builds the app, measures it, and writes docs/BENCHMARKS.md with each figure beside
 * its budget:
 *   - gzip bytes of the initial JS and CSS and of each lazy chunk; the precache size
 *   - Lighthouse 12 mobile scores (median of 3 runs) with FCP, LCP, TBT, CLS, against `vite preview`,
 *     for the app's home screen and for the floor — the same prerendered home screen as one static
 *     HTML file, styles inlined, no script — alternately in one run, with the ratio
 *   - a repeat visit served by the service worker, offline: navigation to `/` → the first question
 *     page interactive, against the floor page's first paint served the same way (its own service worker)
 *   - assess() median time per call over the engine's case table
 *   - the longest share link over the case table (with a 40-character display name)
 * Times vary with the machine: they are measured here, never asserted in tests. Ports: BENCH_PORT
 * (default 4199) for the app and BENCH_PORT + 1 for the floor.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { copyFileSync, cpSync, existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir, cpus, loadavg } from 'node:os'
import { extname, join } from 'node:path'
import { chromium } from '@playwright/test'
import { bundleStats, htmlStats, INITIAL_GZIP_BUDGET, kb } from './lib/bundle-stats'
import { assess } from '../src/engine/assess'
import { RULE_PACKS } from '../src/policy/packs'
import { CASES, answersOf } from '../tests/unit/engine/cases'
import { buildSummary, encodeSummary, shareUrl } from '../src/share'

// The engine case table (tests/unit/engine/cases.ts) is written for the 2024 pack.
const pack = RULE_PACKS.find((p) => p.id === 'ningbo-2024-187')!

const PORT = Number(process.env.BENCH_PORT ?? 4199)
const ORIGIN = `http://localhost:${PORT}`
const FLOOR_PORT = PORT + 1
const FLOOR_ORIGIN = `http://127.0.0.1:${FLOOR_PORT}`
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const REPEAT_RUNS = Number(process.env.BENCH_REPEAT_RUNS ?? 5)
/** CPU slowdown for the repeat visit (Lighthouse's mobile preset simulates 4×). */
const REPEAT_CPU = 4
const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

function build() {
  const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' })
  if (r.status !== 0) throw new Error('vite build failed')
}

async function startPreview(outDir = 'dist', port = PORT): Promise<ChildProcess> {
  const p = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  })
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://localhost:${port}/`)
      if (r.ok) return p
    } catch {
      /* not up yet */
    }
    await new Promise((res) => setTimeout(res, 200))
  }
  throw new Error('preview server did not start')
}

/** A plain static server for the floor (no SPA fallback, no compression, like `vite preview`). */
function serveStatic(dir: string, port: number): Promise<Server> {
  const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
    '.txt': 'text/plain',
    '.png': 'image/png',
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path)
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(readFileSync(file))
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

function stop(p: ChildProcess | undefined) {
  try {
    if (p?.pid) process.kill(-p.pid, 'SIGTERM')
  } catch {
    /* gone */
  }
}

/**
 * The floor: the prerendered home screen (dist/index.html) as one static file — its stylesheets
 * inlined, every script, module preload and the manifest link removed — what a page of this content
 * can do. `assets/` is copied beside it (the CSS's font URLs), and a service worker of its own
 * (registered by the bench, not by the page) serves it offline for the repeat visit.
 */
function buildFloor(): string {
  const dir = mkdtempSync(join(tmpdir(), 'floor-'))
  let html = readFileSync('dist/index.html', 'utf8')
  html = html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+)"[^>]*>/g, (_m, href: string) => {
    const css = readFileSync(join('dist', href), 'utf8')
    return `<style>${css}</style>`
  })
  html = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(?:modulepreload|manifest)"[^>]*>/g, '')
    .replace(/ data-prerendered(?:-path)?="[^"]*"/g, '')
  if (/<script|modulepreload|rel="stylesheet"/.test(html)) throw new Error('floor: a script or stylesheet link is left')
  writeFileSync(join(dir, 'index.html'), html)
  cpSync('dist/assets', join(dir, 'assets'), { recursive: true })
  for (const f of ['favicon.svg', 'robots.txt']) copyFileSync(join('dist', f), join(dir, f))
  writeFileSync(
    join(dir, 'floor-sw.js'),
    `self.addEventListener('install', (e) => e.waitUntil(caches.open('floor').then((c) => c.addAll(['/'])).then(() => self.skipWaiting())))
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()))
self.addEventListener('fetch', (e) => e.respondWith(caches.match(e.request.mode === 'navigate' ? '/' : e.request).then((r) => r || fetch(e.request))))
`,
  )
  return dir
}

interface LhRun {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
}

async function lighthouseRuns(): Promise<{ app: LhRun[]; floor: LhRun[] }> {
  const runs = { app: [] as LhRun[], floor: [] as LhRun[] }
  for (let i = 0; i < RUNS; i++) {
    // Alternately, so that both see the same machine load.
    runs.app.push(await lighthouseRun(`${ORIGIN}/`, `app ${i + 1}`))
    runs.floor.push(await lighthouseRun(`${FLOOR_ORIGIN}/`, `floor ${i + 1}`))
  }
  return runs
}

async function lighthouseRun(url: string, label: string): Promise<LhRun> {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  {
    const userDataDir = mkdtempSync(join(tmpdir(), 'lh-'))
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME,
      userDataDir,
      chromeFlags: ['--headless=new', ...CHROME_FLAGS],
    })
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      const lhr = result!.lhr
      const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100)
      const num = (k: string) => lhr.audits[k]?.numericValue ?? Number.NaN
      const run: LhRun = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcp: num('first-contentful-paint'),
        lcp: num('largest-contentful-paint'),
        tbt: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
      }
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id)
      if (failing.length) console.log(`lighthouse ${label}: failing binary audits: ${failing.join(', ')}`)
      console.log(
        `lighthouse ${label}: perf ${run.performance}, LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms`,
      )
      return run
    } finally {
      await chrome.kill()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }
}

/**
 * A repeat visit, offline, served by the service worker, CPU slowed ${REPEAT_CPU}×: the app from
 * navigation to `/` until the first question page is interactive (the start button is tapped by the
 * page itself the moment it is enabled: no round trip to the bench), against the floor page's first
 * contentful paint. Milliseconds from the navigation's start, median of REPEAT_RUNS, alternately.
 */
async function repeatVisitOffline(): Promise<{ app: number[]; floor: number[] }> {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS })
  const out = { app: [] as number[], floor: [] as number[] }
  try {
    const appContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    const floorContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    // First visits: install the service workers, then reload so that the page is controlled.
    const first = await appContext.newPage()
    await first.goto(`${ORIGIN}/`)
    await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await first.reload()
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await first.close()
    const floorFirst = await floorContext.newPage()
    await floorFirst.goto(`${FLOOR_ORIGIN}/`)
    await floorFirst.evaluate(() =>
      navigator.serviceWorker.register('/floor-sw.js').then(() => navigator.serviceWorker.ready),
    )
    await floorFirst.reload()
    await floorFirst.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await floorFirst.close()
    await appContext.setOffline(true)
    await floorContext.setOffline(true)
    // A string, not a function: tsx would add helpers (__name) the page does not have.
    await appContext.addInitScript({
      content: `(function () {
        function tick() {
          var buttons = document.querySelectorAll('#main .card__actions button')
          var start = buttons[buttons.length - 1]
          if (location.pathname === '/' && start && !start.disabled && !start.dataset.clicked) {
            start.dataset.clicked = '1'
            start.click()
          }
          var next = document.querySelector('#main form button[type="submit"]')
          if (/\\/q\\//.test(location.pathname) && next && !next.disabled) {
            window.__interactive = performance.now()
            return
          }
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      })()`,
    })
    for (let i = 0; i < REPEAT_RUNS; i++) {
      const page = await appContext.newPage()
      const cdp = await appContext.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: REPEAT_CPU })
      await page.goto(`${ORIGIN}/`)
      await page.waitForFunction(
        () => (window as unknown as { __interactive?: number }).__interactive !== undefined,
        null,
        {
          timeout: 30_000,
        },
      )
      out.app.push(await page.evaluate(() => (window as unknown as { __interactive: number }).__interactive))
      await page.close()

      const floor = await floorContext.newPage()
      const floorCdp = await floorContext.newCDPSession(floor)
      await floorCdp.send('Emulation.setCPUThrottlingRate', { rate: REPEAT_CPU })
      await floor.goto(`${FLOOR_ORIGIN}/`)
      await floor.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0)
      const fromSw = await floor.evaluate(() => navigator.serviceWorker.controller !== null)
      if (!fromSw) throw new Error('floor: not served by its service worker')
      out.floor.push(await floor.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime))
      await floor.close()
    }
  } finally {
    await browser.close()
  }
  return out
}

function assessTiming() {
  const inputs = CASES.map(answersOf)
  for (let i = 0; i < 1000; i++) for (const a of inputs) assess(a, pack, { today: '2024-08-15' })
  const perCall: number[] = []
  for (let r = 0; r < 21; r++) {
    const t = performance.now()
    for (let i = 0; i < 100; i++) for (const a of inputs) assess(a, pack, { today: '2024-08-15' })
    perCall.push(((performance.now() - t) * 1000) / (100 * inputs.length))
  }
  return { cases: inputs.length, medianMicros: median(perCall) }
}

function longestLink() {
  const origin = 'https://zhicheng-self-check.example.com'
  // The longest name the summary keeps: 40 characters of 3 UTF-8 bytes each.
  const name = '宁波市某某检验检测研究院质量技术部张三同志的申报自查摘要二〇二四年版宁波市某某检验'.slice(0, 40)
  let best = { name: '', length: 0, payload: 0 }
  for (const c of CASES) {
    const a = assess(answersOf(c), pack, { today: '2024-08-15' })
    const done = new Set(a.checklist.filter((_, i) => i % 2 === 0).map((x) => x.id))
    const s = buildSummary(a, pack, { done }, { generatedOn: '2024-08-15', displayName: name })
    const payload = encodeSummary(s, pack)
    const url = shareUrl(origin, payload)
    if (url.length > best.length) best = { name: c.name, length: url.length, payload: payload.length }
  }
  return { origin, ...best }
}

const row = (what: string, value: string, budget: string, ok: boolean | null) =>
  `| ${what} | ${value} | ${budget} | ${ok === null ? '—' : ok ? 'within' : '**over**'} |`

async function main() {
  const loadBefore = loadavg()
  build()
  const stats = bundleStats('dist')
  const html = htmlStats('dist')
  const timing = assessTiming()
  const link = longestLink()
  const floorDir = buildFloor()
  let app: ChildProcess | undefined
  let floor: Server | undefined
  let lh: { app: LhRun[]; floor: LhRun[] }
  let repeat: { app: number[]; floor: number[] }
  try {
    app = await startPreview('dist', PORT)
    floor = await serveStatic(floorDir, FLOOR_PORT)
    lh = await lighthouseRuns()
    repeat = await repeatVisitOffline()
  } finally {
    stop(app)
    floor?.close()
    rmSync(floorDir, { recursive: true, force: true })
  }
  const loadAfter = loadavg()
  const m = (k: keyof LhRun, which: 'app' | 'floor' = 'app') => median(lh[which].map((r) => r[k]))
  const s2 = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  const lcpRatio = m('lcp') / m('lcp', 'floor')
  const fcpRatio = m('fcp') / m('fcp', 'floor')
  const repeatApp = median(repeat.app)
  const repeatFloor = median(repeat.floor)
  const repeatRatio = repeatApp / repeatFloor
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ')
  const lines: string[] = []
  lines.push('# Benchmarks', '')
  lines.push(
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version}, Debian Chromium, Lighthouse 12 mobile preset (simulated throttling) against \`vite preview\`. Load average (1 / 5 / 15 min) ${load(loadBefore)} before, ${load(loadAfter)} after: the machine is shared, so times here are noisier than on a quiet one. Times vary with the machine; only byte sizes are asserted in tests (\`tests/e2e/budget.spec.ts\`).`,
    '',
  )
  lines.push('| figure | measured | budget | |', '|---|---|---|---|')
  lines.push(
    row(
      'initial JS + CSS (gzip)',
      `${kb(stats.initialGzip.total)} (JS ${kb(stats.initialGzip.js)}, CSS ${kb(stats.initialGzip.css)})`,
      kb(INITIAL_GZIP_BUDGET),
      stats.initialGzip.total <= INITIAL_GZIP_BUDGET,
    ),
  )
  lines.push(row('prerendered HTML (gzip)', html.map((f) => `${f.file} ${kb(f.gzip)}`).join(', '), '—', null))
  lines.push(
    row(
      `Lighthouse performance (every one of ${lh.app.length} runs)`,
      lh.app.map((r) => r.performance).join(', '),
      '100',
      lh.app.every((r) => r.performance === 100),
    ),
  )
  lines.push(row('Lighthouse accessibility', String(m('accessibility')), '100', m('accessibility') === 100))
  lines.push(row('Lighthouse best practices', String(m('bestPractices')), '100', m('bestPractices') === 100))
  lines.push(row('Lighthouse SEO', String(m('seo')), '100', m('seo') === 100))
  lines.push(row('First Contentful Paint', s2(m('fcp')), '—', null))
  lines.push(row('Largest Contentful Paint', s2(m('lcp')), '≤ 2.0 s (aim 1.5)', m('lcp') <= 2000))
  lines.push(
    row(
      'LCP against the floor (same run)',
      `${lcpRatio.toFixed(2)}× (${s2(m('lcp'))} / ${s2(m('lcp', 'floor'))})`,
      '≤ 1.25×',
      lcpRatio <= 1.25,
    ),
  )
  lines.push(row('Total Blocking Time', `${Math.round(m('tbt'))} ms`, '≤ 50 ms', m('tbt') <= 50))
  lines.push(row('Cumulative Layout Shift', m('cls').toFixed(3), '≤ 0.01', m('cls') <= 0.01))
  lines.push(
    row(
      `repeat visit offline: first question interactive (median of ${repeat.app.length}, CPU ${REPEAT_CPU}×)`,
      `${Math.round(repeatApp)} ms = ${repeatRatio.toFixed(2)}× the floor's first paint (${Math.round(repeatFloor)} ms)`,
      '≤ 1.5×',
      repeatRatio <= 1.5,
    ),
  )
  lines.push(row(`assess() median per call (${timing.cases} cases)`, `${timing.medianMicros.toFixed(1)} µs`, '—', null))
  lines.push(
    row(
      'longest share link',
      `${link.length} characters (payload ${link.payload})`,
      '≤ 300 characters',
      link.length <= 300,
    ),
  )
  lines.push(row('precache', `${stats.precache.entries} entries, ${kb(stats.precache.bytes)}`, '—', null))
  lines.push('')
  lines.push(`Longest link: case “${link.name}”, 40-character display name, origin \`${link.origin}\`.`, '')
  lines.push(
    '## The app against the floor',
    '',
    "The **floor** is the app's own prerendered home screen (`dist/index.html`) saved as one static HTML file:",
    'its stylesheets inlined, every script, module preload and the manifest link removed. It is what a page of',
    'this content can do on the simulated network. The bench serves it with `vite preview` like the app and runs',
    "Lighthouse on the two alternately in one run, so both see the same machine. The app's home screen is",
    'prerendered at build time (scripts/prerender.ts) and hydrated by src/main.ts. Its HTML carries the screen, yet in',
    'these runs Chromium painted it only after the entry scripts had been evaluated (observed FCP after load): open.',
    '',
    `| | perf | FCP | LCP | TBT | CLS |`,
    '|---|---|---|---|---|---|',
    `| app (median of ${lh.app.length}) | ${m('performance')} | ${s2(m('fcp'))} | ${s2(m('lcp'))} | ${Math.round(m('tbt'))} ms | ${m('cls').toFixed(3)} |`,
    `| floor (median of ${lh.floor.length}) | ${m('performance', 'floor')} | ${s2(m('fcp', 'floor'))} | ${s2(m('lcp', 'floor'))} | ${Math.round(m('tbt', 'floor'))} ms | ${m('cls', 'floor').toFixed(3)} |`,
    `| app ÷ floor | | ${fcpRatio.toFixed(2)}× | ${lcpRatio.toFixed(2)}× | | |`,
    '',
    `**Repeat visit, offline.** After a first visit (service worker installed, page controlled), offline, CPU`,
    `slowed ${REPEAT_CPU}× (CDP), in Chromium: the app from the navigation to \`/\` until the first question page is`,
    'interactive (the start button is tapped by the page itself as soon as it is enabled, which is when the',
    'profiles have been read; a new profile is created; the question form is rendered with its Next button enabled),',
    "against the floor's first contentful paint, served by a service worker of its own from its cache.",
    '',
    '| run | app: first question interactive | floor: first paint |',
    '|---|---|---|',
    ...repeat.app.map((a, i) => `| ${i + 1} | ${Math.round(a)} ms | ${Math.round(repeat.floor[i]!)} ms |`),
    '',
  )
  lines.push(
    '## Lighthouse runs',
    '',
    '| run | page | perf | a11y | best | SEO | FCP | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|---|---|',
  )
  const lhRow = (r: LhRun, i: number, page: string) =>
    `| ${i + 1} | ${page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${s2(r.fcp)} | ${s2(r.lcp)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} |`
  lh.app.forEach((r, i) => {
    lines.push(lhRow(r, i, 'app'))
    lines.push(lhRow(lh.floor[i]!, i, 'floor'))
  })
  lines.push('', '## Initial files (gzip)', '', '| file | bytes | gzip |', '|---|---|---|')
  for (const f of stats.initial) lines.push(`| ${f.file.replace(/-[\w-]{8}\./, '.')} | ${f.bytes} | ${f.gzip} |`)
  lines.push('', '## Lazy chunks (gzip)', '', '| file | bytes | gzip |', '|---|---|---|')
  for (const f of stats.lazy) lines.push(`| ${f.file.replace(/-[\w-]{8}\./, '.')} | ${f.bytes} | ${f.gzip} |`)
  lines.push('')
  writeFileSync('docs/BENCHMARKS.md', lines.join('\n'))
  console.log(lines.slice(0, 24).join('\n'))
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
