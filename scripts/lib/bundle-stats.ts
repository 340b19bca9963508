/**
 * Byte figures of a build in `dist/`: gzip sizes of the initial JS and CSS (everything index.html loads
 * or preloads) and of each lazy chunk, and the service worker's precache list. Deterministic, so the
 * initial-bytes budget can be a test; times belong in the benchmark.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface FileStat {
  file: string
  bytes: number
  gzip: number
}

export interface BundleStats {
  initial: FileStat[]
  initialGzip: { js: number; css: number; total: number }
  lazy: FileStat[]
  precache: { entries: number; bytes: number }
}

/** The budget for the initial JS + CSS, gzip (issue: ≤ 130 KB). */
export const INITIAL_GZIP_BUDGET = 130 * 1024

function stat(dist: string, file: string): FileStat {
  const buf = readFileSync(join(dist, file))
  return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length }
}

export function bundleStats(dist = 'dist'): BundleStats {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const refs = new Set<string>()
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)) refs.add(m[1]!)
  const initial = [...refs].sort().map((f) => stat(dist, f))
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`)
  const lazy = all
    .filter((f) => !refs.has(f))
    .sort()
    .map((f) => stat(dist, f))
  const js = initial.filter((s) => s.file.endsWith('.js')).reduce((n, s) => n + s.gzip, 0)
  const css = initial.filter((s) => s.file.endsWith('.css')).reduce((n, s) => n + s.gzip, 0)

  // The precache manifest inside sw.js: [{url:"…",revision:…}, …]
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!)
  let bytes = 0
  for (const u of urls) {
    try {
      bytes += statSync(join(dist, u)).size
    } catch {
      /* a URL that is not a file (e.g. a navigation route) */
    }
  }
  return { initial, initialGzip: { js, css, total: js + css }, lazy, precache: { entries: urls.length, bytes } }
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

/** The prerendered pages (scripts/prerender.ts): index.html (home) and s.html (the shared view's frame). */
export function htmlStats(dist = 'dist'): FileStat[] {
  return ['index.html', 's.html'].map((f) => stat(dist, f))
}
