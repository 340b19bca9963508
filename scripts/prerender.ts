/**
 * Build-time prerender (a Vite plugin, used by vite.config.ts): the screens a first visitor lands on
 * arrive as HTML, painted before any JavaScript has run, and src/main.ts hydrates them.
 *
 *   index.html  home (`/`), Chinese, profiles not yet read (the card holds its line's place)
 *   s.html      the shared view's frame (`/s`) with its "reading the summary" line: the summary
 *               itself comes from the URL fragment, which never reaches a server
 *
 * How: after the client bundle is generated (and before vite-plugin-pwa lists the files for the
 * precache), a second Vite build of src/entry-server.ts for Node, with the same config and plugins,
 * is imported and renders each route with Vue's server renderer. The HTML goes into `<div id="app">`
 * (with `data-prerendered="<route name>"`, which main.ts checks) and the route's path into
 * `<html data-prerendered-path>` (which public/boot.js checks before the first paint). s.html also
 * links the CSS of the shared view's chunks, so its frame is styled from the first paint.
 *
 * Servers: `vite preview` answers `/s` with s.html by itself, the service worker too (Workbox's
 * `cleanURLs`), nginx by `try_files $uri.html` (deploy/nginx/zhicheng.conf.template).
 * `PRERENDER=0 vite build` skips it (an empty `<div id="app">`, rendered in the browser as before).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import type { Rollup } from 'vite'
import type { Rendered } from '../src/entry-server'

interface Page {
  /** The route, without the base path. */
  path: string
  /** The file written (next to index.html). */
  file: string
  /** Part of a chunk's module id: that chunk's CSS is linked from the page. */
  lazyComponent?: string
}

export const PRERENDERED: Page[] = [
  { path: '/', file: 'index.html' },
  { path: '/s', file: 's.html', lazyComponent: 'src/pages/SharedSummaryPage.vue' },
]

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The CSS files a chunk needs, through its static imports. */
function cssOf(bundle: Rollup.OutputBundle, chunk: Rollup.OutputChunk, seen = new Set<string>()): string[] {
  if (seen.has(chunk.fileName)) return []
  seen.add(chunk.fileName)
  const own = [
    ...((chunk as Rollup.OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ??
      []),
  ]
  const deps = chunk.imports.flatMap((f) => {
    const c = bundle[f]
    return c && c.type === 'chunk' ? cssOf(bundle, c, seen) : []
  })
  return [...own, ...deps]
}

export function fillTemplate(
  template: string,
  page: { html: string; name: string; title: string; path: string; css: string[] },
): string {
  let out = template
  const container = '<div id="app"></div>'
  if (!out.includes(container)) throw new Error('prerender: index.html has no empty <div id="app"></div>')
  out = out.replace(container, () => `<div id="app" data-prerendered="${escapeHtml(page.name)}">${page.html}</div>`)
  out = out.replace(
    /<html\b([^>]*)>/,
    (_m, attrs: string) => `<html${attrs} data-prerendered-path="${escapeHtml(page.path)}">`,
  )
  out = out.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
  if (page.css.length) {
    const links = page.css
      .map((href) => `<link rel="stylesheet" crossorigin href="${escapeHtml(href)}">`)
      .join('\n    ')
    out = out.replace('</head>', () => `  ${links}\n  </head>`)
  }
  return out
}

export function prerender(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(c) {
      config = c
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        if (config.build.ssr || process.env.PRERENDER === '0') return
        const index = bundle['index.html'] as Rollup.OutputAsset | undefined
        if (!index || index.type !== 'asset') throw new Error('prerender: no index.html in the bundle')
        const template = String(index.source)
        const outDir = mkdtempSync(join(tmpdir(), 'prerender-'))
        try {
          await build({
            configFile: config.configFile,
            root: config.root,
            mode: config.mode,
            logLevel: 'warn',
            ssr: { noExternal: true },
            build: {
              ssr: resolve(config.root, 'src/entry-server.ts'),
              outDir,
              emptyOutDir: true,
              copyPublicDir: false,
              minify: false,
              sourcemap: false,
              rollupOptions: { output: { entryFileNames: 'entry-server.mjs' } },
            },
          })
          const { render } = (await import(pathToFileURL(join(outDir, 'entry-server.mjs')).href)) as {
            render: (path: string) => Promise<Rendered>
          }
          for (const page of PRERENDERED) {
            const rendered = await render(page.path)
            let css: string[] = []
            if (page.lazyComponent) {
              const chunk = Object.values(bundle).find(
                (c): c is Rollup.OutputChunk => c.type === 'chunk' && !!c.facadeModuleId?.endsWith(page.lazyComponent!),
              )
              if (!chunk) throw new Error(`prerender: no chunk for ${page.lazyComponent}`)
              const linked = new Set([...template.matchAll(/href="([^"]+\.css)"/g)].map((m) => m[1]!))
              css = [...new Set(cssOf(bundle, chunk))].map((f) => config.base + f).filter((h) => !linked.has(h))
            }
            const html = fillTemplate(template, {
              ...rendered,
              path: config.base + page.path.slice(1),
              css,
            })
            if (page.file === 'index.html') index.source = html
            else this.emitFile({ type: 'asset', fileName: page.file, source: html })
          }
        } finally {
          rmSync(outDir, { recursive: true, force: true })
        }
      },
    },
  }
}
