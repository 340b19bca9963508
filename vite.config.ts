/// <reference types="vitest/config" />
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { VantResolver } from '@vant/auto-import-resolver'
import { VitePWA } from 'vite-plugin-pwa'

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

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(appVersion()),
  },
  plugins: [
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
        id: '/',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The whole app: every JS/CSS chunk (lazy routes included), index.html, icons, fonts, robots.txt.
        // manifest.webmanifest is added by the plugin itself. tests/e2e/pwa-build.spec.ts fails if a
        // built file is left out (e.g. one over Workbox's 2 MiB limit) or a URL is from another origin.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2,txt}'],
        // Any navigation (deep links such as /p/<id>/results, the share link /s#…) gets the app shell
        // from the precache, online or not; the router takes it from there.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // No runtime caching: the app never fetches anything it did not precache.
      },
    }),
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
