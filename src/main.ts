import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { installProfileGuards } from './router/guards'
import { startPwa } from './pwa'
import { useSettingsStore } from './stores/settings'
import { useProfilesStore } from './stores/profiles'
import './styles/theme.css'

const pinia = createPinia()
const app = createApp(App)
app.use(pinia)

// The language comes from the localStorage mirror synchronously (no flash), then from IndexedDB.
const settings = useSettingsStore(pinia)
void settings.load()
const profiles = useProfilesStore(pinia)
void profiles.load()

// Writes start at once; on hide / unload make sure nothing is left queued.
const flush = () => void profiles.flush()
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush()
})
window.addEventListener('pagehide', flush)

installProfileGuards(router, pinia)
app.use(router)
app.mount('#app')

// Service worker (offline, prompt-mode updates) and the install prompt: see src/pwa/index.ts.
startPwa()
