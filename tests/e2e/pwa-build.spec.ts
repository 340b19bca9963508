/**
 * Checks of the built app (dist/, which `npm run test:e2e` builds first): what the service worker
 * precaches, the web manifest, and the security rules a static build can carry (strict CSP, no inline
 * script, no eval). No browser needed; these run in a second.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { cspOfHtml, cspProblems, EVAL_PATTERNS, inlineScripts } from '../unit/pwa/policy'
import { DIST, fileSize, listFiles, readPrecache } from './pwa-support'

/** The service worker's own files: not precached (the browser keeps them itself). */
const SW_FILES = /^(?:sw\.js|workbox-[\w-]+\.js)$/
/** The build's precompressed copies (x.js.gz, x.js.br) for the web server: never fetched by the app itself. */
const PRECOMPRESSED = /\.(?:gz|br)$/

test.describe('the build', () => {
  test('index.html carries the strict CSP, no inline script, and no-referrer', async () => {
    const html = await readFile(join(DIST, 'index.html'), 'utf8')
    const csp = cspOfHtml(html)
    expect(csp, 'dist/index.html has no CSP meta tag').not.toBeNull()
    expect(cspProblems(csp!)).toEqual([])
    expect(
      inlineScripts(html),
      'inline <script> in dist/index.html (vite-plugin-pwa injectRegister must stay false)',
    ).toEqual([])
    expect(html).toMatch(/<meta name="referrer" content="no-referrer"/)
    expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/)
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-touch-icon\.png"/)
    // Nothing in the page's markup points at another origin.
    expect(html.match(/(?:src|href)="(?:https?:)?\/\/[^"]*"/g) ?? []).toEqual([])
  })

  test('no built script uses eval( or new Function(', async () => {
    const scripts = (await listFiles(DIST)).filter((f) => f.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(2)
    const offenders: string[] = []
    for (const file of scripts) {
      const code = await readFile(join(DIST, file), 'utf8')
      for (const pattern of EVAL_PATTERNS) {
        const m = pattern.exec(code)
        if (m) offenders.push(`${file}: …${code.slice(Math.max(0, m.index - 60), m.index + 40)}…`)
      }
    }
    expect(offenders, offenders.join('\n')).toEqual([])
  })

  test('no built stylesheet loads anything from another origin', async () => {
    const sheets = (await listFiles(DIST)).filter((f) => f.endsWith('.css'))
    for (const file of sheets) {
      const css = await readFile(join(DIST, file), 'utf8')
      expect(css.match(/url\(\s*["']?(?:https?:)?\/\/[^)]*\)/g) ?? [], file).toEqual([])
      expect(css.match(/@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//g) ?? [], file).toEqual([])
    }
  })

  test('the service worker precaches every file of the app, once, all same-origin', async () => {
    const entries = await readPrecache()
    const urls = entries.map((e) => e.url)
    expect(
      urls.filter((u, i) => urls.indexOf(u) !== i),
      'duplicate precache entries',
    ).toEqual([])
    expect(
      urls.filter((u) => /^(?:[a-z]+:)?\/\//i.test(u)),
      'precache URLs on another origin',
    ).toEqual([])

    const files = (await listFiles(DIST)).filter(
      (f) => !SW_FILES.test(f.replace(PRECOMPRESSED, '')) && !PRECOMPRESSED.test(f),
    )
    // Every JS/CSS chunk (lazy routes included), icons, index.html, the manifest: nothing left out,
    // e.g. by Workbox's 2 MiB per-file limit or a file type missing from globPatterns.
    expect(
      files.filter((f) => !urls.includes(f)),
      'built files the service worker does not precache',
    ).toEqual([])
    expect(
      urls.filter((u) => !files.includes(u)),
      'precached URLs with no file',
    ).toEqual([])
    for (const must of ['index.html', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png', 'apple-touch-icon.png']) {
      expect(urls).toContain(must)
    }
    expect(files.filter((f) => f.startsWith('assets/') && f.endsWith('.js')).length).toBeGreaterThan(2)

    // SPA fallback: any navigation (deep link, /s#…) is answered with the precached index.html.
    const sw = await readFile(join(DIST, 'sw.js'), 'utf8')
    expect(sw).toMatch(/NavigationRoute\(\s*\w+\.createHandlerBoundToURL\("index\.html"\)/)
    // Prompt mode: a new version waits until the page sends SKIP_WAITING (the user pressed 更新);
    // it never takes over open pages by itself.
    expect(sw).toMatch(/SKIP_WAITING/)
    expect(sw).not.toMatch(/clientsClaim\(\)/)

    let bytes = 0
    for (const u of urls) bytes += await fileSize(join(DIST, u))
    const note = `precache: ${entries.length} entries, ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB)`
    test.info().annotations.push({ type: 'precache', description: note })
    console.log(note)
  })

  test('the web manifest makes the app installable, in Chinese', async () => {
    const manifest = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8')) as Record<
      string,
      unknown
    > & {
      icons: { src: string; sizes: string; type: string; purpose?: string }[]
    }
    expect(manifest).toMatchObject({
      name: '职称申报自评助手',
      short_name: '职称自评',
      lang: 'zh-CN',
      display: 'standalone',
      id: '/',
      start_url: '/',
      scope: '/',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      description: expect.stringMatching(/离线/),
    })
    const html = await readFile(join(DIST, 'index.html'), 'utf8')
    expect(html).toContain(`<meta name="theme-color" content="${String(manifest.theme_color)}"`)

    // Each icon exists and is the size it claims (PNG IHDR), including a maskable 512.
    const icons = [...manifest.icons, { src: '/apple-touch-icon.png', sizes: '180x180', type: 'image/png' }]
    for (const icon of icons) {
      const png = await readFile(join(DIST, icon.src))
      expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG')
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes)
    }
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true)
  })
})
