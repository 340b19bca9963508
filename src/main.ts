import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { installProfileGuards } from './router/guards'
import { startPwa } from './pwa'
import { useSettingsStore } from './stores/settings'
import { useProfilesStore } from './stores/profiles'
import { prepareStorage } from './db/fallback'
import { flushAll } from './stores/writes'
import './styles/theme.css'

const pinia = createPinia()
const app = createApp(App)
app.use(pinia)

// IndexedDB is opened once, first; where the browser gives none (some private modes, site data
// blocked) the app runs in memory for this session and says so (src/db/fallback.ts). The stores and
// the first route wait for it.
const storageReady = prepareStorage()

// The language comes from the localStorage mirror synchronously (no flash), then from IndexedDB.
const settings = useSettingsStore(pinia)
void storageReady.then(() => settings.load())
const profiles = useProfilesStore(pinia)
void storageReady.then(() => profiles.load())

// Writes start at once. Every store writes through one queue (src/stores/writes.ts): a write that
// failed (storage full) is kept and retried on a timer and with the next write; here also whenever
// the page is shown or hidden (space may have been freed meanwhile), and flushed on pagehide.
document.addEventListener('visibilitychange', () => void flushAll())
window.addEventListener('pagehide', () => void flushAll())

// Home paints at once (its profile card waits for `profiles.loaded`); other screens read or write
// the database and wait for it to be open.
router.beforeEach((to) => (to.name === 'home' ? true : storageReady.then(() => true)))
installProfileGuards(router, pinia)
app.use(router)
// Mount once the first route has resolved, so the first paint is the whole first screen (not the
// shell with an empty page, then the page): one paint for FCP and LCP.
void router.isReady().then(() => app.mount('#app'))

// Service worker (offline, prompt-mode updates) and the install prompt: see src/pwa/index.ts.
// The install prompt is captured at once (it may fire early); the service worker registers when the
// browser is idle after the first screen, so neither its script nor the precache download competes
// with the first paint.
startPwa({ deferRegistration: true })
