/**
 * Offline-first and installable. main.ts calls `startPwa()` once; components use the composables.
 *
 *   register.ts  service worker (precache, prompt-mode updates)      → UpdatePrompt.vue
 *   network.ts   online / offline state                               → NetworkStatus.vue
 *   install.ts   add to home screen (beforeinstallprompt / iOS text)  → InstallHint.vue
 *   storage.ts   persistent storage, usage and quota                  → StorageStatus.vue
 *   version.ts   the app version (package.json via vite `define`)
 */
import { captureInstallPrompt } from './install'
import { registerPwa } from './register'

export function startPwa(options: { deferRegistration?: boolean } = {}): void {
  captureInstallPrompt()
  if (!options.deferRegistration) {
    registerPwa()
    return
  }
  const register = () => void registerPwa()
  const idle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(register, { timeout: 2000 })
      : setTimeout(register, 300)
  if (document.readyState === 'complete') idle()
  else window.addEventListener('load', idle, { once: true })
}

export { requestPersistence } from './storage'
export { APP_VERSION } from './version'
