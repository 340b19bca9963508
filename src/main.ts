import { createApp, createSSRApp, watch } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { currentLang, DEFAULT_LANG } from './i18n'
import { holdForHydration, markClientReady } from './composables/useHydrated'
import { installProfileGuards } from './router/guards'
import { startPwa } from './pwa'
import { useSettingsStore } from './stores/settings'
import { useProfilesStore } from './stores/profiles'
import { prepareStorage } from './db/fallback'
import { flushAll, guardUnload } from './stores/writes'
import './styles/theme.css'

// Home and the shared view's frame arrive prerendered in the HTML (scripts/prerender.ts; the
// container says which route). That DOM is hydrated — kept and made live — when this load is that
// route in the language it was rendered in (Chinese); otherwise the app renders afresh over it. In
// that case public/boot.js has already hidden the prerendered content before the first paint (no
// flash of Chinese for an English user, no flash of home on a deep link); it shows again on mount.
const container = document.getElementById('app')!
const prerendered = container.dataset.prerendered
const hydrate =
  prerendered !== undefined &&
  currentLang.value === DEFAULT_LANG &&
  router.resolve(router.options.history.location).name === prerendered
if (hydrate) holdForHydration()

const pinia = createPinia()
const app = hydrate ? createSSRApp(App) : createApp(App)
app.use(pinia)

// IndexedDB is opened once, first; where the browser gives none (some private modes, site data
// blocked) the app runs in memory for this session and says so (src/db/fallback.ts). The stores and
// the first route wait for it.
const storageReady = prepareStorage()

// The language comes from the localStorage mirror synchronously (no flash), then from IndexedDB.
// When hydrating, they are read after it: the prerendered DOM is the not-yet-loaded state.
const settings = useSettingsStore(pinia)
const profiles = useProfilesStore(pinia)
let mounted!: () => void
const afterMount = new Promise<void>((resolve) => (mounted = resolve))
const readStores = Promise.all([storageReady, hydrate ? afterMount : undefined])
void readStores.then(() => settings.load())
void readStores.then(() => profiles.load())

// Someone coming back: home's card fills in once the profiles are read, which would push the
// sections below it down. public/boot.js hid home's content before the first paint when this note
// says there is a profile; it shows once they are read (or the user has gone elsewhere, or after 2 s).
const HAS_PROFILE_KEY = 'zhicheng-self-check.hasProfile'
const reveal = () => document.documentElement.classList.remove('boot-wait-profiles')
watch(
  () => (profiles.loaded ? profiles.active !== null : null),
  (has) => {
    if (has === null) return
    reveal()
    try {
      if (has) localStorage.setItem(HAS_PROFILE_KEY, '1')
      else localStorage.removeItem(HAS_PROFILE_KEY)
    } catch {
      // Not noted: next time the card fills in as it comes.
    }
  },
  { flush: 'post' },
)
setTimeout(reveal, 2000)

// Writes start at once. Every store writes through one queue (src/stores/writes.ts): a write that
// failed (storage full) is kept and retried on a timer and with the next write; here also whenever
// the page is shown or hidden (space may have been freed meanwhile), and flushed on pagehide.
document.addEventListener('visibilitychange', () => void flushAll())
window.addEventListener('pagehide', () => void flushAll())
guardUnload()

// Home paints at once (its profile card waits for `profiles.loaded`), and so does the shared view
// (it never touches the viewer's data); other screens read or write the database and wait for it.
router.beforeEach((to) => (to.name === 'home' || to.name === 'shared' ? true : storageReady.then(() => true)))
installProfileGuards(router, pinia)
router.afterEach((to) => {
  if (to.name !== 'home') reveal()
})
app.use(router)
// Mount once the first route has resolved, so the first paint is the whole first screen (not the
// shell with an empty page, then the page): one paint for FCP and LCP.
void router.isReady().then(() => {
  app.mount(container)
  markClientReady()
  document.documentElement.classList.remove('boot-wait')
  mounted()
})

// Service worker (offline, prompt-mode updates) and the install prompt: see src/pwa/index.ts.
// The install prompt is captured at once (it may fire early); the service worker registers when the
// browser is idle after the first screen, so neither its script nor the precache download competes
// with the first paint.
startPwa({ deferRegistration: true })
