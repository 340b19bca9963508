/**
 * Service-worker registration (vite-plugin-pwa, Workbox, prompt mode).
 *
 * The service worker precaches the whole app, so after the first visit it opens with no network.
 * A new version is installed in the background and then WAITS: the UpdatePrompt notice offers
 * "更新 / Update", and only when the user accepts do we tell the waiting worker to take over and
 * reload (`updateServiceWorker(true)`). Answers are saved to IndexedDB on every change, so nothing
 * typed is lost by the reload.
 */
import { useRegisterSW } from 'virtual:pwa-register/vue'
import { ref, type Ref } from 'vue'

/** How often an open app checks for a new version (only when online and visible). */
const UPDATE_CHECK_MS = 60 * 60 * 1000

export interface PwaUpdate {
  /** A new version is installed and waiting for the user's go-ahead. */
  needRefresh: Ref<boolean>
  /** The app has just been cached for offline use (first install only). */
  offlineReady: Ref<boolean>
  /** Activate the waiting version and reload into it. */
  update: () => Promise<void>
  /** Hide the notice for now; it comes back on the next start while the new version waits. */
  later: () => void
}

let state: PwaUpdate | null = null

/** Registers the service worker once, and returns its update state (shared). */
export function registerPwa(): PwaUpdate {
  if (state) return state
  if (import.meta.env.DEV) {
    // `vite dev` has no service worker (devOptions are off): registering would only fetch index.html
    // as /sw.js and fail. Offline behaviour is tested against the build.
    const idle = ref(false)
    state = { needRefresh: idle, offlineReady: ref(false), update: async () => undefined, later: () => undefined }
    return state
  }
  const { needRefresh, offlineReady, updateServiceWorker } = useRegisterSW({
    // Register after the page's `load` event, so the precache download does not compete with first paint.
    immediate: false,
    onRegisteredSW(_swUrl, registration) {
      if (!registration) return
      setInterval(() => {
        if (navigator.onLine && document.visibilityState === 'visible' && !registration.installing) {
          registration.update().catch(() => undefined)
        }
      }, UPDATE_CHECK_MS)
    },
    onRegisterError(error: unknown) {
      // Not fatal: the app works online without a service worker. A warning, not an error, because
      // some browsers (private modes) refuse service workers by design.
      console.warn('Service worker registration failed:', error)
    },
  })
  state = {
    needRefresh,
    offlineReady,
    update: () => updateServiceWorker(true),
    later: () => {
      needRefresh.value = false
    },
  }
  return state
}

/** The shared update state for components (registers on first use if main.ts has not). */
export function usePwaUpdate(): PwaUpdate {
  return registerPwa()
}
