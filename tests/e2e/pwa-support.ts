/**
 * Helpers for the offline / install / update e2e tests (pwa*.spec.ts).
 */
import { createServer, type Server } from 'node:http'
import { readFile, readdir, stat } from 'node:fs/promises'
import { extname, join, normalize, relative, sep } from 'node:path'
import { expect, type BrowserContext, type Page } from '@playwright/test'
import config from '../../playwright.config'

/** The Chromium binary and flags from playwright.config.ts (for contexts the test launches itself). */
export const LAUNCH = {
  executablePath: config.use?.launchOptions?.executablePath,
  args: config.use?.launchOptions?.args ?? [],
}

export const DIST = join(process.cwd(), 'dist')

/**
 * Waits until the service worker has installed (precache complete) and controls the page: the first
 * visit is not controlled in prompt mode, so this reloads once.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  if (await page.evaluate(() => navigator.serviceWorker.controller === null)) {
    await page.reload()
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

/** Records every request the pages and service workers of a context make. */
export function recordRequests(context: BrowserContext, page?: Page): { urls: string[]; fromServiceWorker: string[] } {
  const urls: string[] = []
  const fromServiceWorker: string[] = []
  context.on('request', (r) => {
    urls.push(r.url())
    if (r.serviceWorker()) fromServiceWorker.push(r.url())
  })
  page?.on('request', (r) => urls.push(r.url()))
  return { urls, fromServiceWorker }
}

/** URLs that go to an origin other than `appOrigin` (data: and blob: never leave the device). */
export function foreignUrls(urls: string[], appOrigin: string): string[] {
  return [...new Set(urls)].filter((url) => {
    const u = new URL(url)
    if (u.protocol === 'data:' || u.protocol === 'blob:') return false
    return u.origin !== appOrigin
  })
}

export interface PrecacheEntry {
  url: string
  revision: string | null
}

/** The precache manifest Workbox wrote into `sw.js`. */
export async function readPrecache(dist = DIST): Promise<PrecacheEntry[]> {
  const sw = await readFile(join(dist, 'sw.js'), 'utf8')
  const list = /precacheAndRoute\(\s*\[(.*?)\]/s.exec(sw)
  expect(list, 'sw.js has no precacheAndRoute([...])').not.toBeNull()
  const entries: PrecacheEntry[] = []
  for (const m of list![1]!.matchAll(/\{\s*url:\s*"([^"]+)"\s*,\s*revision:\s*(null|"[^"]*")\s*\}/g)) {
    entries.push({ url: m[1]!, revision: m[2] === 'null' ? null : m[2]!.slice(1, -1) })
  }
  return entries
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
  }
  return out.sort()
}

export async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

/**
 * A tiny static server for a build directory that can be swapped while it runs (the update test
 * serves build A, then build B at the same origin). Unknown paths get index.html, like a static host
 * with an SPA fallback. Nothing is cached, so the browser always sees the current build.
 */
export async function serveDirectory(
  initialRoot: string,
  port = 0,
): Promise<{
  origin: string
  setRoot: (root: string) => void
  close: () => Promise<void>
}> {
  let root = initialRoot
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      let file = normalize(join(root, path))
      if (!file.startsWith(root)) {
        res.writeHead(403).end()
        return
      }
      let body: Buffer
      try {
        if (path.endsWith('/')) throw new Error('directory')
        body = await readFile(file)
      } catch {
        file = join(root, 'index.html')
        body = await readFile(file)
      }
      res.writeHead(200, {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      })
      res.end(req.method === 'HEAD' ? undefined : body)
    })().catch(() => res.writeHead(500).end())
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no server address')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    setRoot: (next) => {
      root = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
