/**
 * Back closes what is open. While `open` is true, one history entry with the same URL sits on top
 * of the page's own; the phone's Back button (or the browser's) then closes the sheet or dialog
 * instead of leaving the page. Closing it any other way (its button, Escape, the overlay) takes the
 * entry off again, so history is as it was. Nested overlays close one per Back, the last opened
 * first.
 *
 *   const show = ref(false)
 *   useBackClose(show)
 *
 * The entry copies the router's `history.state`, so vue-router sees a move to the same place (no
 * new navigation, no focus move, no scroll).
 */
import { onBeforeUnmount, watch, type Ref } from 'vue'

export interface BackCloseOptions {
  /** @default globalThis.window */
  window?: Window
}

interface Entry {
  close: () => void
}

/** Open overlays with an entry of their own, the last opened last. */
const open: Entry[] = []
/** Pops we caused ourselves (closing by a button): not a user's Back. */
let ownPops = 0
let listening: Window | null = null

function onPopState(): void {
  if (ownPops > 0) {
    ownPops -= 1
    return
  }
  open.pop()?.close()
}

export function useBackClose(show: Ref<boolean>, options: BackCloseOptions = {}): void {
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window)
  if (!win) return
  const entry: Entry = { close: () => (show.value = false) }

  function push(): void {
    if (open.includes(entry)) return
    if (listening !== win) {
      listening?.removeEventListener('popstate', onPopState)
      win!.addEventListener('popstate', onPopState)
      listening = win!
    }
    win!.history.pushState({ ...(win!.history.state as object | null), overlay: open.length + 1 }, '')
    open.push(entry)
  }

  /** Closed without Back: take our entry off (only when it is still the top one, i.e. ours). */
  function drop(goBack: boolean): void {
    const i = open.indexOf(entry)
    if (i === -1) return
    open.splice(i, 1)
    if (goBack && i === open.length) {
      ownPops += 1
      win!.history.back()
    }
  }

  watch(
    show,
    (v) => {
      if (v) push()
      else drop(true)
    },
    { immediate: true },
  )
  // Unmounted while open (the page changed): the route's own navigation is on top by now.
  onBeforeUnmount(() => drop(false))
}
