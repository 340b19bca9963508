/**
 * The app as a host serves it: Debian's nginx with the snippet from deploy/ (rendered by
 * deploy/render-nginx.sh, as docs/deploy.md tells a host), at the root and under a sub-path
 * (`BASE_PATH=/zhicheng/`). Headers one by one, caching, types, compression, the SPA fallback versus
 * real 404s, the service worker's scope, offline, and an update from build A to build B.
 *
 * Each base is one serial group (one worker): its builds are made once. At the root, build A is the
 * `dist/` that `npm run test:e2e` has just built; everything else is built here.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { expect, test as base, type Page } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { completeQuestions, ENGINEER_NORMAL, goToResults, profileIdOf } from '../e2e/flows'
import { DIST, waitForServiceWorkerControl } from '../e2e/pwa-support'
import { BROTLI_MODULE, NGINX_PORT, startNginx, viteBuild, type NginxServer } from './nginx-server'

const PACKAGE_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
const IMMUTABLE = 'public, max-age=31536000, immutable'
const APP_NAME = '职称申报自评助手'

interface Site {
  server: NginxServer
  /** Build A (served first) and B (the next version), with their versions. */
  a: string
  b: string
  versionA: string
  versionB: string
}

/** `directive → sources` of a CSP string. */
function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) out.set(name.toLowerCase(), sources)
  }
  return out
}

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers, redirect: 'manual' })
  const body = Buffer.from(await response.arrayBuffer())
  return { status: response.status, headers: response.headers, body }
}

/** Raw bytes of a response without letting fetch() decode it (to see what nginx sent). */
async function rawEncoded(url: string, encoding: string): Promise<{ encoding: string | null; bytes: Buffer }> {
  const { request } = await import('node:http')
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          encoding: (res.headers['content-encoding'] as string | undefined) ?? null,
          bytes: Buffer.concat(chunks),
        }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

async function expectAppLoaded(page: Page) {
  await expect(page.getByRole('banner')).toBeVisible()
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
}

const SITES = [
  { base: '/', port: NGINX_PORT, versionA: PACKAGE_VERSION, versionB: '9.9.9-nginx-root-b' },
  { base: '/zhicheng/', port: NGINX_PORT + 1, versionA: '0.0.1-nginx-sub-a', versionB: '0.0.2-nginx-sub-b' },
] as const

