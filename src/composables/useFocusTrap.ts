/**
 * Keeps keyboard focus inside a dialog while it is open, closes it on Escape, and gives focus back
 * to what had it before (the button that opened it) when it closes. For Vant popups, which render
 * `role="dialog"` but neither trap nor return focus.
 *
 *   const panel = ref<HTMLElement>()
 *   useFocusTrap(() => popupEl(), show, { onEscape: () => (show.value = false) })
 */
import { nextTick, onBeforeUnmount, watch, type Ref } from 'vue'

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',')

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.closest('[hidden]') && el.getClientRects().length > 0,
  )
}

export interface FocusTrapOptions {
  onEscape?: () => void
  /** Element to focus first; default: the first focusable element inside. */
  initial?: () => HTMLElement | null | undefined
}

export function useFocusTrap(
  container: () => HTMLElement | null | undefined,
  active: Ref<boolean>,
  options: FocusTrapOptions = {},
): void {
  let opener: HTMLElement | null = null

  function onKeydown(e: KeyboardEvent): void {
    const root = container()
    if (!root) return
    if (e.key === 'Escape') {
      e.preventDefault()
      options.onEscape?.()
      return
    }
    if (e.key !== 'Tab') return
    const items = focusables(root)
    if (!items.length) {
      e.preventDefault()
      root.focus()
      return
    }
    const first = items[0]!
    const last = items[items.length - 1]!
    const current = document.activeElement
    if (e.shiftKey && (current === first || current === root || !root.contains(current))) {
      e.preventDefault()
      last.focus()
    } else if (!e.shiftKey && (current === last || !root.contains(current))) {
      e.preventDefault()
      first.focus()
    }
  }

  function onFocusIn(e: FocusEvent): void {
    const root = container()
    if (root && e.target instanceof Node && !root.contains(e.target)) {
      ;(focusables(root)[0] ?? root).focus()
    }
  }

  function release(): void {
    document.removeEventListener('keydown', onKeydown, true)
    document.removeEventListener('focusin', onFocusIn, true)
  }

  watch(active, async (open) => {
    if (open) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
      await nextTick()
      const root = container()
      if (!root) return
      document.addEventListener('keydown', onKeydown, true)
      document.addEventListener('focusin', onFocusIn, true)
      const target = options.initial?.() ?? focusables(root)[0] ?? root
      target.focus()
    } else {
      release()
      const back = opener
      opener = null
      await nextTick()
      if (back && back.isConnected) back.focus()
    }
  })

  onBeforeUnmount(release)
}
