/**
 * Online / offline state of the browser, as one shared reactive ref. The app itself needs no network
 * (everything is precached and data stays in IndexedDB); this only lets the UI say so calmly.
 */
import { readonly, ref, type Ref } from 'vue'

export interface NetworkTarget {
  navigator: { onLine: boolean }
  addEventListener(type: 'online' | 'offline', listener: () => void): void
  removeEventListener(type: 'online' | 'offline', listener: () => void): void
}

/**
 * Tracks `navigator.onLine` on `target` (the window by default). Returns the state and a function
 * that stops listening.
 */
export function trackOnline(target: NetworkTarget): { online: Readonly<Ref<boolean>>; stop: () => void } {
  const online = ref(target.navigator.onLine)
  const up = () => {
    online.value = true
  }
  const down = () => {
    online.value = false
  }
  target.addEventListener('online', up)
  target.addEventListener('offline', down)
  return {
    online: readonly(online),
    stop: () => {
      target.removeEventListener('online', up)
      target.removeEventListener('offline', down)
    },
  }
}

let shared: Readonly<Ref<boolean>> | null = null

/** The page's online state (one set of listeners for the whole app). */
export function useOnline(): Readonly<Ref<boolean>> {
  if (!shared) {
    shared = typeof window === 'undefined' ? readonly(ref(true)) : trackOnline(window).online
  }
  return shared
}
