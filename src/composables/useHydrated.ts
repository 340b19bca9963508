/**
 * What may differ between the prerendered HTML and the browser: the first paint of home and of the
 * shared view's frame is rendered at build time (scripts/prerender.ts) and hydrated on the client,
 * and hydration must find exactly the DOM the build wrote. Anything that depends on this device —
 * IndexedDB (profiles, storage problems), the date (round status), the install prompt, the URL
 * fragment — renders only once `clientReady` is true:
 *
 *   <ClientOnly><RoundBanner /></ClientOnly>          // nothing in the prerendered HTML
 *   const ready = clientReady; v-if="ready && …"       // or gate a branch yourself
 *
 * Reserve the space it will take (a min-height) if it sits above other content, or it shifts the page.
 * It is false while prerendering, and in the browser from `holdForHydration()` (main.ts, when it is
 * about to hydrate) until `markClientReady()` right after. Otherwise — the app mounting without
 * hydrating (another route or language than the prerendered one), component tests — it is true.
 */
import { defineComponent, readonly, ref } from 'vue'

const ready = ref(!import.meta.env.SSR)

/** True once the app runs in the browser past hydration. */
export const clientReady = readonly(ready)

/** main.ts, before hydrating: render as the prerender did. */
export function holdForHydration(): void {
  ready.value = false
}

/** main.ts, right after hydrating. */
export function markClientReady(): void {
  ready.value = true
}

/** Renders its slot only once `clientReady` (an empty comment node before, as in the prerendered HTML). */
export const ClientOnly = defineComponent({
  name: 'ClientOnly',
  setup(_props, { slots }) {
    return () => (ready.value ? slots.default?.() : null)
  },
})
