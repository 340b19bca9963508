/**
 * Makes the app behind a modal dialog inert (no focus, no clicks, hidden from screen readers) while
 * `open` is true. Vant dialogs do not trap focus; with the dialog teleported to <body> (outside
 * #app) and #app inert, Tab can only reach the dialog.
 *
 *   const open = ref(false)
 *   useInertBackground(open)
 *   <van-dialog v-model:show="open" teleport="body" …>
 */
import { onBeforeUnmount, watch, type Ref } from 'vue'

export interface InertOptions {
  /** The element to make inert; default `#app`. */
  target?: () => HTMLElement | null
}

const holders = new Set<object>()

export function useInertBackground(open: Readonly<Ref<boolean>>, options: InertOptions = {}): void {
  const target = options.target ?? (() => document.getElementById('app'))
  const me = {}

  function sync() {
    if (open.value) holders.add(me)
    else holders.delete(me)
    const el = target()
    if (el) el.inert = holders.size > 0
  }

  watch(open, sync, { immediate: true })
  onBeforeUnmount(() => {
    holders.delete(me)
    const el = target()
    if (el) el.inert = holders.size > 0
  })
}
