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

  let pending: ReturnType<typeof setTimeout> | undefined

  function push(): void {
    if (pending !== undefined) {
      // Closed and opened again within one task: keep the entry.
      clearTimeout(pending)
      pending = undefined
    }
    if (open.includes(entry)) return
    if (listening !== win) {
      listening?.removeEventListener('popstate', onPopState, true)
      win!.addEventListener('popstate', onPopState, true)
      listening = win!
    }
    win!.history.pushState({ ...(win!.history.state as object | null), overlay: open.length + 1 }, '')
    open.push(entry)
  }

  function remove(): number {
    const i = open.indexOf(entry)
    if (i !== -1) open.splice(i, 1)
    return i
  }

  /**
   * Closed without our Back: take the entry off, and history back to where it was. Decided a task
   * later: a popup may close itself on the very popstate we are about to handle (Vant's dialogs do),
   * and that close must not look like a close by button.
   */
  function drop(): void {
    if (!open.includes(entry) || pending !== undefined) return
    pending = setTimeout(() => {
      pending = undefined
      const i = remove()
      if (i !== -1 && i === open.length) {
        ownPops += 1
        win!.history.back()
      }
    }, 0)
  }

  watch(
    show,
    (v) => {
      if (v) push()
      else drop()
    },
    { immediate: true },
  )
  // Unmounted while open (the page changed): the route's own navigation is on top by now.
  onBeforeUnmount(() => {
    if (pending !== undefined) clearTimeout(pending)
    remove()
  })
}
