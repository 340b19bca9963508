/**
 * npm run bench — builds the app, measures it, and writes docs/BENCHMARKS.md with each figure beside
 * its budget:
 *   - gzip bytes of the initial JS and CSS and of each lazy chunk; the precache size
 *   - Lighthouse 12 mobile scores (median of 3 runs) with FCP, LCP, TBT, CLS, against `vite preview`
 *   - assess() median time per call over the engine's case table
 *   - the longest share link over the case table (with a 40-character display name)
 * Times vary with the machine: they are measured here, never asserted in tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir, cpus } from 'node:os'
import { join } from 'node:path'
import { bundleStats, INITIAL_GZIP_BUDGET, kb } from './lib/bundle-stats'
import { assess } from '../src/engine/assess'
import { RULE_PACKS } from '../src/policy/packs'
import { CASES, answersOf } from '../tests/unit/engine/cases'
import { buildSummary, encodeSummary, shareUrl } from '../src/share'

// The engine case table (tests/unit/engine/cases.ts) is written for the 2024 pack.
const pack = RULE_PACKS.find((p) => p.id === 'ningbo-2024-187')!

const PORT = 4199
const ORIGIN = `http://localhost:${PORT}`
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const RUNS = Number(process.env.BENCH_RUNS ?? 3)

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

function build() {
  const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' })
  if (r.status !== 0) throw new Error('vite build failed')
}

async function startPreview(): Promise<ChildProcess> {
  const p = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  })
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(ORIGIN)
      if (r.ok) return p
    } catch {
      /* not up yet */
    }
    await new Promise((res) => setTimeout(res, 200))
  }
  throw new Error('preview server did not start')
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

async function lighthouseRuns(): Promise<LhRun[]> {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const runs: LhRun[] = []
  for (let i = 0; i < RUNS; i++) {
    const userDataDir = mkdtempSync(join(tmpdir(), 'lh-'))
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME,
      userDataDir,
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    try {
      const result = await lighthouse(`${ORIGIN}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      const lhr = result!.lhr
      const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100)
      const num = (k: string) => lhr.audits[k]?.numericValue ?? Number.NaN
      runs.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcp: num('first-contentful-paint'),
        lcp: num('largest-contentful-paint'),
        tbt: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
      })
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id)
      if (failing.length) console.log(`lighthouse run ${i + 1}: failing binary audits: ${failing.join(', ')}`)
    } finally {
      await chrome.kill()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }
  return runs
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
  build()
  const stats = bundleStats('dist')
  const timing = assessTiming()
  const link = longestLink()
  const server = await startPreview()
  let lh: LhRun[] = []
  try {
    lh = await lighthouseRuns()
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      /* gone */
    }
  }
  const m = (k: keyof LhRun) => median(lh.map((r) => r[k]))
  const lines: string[] = []
  lines.push('# Benchmarks', '')
  lines.push(
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version}, Debian Chromium, Lighthouse 12 mobile preset (simulated throttling) against \`vite preview\`. Times vary with the machine; only byte sizes are asserted in tests (\`tests/e2e/budget.spec.ts\`).`,
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
  lines.push(
    row(
      `Lighthouse performance (median of ${lh.length})`,
      String(m('performance')),
      '≥ 95 (aim 100)',
      m('performance') >= 95,
    ),
  )
  lines.push(row('Lighthouse accessibility', String(m('accessibility')), '100', m('accessibility') === 100))
  lines.push(row('Lighthouse best practices', String(m('bestPractices')), '100', m('bestPractices') === 100))
  lines.push(row('Lighthouse SEO', String(m('seo')), '100', m('seo') === 100))
  lines.push(row('First Contentful Paint', `${(m('fcp') / 1000).toFixed(2)} s`, '—', null))
  lines.push(
    row('Largest Contentful Paint', `${(m('lcp') / 1000).toFixed(2)} s`, '≤ 2.0 s (aim 1.5)', m('lcp') <= 2000),
  )
  lines.push(row('Total Blocking Time', `${Math.round(m('tbt'))} ms`, '—', null))
  lines.push(row('Cumulative Layout Shift', m('cls').toFixed(3), '—', null))
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
    "**Margin.** LCP is the home screen's first paint (one paint with FCP in a real browser; Lighthouse's",
    'simulation adds the CPU work before it ×4). While it was being tuned on this 2-core machine, medians ranged',
    '1.94–2.10 s between sessions: the 2.0 s budget holds with little margin. The next step, if it slips, is',
    'to load Dexie after the first paint (the home card already waits for the profiles).',
    '',
  )
  lines.push(
    '## Lighthouse runs',
    '',
    '| run | perf | a11y | best | SEO | FCP | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|---|',
  )
  lh.forEach((r, i) =>
    lines.push(
      `| ${i + 1} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.fcp / 1000).toFixed(2)} s | ${(r.lcp / 1000).toFixed(2)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} |`,
    ),
  )
  lines.push('', '## Initial files (gzip)', '', '| file | bytes | gzip |', '|---|---|---|')
  for (const f of stats.initial) lines.push(`| ${f.file.replace(/-[\w-]{8}\./, '.')} | ${f.bytes} | ${f.gzip} |`)
  lines.push('', '## Lazy chunks (gzip)', '', '| file | bytes | gzip |', '|---|---|---|')
  for (const f of stats.lazy) lines.push(`| ${f.file.replace(/-[\w-]{8}\./, '.')} | ${f.bytes} | ${f.gzip} |`)
  lines.push('')
  writeFileSync('docs/BENCHMARKS.md', lines.join('\n'))
  console.log(lines.slice(0, 18).join('\n'))
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
