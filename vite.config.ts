/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { VantResolver } from '@vant/auto-import-resolver'
import { VitePWA } from 'vite-plugin-pwa'

/**
 * Vant's icon font is inlined as a data: woff2, with a fallback to
 * `//at.alicdn.com/…woff`. This app makes no third-party requests, so the
 * fallback is cut out (the CSP allows `font-src 'self' data:`). The build fails
 * if a Vant upgrade changes the CSS so that a remote URL would survive.
 */
function vantIconFontLocalOnly(): Plugin {
  const ICON_CSS = /[\\/]vant[\\/](?:es|lib)[\\/]icon[\\/]index\.css(?:\?|$)/
  const REMOTE_FALLBACK = /,\s*url\((?:https?:)?\/\/[^)]*\)\s*format\(["']?woff["']?\)/g
  return {
    name: 'vant-icon-font-local-only',
    enforce: 'pre',
    transform(code, id) {
      if (!ICON_CSS.test(id)) return null
      const out = code.replace(REMOTE_FALLBACK, '')
      if (/url\((?:https?:)?\/\//.test(out)) {
        this.error(`remote URL left in ${id}: update vantIconFontLocalOnly() in vite.config.ts`)
      }
      return { code: out, map: null }
    },
  }
}

export default defineConfig({
  plugins: [
    vantIconFontLocalOnly(),
    vue(),
    Components({
      resolvers: [VantResolver()],
      dts: 'src/components.d.ts',
    }),
    VitePWA({
      registerType: 'prompt',
      // Registered by the app itself through `virtual:pwa-register/vue`.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png', 'robots.txt'],
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
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,txt}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
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
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    server: {
      deps: {
        inline: ['vant'],
      },
    },
  },
})
