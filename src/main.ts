import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { installProfileGuards } from './router/guards'
import { startPwa } from './pwa'
import { useSettingsStore } from './stores/settings'
import { useProfilesStore } from './stores/profiles'
import { prepareStorage } from './db/fallback'
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

// Writes start at once; on hide / unload make sure nothing is left queued.
const flush = () => void profiles.flush()
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush()
})
window.addEventListener('pagehide', flush)

router.beforeEach(() => storageReady.then(() => true))
installProfileGuards(router, pinia)
app.use(router)
app.mount('#app')

// Service worker (offline, prompt-mode updates) and the install prompt: see src/pwa/index.ts.
startPwa()