for (const spec of SITES) {
  const test = base.extend<object, { site: Site }>({
    site: [
      // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring, even when empty
      async ({}, use) => {
        const dir = await mkdtemp(join(tmpdir(), 'nginx-builds-'))
        try {
          const a = spec.base === '/' ? DIST : join(dir, 'a')
          const b = join(dir, 'b')
          await Promise.all([
            spec.base === '/' ? Promise.resolve() : viteBuild(a, { APP_VERSION: spec.versionA, BASE_PATH: spec.base }),
            viteBuild(b, { APP_VERSION: spec.versionB, BASE_PATH: spec.base }),
          ])
          const server = await startNginx({ build: a, base: spec.base, port: spec.port })
          try {
            await use({ server, a, b, versionA: spec.versionA, versionB: spec.versionB })
          } finally {
            await server.stop()
          }
        } finally {
          await rm(dir, { recursive: true, force: true })
        }
      },
      { scope: 'worker', timeout: 180_000 },
    ],
  })

  test.describe(`nginx, app at ${spec.base}`, () => {
    test.describe.configure({ mode: 'serial' })

    test('headers, caching, types and precompression, file by file', async ({ site }) => {
      const { appUrl } = site.server
      const indexHtml = await readFile(join(site.a, 'index.html'), 'utf8')
      const metaCsp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)![1]!
      const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(indexHtml)![1]!
      const sheet = /<link rel="stylesheet" crossorigin href="([^"]+)"/.exec(indexHtml)![1]!
      expect(entry.startsWith(`${spec.base}assets/`), entry).toBe(true)
      const manifest = JSON.parse(await readFile(join(site.a, 'manifest.webmanifest'), 'utf8')) as {
        id: string
        scope: string
        start_url: string
        icons: { src: string }[]
      }

      const origin = site.server.origin
      const cases: { path: string; type: RegExp; cache: string | null }[] = [
        { path: spec.base, type: /^text\/html/, cache: 'no-cache' },
        { path: `${spec.base}index.html`, type: /^text\/html/, cache: 'no-cache' },
        { path: `${spec.base}settings`, type: /^text\/html/, cache: 'no-cache' },
        { path: `${spec.base}p/abc123/results`, type: /^text\/html/, cache: 'no-cache' },
        { path: `${spec.base}s`, type: /^text\/html/, cache: 'no-cache' },
        { path: `${spec.base}sw.js`, type: /^application\/javascript/, cache: 'no-cache' },
        { path: `${spec.base}manifest.webmanifest`, type: /^application\/manifest\+json$/, cache: 'no-cache' },
        { path: `${spec.base}icon-192.png`, type: /^image\/png$/, cache: 'no-cache' },
        { path: `${spec.base}favicon.svg`, type: /^image\/svg\+xml$/, cache: 'no-cache' },
        { path: `${spec.base}robots.txt`, type: /^text\/plain/, cache: 'no-cache' },
        { path: entry, type: /^application\/javascript/, cache: IMMUTABLE },
        { path: sheet, type: /^text\/css/, cache: IMMUTABLE },
        // Missing files: real 404s (never the app shell), never cached.
        { path: `${spec.base}assets/index-00000000.js`, type: /^text\/html/, cache: null },
        { path: `${spec.base}icon-999.png`, type: /^text\/html/, cache: null },
      ]
      const shell = await get(origin + spec.base)
      expect(shell.body.toString()).toContain('data-prerendered="home"')
      const sharedFrame = await readFile(join(site.a, 's.html'))
      expect(sharedFrame.toString()).toContain('data-prerendered="shared"')
      for (const c of cases) {
        const r = await get(origin + c.path)
        const missing = c.cache === null
        expect(r.status, c.path).toBe(missing ? 404 : 200)
        expect(r.headers.get('content-type'), c.path).toMatch(c.type)
        expect(r.headers.get('cache-control'), c.path).toBe(c.cache)
        if (missing) expect(r.body.toString(), c.path).not.toContain('<div id="app">')
        // Every route gets the app shell (home prerendered), but the share link /s: the shared view's frame.
        if (c.path === `${spec.base}s`) expect(r.body.equals(sharedFrame), c.path).toBe(true)
        else if (c.type.source.includes('html') && !missing) expect(r.body.equals(shell.body), c.path).toBe(true)

        // Security headers on every response, 404s included.
        const csp = r.headers.get('content-security-policy')
        expect(csp, c.path).toBeTruthy()
        const header = parseCsp(csp!)
        expect(header.get('frame-ancestors'), c.path).toEqual(["'none'"])
        // Equal to or stricter than the <meta> CSP: every directive there is here, with no source added.
        for (const [name, sources] of parseCsp(metaCsp)) {
          const here = header.get(name)
          expect(here, `${c.path}: ${name}`).toBeDefined()
          for (const s of here!) expect(sources, `${c.path}: ${name} ${s}`).toContain(s)
        }
        expect(r.headers.get('x-frame-options'), c.path).toBe('DENY')
        expect(r.headers.get('referrer-policy'), c.path).toBe('no-referrer')
        expect(r.headers.get('x-content-type-options'), c.path).toBe('nosniff')
        const permissions = r.headers.get('permissions-policy') ?? ''
        for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
          expect(permissions, `${c.path}: ${feature}`).toContain(`${feature}=()`)
        expect(permissions, 'Web Share stays allowed').not.toContain('web-share')
        expect(r.headers.get('server'), c.path).toBe('nginx') // server_tokens off: no version
      }

      // The sub-path without its slash is redirected to it (relative Location: right behind a proxy too).
      if (spec.base !== '/') {
        const r = await get(origin + spec.base.replace(/\/$/, ''))
        expect(r.status).toBe(301)
        expect(r.headers.get('location')).toBe(spec.base)
      }

      // The manifest: id, scope and start_url are the base; every icon resolves beside it.
      expect(manifest.id).toBe(spec.base)
      expect(manifest.scope).toBe(spec.base)
      expect(manifest.start_url).toBe(spec.base)
      for (const icon of manifest.icons) {
        const url = new URL(icon.src, `${appUrl}manifest.webmanifest`)
        expect(url.pathname.startsWith(spec.base), url.href).toBe(true)
        const r = await get(url.href)
        expect(r.status, url.href).toBe(200)
        expect(r.headers.get('content-type'), url.href).toBe('image/png')
      }

      // Precompressed: nginx sends the build's own .br / .gz (byte for byte), and says it varies.
      const file = await readFile(join(site.a, entry.slice(spec.base.length)))
      const gz = await rawEncoded(origin + entry, 'gzip')
      expect(gz.encoding).toBe('gzip')
      expect(gz.bytes.equals(await readFile(join(site.a, `${entry.slice(spec.base.length)}.gz`)))).toBe(true)
      expect(gunzipSync(gz.bytes).equals(file)).toBe(true)
      const plain = await rawEncoded(origin + entry, 'identity')
      expect(plain.encoding).toBeNull()
      expect(plain.bytes.equals(file)).toBe(true)
      expect((await get(origin + entry, { 'accept-encoding': 'gzip' })).headers.get('vary')).toBe('Accept-Encoding')
      if (existsSync(BROTLI_MODULE)) {
        const br = await rawEncoded(origin + entry, 'br, gzip')
        expect(br.encoding).toBe('br')
        expect(br.bytes.equals(await readFile(join(site.a, `${entry.slice(spec.base.length)}.br`)))).toBe(true)
        console.info(`[nginx] ${entry}: ${file.length} B, gzip ${gz.bytes.length} B, brotli ${br.bytes.length} B`)
      } else {
        console.info(`[nginx] no brotli_static module (${BROTLI_MODULE}): gzip only`)
      }
      expect(await site.server.errorLog()).not.toMatch(/\[(?:emerg|alert|crit)\]/)
    })

    test('the page cannot be framed (frame-ancestors)', async ({ page, site }) => {
      const refused = page.waitForEvent('console', {
        predicate: (m) => /frame-ancestors/.test(m.text()),
        timeout: 10_000,
      })
      await page.setContent(`<iframe src="${site.server.appUrl}" title="x"></iframe>`)
      expect((await refused).text()).toContain("frame-ancestors 'none'")
    })

    test('deep links and the share path open the app; the service worker installs at the base and works offline', async ({
      page,
      context,
      site,
    }) => {
      test.slow()
      const { appUrl } = site.server
      for (const path of ['settings', 'p/nobody/results', 's#AAAA', 'profiles']) {
        await page.goto(appUrl + path)
        await expectAppLoaded(page)
      }
      // Assets load from under the base: the app booted from the sub-path's own files.
      await page.goto(appUrl)
      await expect(page.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible()
      await waitForServiceWorkerControl(page)
      const registration = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration()
        return { scope: r?.scope, script: r?.active?.scriptURL }
      })
      expect(registration).toEqual({ scope: appUrl, script: `${appUrl}sw.js` })

      await context.setOffline(true)
      await page.reload()
      await expect(page.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible()
      await expect(page.getByTestId('network-status')).toContainText('离线')
      for (const path of ['settings', 'p/nobody/results', 's#AAAA', 'no/such/page']) {
        await page.goto(appUrl + path)
        await expectAppLoaded(page)
      }
      // Under a sub-path, "no such page" goes to the app's home at the base, not the host's root.
      await expect(page).toHaveURL(appUrl)
      await context.setOffline(false)
    })

    if (spec.base !== '/') {
      test('under the sub-path: routes, the share link and its QR code carry the base', async ({
        page,
        browser,
        site,
      }) => {
        test.slow() // a whole self-check, then a second browser
        const { appUrl } = site.server
        await page.goto(appUrl)
        await page.getByRole('button', { name: '开始自查' }).click()
        await expect(page).toHaveURL(new RegExp(`^${appUrl}p/[^/]+/q/track$`))
        await completeQuestions(page, ENGINEER_NORMAL)
        await goToResults(page)
        const id = profileIdOf(page)
        expect(new URL(page.url()).pathname).toBe(`${spec.base}p/${id}/results`)
        await page.getByTestId('to-summary').click()
        await expect(page).toHaveURL(`${appUrl}p/${id}/summary`)
        const preview = page.getByTestId('text-preview')
        await expect(preview).toContainText(`${appUrl}s#`)
        const text = (await preview.textContent()) ?? ''
        const link = text.slice(text.indexOf(`${appUrl}s#`)).split(/\s/)[0]!
        expect(link, text).toMatch(/#[A-Za-z0-9_-]{20,}$/)

        await page.getByTestId('show-qr').click()
        const qr = page.getByTestId('qr-sheet').getByTestId('qr-code')
        await expect(qr).toBeVisible()
        const img = PNG.sync.read(await qr.screenshot())
        expect(jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data).toBe(link)

        // Someone opens the link (no data, no service worker yet): the shared view, at the base.
        const other = await browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN' })
        try {
          const viewer = await other.newPage()
          await viewer.goto(link)
          await expect(viewer.getByTestId('read-only')).toBeVisible()
          await expect(viewer.getByTestId('summary-card')).toBeVisible()
          await expect(viewer.getByTestId('make-own')).toHaveAttribute('href', spec.base)
        } finally {
          await other.close()
        }
      })
    }

    test('an update from build A to build B reaches the user', async ({ page, site }) => {
      test.slow()
      const { appUrl } = site.server
      await site.server.setBuild(site.a)
      await page.goto(`${appUrl}settings`)
      await waitForServiceWorkerControl(page)
      const version = page.getByTestId('app-version')
      const prompt = page.getByTestId('update-prompt')
      await expect(version).toHaveText(`版本 ${site.versionA}`)

      // Build B is deployed over A. A's hashed chunks are gone from the server (404, not HTML), but
      // the running version keeps working from its precache.
      await site.server.setBuild(site.b)
      const moduleEntry = /<script type="module"[^>]*src="([^"]+\.js)"/
      const entryA = moduleEntry.exec(await readFile(join(site.a, 'index.html'), 'utf8'))![1]!
      const entryB = moduleEntry.exec(await readFile(join(site.b, 'index.html'), 'utf8'))![1]!
      if (entryA !== entryB) expect((await get(site.server.origin + entryA)).status).toBe(404)

      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        await registration!.update()
      })
      await expect(prompt).toContainText('有新版本可用', { timeout: 15_000 })
      await prompt.getByRole('button', { name: '更新' }).click()
      await expect(version).toHaveText(`版本 ${site.versionB}`, { timeout: 15_000 })
      await expect(prompt).toBeEmpty()
      // A fresh load is B as well (index.html and sw.js were not served from any HTTP cache).
      await page.reload()
      await expect(version).toHaveText(`版本 ${site.versionB}`)
    })
  })
}

base('render-nginx.sh refuses a base path that is not a plain path, and normalises slashes', () => {
  const render = (...a: string[]) =>
    spawnSync('bash', ['deploy/render-nginx.sh', ...a, '--root', '/srv/www', '--brotli', 'off'], { encoding: 'utf8' })
  for (const bad of ['/../x/', '/a b/', '/a;b/', '/a{b}/', '/中文/']) {
    const r = render('--base', bad)
    expect(r.status, bad).toBe(2)
    expect(r.stderr, bad).toContain('--base must be a plain path')
  }
  const ok = render('--base', 'zhicheng')
  expect(ok.status).toBe(0)
  expect(ok.stdout).toContain('location ^~ /zhicheng/ {')
  expect(ok.stdout).toContain('location = /zhicheng {')
  expect(ok.stdout).not.toContain('brotli_static')
  expect(ok.stdout).not.toMatch(/@[A-Z_]+@/)
})
