/// <reference types="vitest/config" />
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve as resolvePath } from 'node:path'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { VantResolver } from '@vant/auto-import-resolver'
import { VitePWA } from 'vite-plugin-pwa'
import { basePath } from './deploy/base-path'
import { prerender } from './scripts/prerender'

/**
 * Vant's icon font is inlined in its CSS as a data: woff2 (≈ 30 KB gzip of base64 that every page
 * would pay before first paint), with a fallback to `//at.alicdn.com/…woff`. This app makes no
 * third-party requests and keeps its first paint small, so:
 *  - the remote fallback is cut out (the build fails if a Vant upgrade leaves a remote URL);
 *  - the inlined font is served as a file of our own, `src/assets/fonts/vant-icon.woff2`, written from
 *    Vant's CSS whenever it differs (so it always matches the installed Vant). Browsers fetch a font
 *    only when a glyph needs it, and the service worker precaches it for offline use.
 */
function vantIconFontLocalOnly(): Plugin {
  const ICON_CSS = /[\\/]vant[\\/](?:es|lib)[\\/]icon[\\/]index\.css(?:\?|$)/
  const REMOTE_FALLBACK = /,\s*url\((?:https?:)?\/\/[^)]*\)\s*format\(["']?woff["']?\)/g
  const INLINE_WOFF2 = /url\(["']?data:font\/woff2;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)["']?\)/
  const FONT_FILE = fileURLToPath(new URL('./src/assets/fonts/vant-icon.woff2', import.meta.url))
  return {
    name: 'vant-icon-font-local-only',
    enforce: 'pre',
    transform(code, id) {
      if (!ICON_CSS.test(id)) return null
      let out = code.replace(REMOTE_FALLBACK, '')
      const inline = INLINE_WOFF2.exec(out)
      if (inline) {
        const font = Buffer.from(inline[1]!, 'base64')
        if (!existsSync(FONT_FILE) || !readFileSync(FONT_FILE).equals(font)) {
          mkdirSync(dirname(FONT_FILE), { recursive: true })
          writeFileSync(FONT_FILE, font)
        }
        out = out.replace(INLINE_WOFF2, 'url("/src/assets/fonts/vant-icon.woff2")')
      }
      if (/url\((?:https?:)?\/\//.test(out)) {
        this.error(`remote URL left in ${id}: update vantIconFontLocalOnly() in vite.config.ts`)
      }
      return { code: out, map: null }
    },
  }
}

/**
 * The version shown in the app (settings → 离线使用与存储). It comes from package.json; the e2e update test
 * builds two copies that differ only in it, through the APP_VERSION environment variable.
 */
function appVersion(): string {
  const fromEnv = process.env.APP_VERSION?.trim()
  if (fromEnv) {
    if (!/^[\w.+-]{1,40}$/.test(fromEnv))
      throw new Error(`APP_VERSION must be a plain version string, got ${JSON.stringify(fromEnv)}`)
    return fromEnv
  }
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

// `/` or a sub-path such as `/zhicheng/` (BASE_PATH); see deploy/base-path.ts and docs/deploy.md.
const BASE = basePath(process.env.BASE_PATH)

/**
 * Precompressed copies next to every text file of the build (`x.js.gz`, `x.js.br`), for servers that
 * serve them as they are (nginx `gzip_static` / `brotli_static`, Caddy `precompressed`): maximum
 * compression once at build time instead of a quick one on every request. Node's own zlib; files
 * under 1 KB or that do not shrink are left alone. Runs after vite-plugin-pwa has written sw.js.
 */
function precompress(): Plugin {
  const TEXT = /\.(?:js|mjs|css|html|svg|webmanifest|json|txt)$/
  let outDir = 'dist'
  let ssr = false
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolvePath(config.root, config.build.outDir)
      ssr = !!config.build.ssr // the prerender's own build for Node (scripts/prerender.ts): never served
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (process.env.PRECOMPRESS === '0' || ssr) return
        const walk = (dir: string): string[] =>
          readdirSync(dir).flatMap((name) => {
            const path = join(dir, name)
            return statSync(path).isDirectory() ? walk(path) : [path]
          })
        for (const file of walk(outDir)) {
          if (!TEXT.test(file)) continue
          const data = readFileSync(file)
          if (data.length < 1024) continue
          const gz = gzipSync(data, { level: 9 })
          if (gz.length < data.length) writeFileSync(`${file}.gz`, gz)
          const br = brotliCompressSync(data, {
            params: {
              [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
              [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          })
          if (br.length < data.length) writeFileSync(`${file}.br`, br)
        }
      },
    },
  }
}

/**
 * The build-time pack switch, for tests only: `PACK_SWITCH=<folder> vite build` makes the pack in
 * <folder> (a fixture pack under tests/, with `meta.ts` exporting `meta` and `index.ts` exporting
 * `pack`) the app's current pack, by replacing the two modules of src/policy/switch/ (which are
 * `null` otherwise). Unset — every normal build — it does nothing; a folder outside tests/ is refused,
 * so no real notice can ever be shipped this way. Used by tests/e2e/pack-switch.spec.ts.
 */
function packSwitch(): Plugin {
  const folder = process.env.PACK_SWITCH?.trim()
  if (!folder) return { name: 'pack-switch' }
  const root = fileURLToPath(new URL('.', import.meta.url))
  const dir = resolvePath(root, folder)
  const fromTests = relative(join(root, 'tests'), dir)
  if (fromTests === '' || fromTests.startsWith('..') || isAbsolute(fromTests))
    throw new Error(`PACK_SWITCH must name a test pack folder under tests/, got ${JSON.stringify(folder)}`)
  for (const f of ['meta.ts', 'index.ts'])
    if (!existsSync(join(dir, f))) throw new Error(`PACK_SWITCH: ${join(folder, f)} is missing`)
  const SWITCH_META = fileURLToPath(new URL('./src/policy/switch/meta.ts', import.meta.url))
  const SWITCH_PACK = fileURLToPath(new URL('./src/policy/switch/pack.ts', import.meta.url))
  return {
    name: 'pack-switch',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]
      if (file === SWITCH_META) return `export { meta as switchMeta } from ${JSON.stringify(join(dir, 'meta.ts'))}\n`
      if (file === SWITCH_PACK) return `export { pack as switchPack } from ${JSON.stringify(join(dir, 'index.ts'))}\n`
      return null
    },
  }
}

export default defineConfig({
  base: BASE,
  define: {
    __APP_VERSION__: JSON.stringify(appVersion()),
  },
  plugins: [
    packSwitch(),
    vantIconFontLocalOnly(),
    vue(),
    Components({
      resolvers: [VantResolver()],
      dts: 'src/components.d.ts',
    }),
    VitePWA({
      registerType: 'prompt',
      // Registered by the app itself through `virtual:pwa-register/vue` (src/pwa/register.ts). Must stay
      // false: anything else injects an inline <script> into index.html, which the CSP forbids.
      injectRegister: false,
      // Everything in public/ and the build is precached by `workbox.globPatterns` below; listing the
      // icons here as well would only put them in the precache manifest twice.
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        name: '职称申报自评助手',
        short_name: '职称自评',
        description:
          '对照宁波质量技术基础专业职称申报通知，逐条自查申报条件、生成材料清单；离线可用，数据只保存在本机。',
        lang: 'zh-CN',
        theme_color: '#1c5fb8',
        background_color: '#f7f8fa',
        display: 'standalone',
        // All three follow the base path (the manifest is served from BASE, so relative icon URLs do too).
        id: BASE,
        start_url: BASE,
        scope: BASE,
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The whole app: every JS/CSS chunk (lazy routes included), index.html, icons, fonts, robots.txt.
        // manifest.webmanifest is added by the plugin itself. tests/e2e/pwa-build.spec.ts fails if a
        // built file is left out (e.g. one over Workbox's 2 MiB limit) or a URL is from another origin.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2,txt}'],
        // Any navigation (deep links such as /p/<id>/results) gets the app shell from the precache,
        // online or not; the router takes it from there. `/s` (the share link /s#…) gets s.html, the
        // shared view's prerendered frame, through Workbox's `cleanURLs` (`/s` → `/s.html`).
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // No runtime caching: the app never fetches anything it did not precache.
      },
    }),
    // Home and the shared view's frame as HTML (scripts/prerender.ts): before the precache is listed.
    prerender(),
    precompress(),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    environment: 'happy-dom',
    // Heavy table-driven tests (fuzzing, every case × both languages) take 1–2 s alone and timed out
    // at the 5 s default on a loaded 2-core machine; 20 s still catches a hang.
    testTimeout: 20_000,
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    setupFiles: ['tests/unit/setup-i18n.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    server: {
      deps: {
        inline: ['vant'],
      },
    },
  },
})
