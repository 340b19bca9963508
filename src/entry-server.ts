/**
 * The build-time renderer (scripts/prerender.ts builds this for Node and calls `render`): the same
 * App, router and stores as the browser, rendered in Chinese, with nothing read from a device — no
 * IndexedDB, no date, no install prompt (those render client-only, src/composables/useHydrated.ts).
 */
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { tIn } from './i18n'

export interface Rendered {
  /** The app's HTML (what goes inside `<div id="app">`). */
  html: string
  /** The route's name, for `data-prerendered` (main.ts hydrates only that route). */
  name: string
  /** The document title, as App.vue sets it. */
  title: string
}

export async function render(path: string): Promise<Rendered> {
  const app = createSSRApp(App)
  app.use(createPinia())
  app.use(router)
  await router.push(path)
  await router.isReady()
  const route = router.currentRoute.value
  if (route.path !== path) throw new Error(`prerender: ${path} redirected to ${route.path}`)
  const html = await renderToString(app)
  const appName = tIn('zh-CN', 'common.appName')
  const page = route.meta.titleKey ? tIn('zh-CN', route.meta.titleKey) : appName
  return { html, name: String(route.name), title: page === appName ? appName : `${page} · ${appName}` }
}
