// @vitest-environment happy-dom
/**
 * useBackClose against a small history model (same-document entries and popstate), so the rules
 * are tested without a browser: Back closes the top overlay only; closing by a button takes the
 * entry off again; a popup that closes itself on the popstate (Vant's dialogs) does not cost a
 * second Back.
 */
import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useBackClose } from '@/composables/useBackClose'

function fakeWindow() {
  const target = new EventTarget()
  const entries: unknown[] = [{ position: 0 }]
  let index = 0
  const history = {
    get state() {
      return entries[index]
    },
    get length() {
      return entries.length
    },
    pushState(state: unknown) {
      entries.splice(index + 1, Infinity, state)
      index += 1
    },
    back() {
      // Like a browser: the popstate comes in a later task.
      setTimeout(() => {
        if (index === 0) return
        index -= 1
        target.dispatchEvent(Object.assign(new Event('popstate'), { state: entries[index] }))
      }, 0)
    },
  }
  const win = Object.assign(target, { history }) as unknown as Window
  return { win, index: () => index, userBack: () => history.back() }
}

/** Several task hops: every timer already set (and those they set) has run, however loaded the machine. */
const settle = async () => {
  for (let i = 0; i < 6; i++) await new Promise((r) => setTimeout(r, 0))
}

describe('useBackClose', () => {
  it('Back closes the open overlay and stays on the page; the state keeps the router’s fields', async () => {
    const { win, index, userBack } = fakeWindow()
    const show = ref(false)
    effectScope().run(() => useBackClose(show, { window: win }))
    show.value = true
    await nextTick()
    expect(index()).toBe(1)
    expect(win.history.state).toMatchObject({ position: 0, overlay: 1 })
    userBack()
    await settle()
    expect(show.value).toBe(false)
    expect(index()).toBe(0)
  })

  it('closing by a button takes the entry off again (history as before)', async () => {
    const { win, index } = fakeWindow()
    const show = ref(true)
    effectScope().run(() => useBackClose(show, { window: win }))
    await nextTick()
    expect(index()).toBe(1)
    show.value = false
    await settle()
    expect(index()).toBe(0)
  })

  it('nested overlays close one per Back, the last opened first', async () => {
    const { win, index, userBack } = fakeWindow()
    const outer = ref(false)
    const inner = ref(false)
    effectScope().run(() => {
      useBackClose(outer, { window: win })
      useBackClose(inner, { window: win })
    })
    outer.value = true
    await nextTick()
    inner.value = true
    await nextTick()
    expect(index()).toBe(2)
    userBack()
    await settle()
    expect([outer.value, inner.value]).toEqual([true, false])
    userBack()
    await settle()
    expect([outer.value, inner.value]).toEqual([false, false])
    expect(index()).toBe(0)
  })

  it('a popup that closes itself on the popstate first does not go back a second time', async () => {
    const { win, index, userBack } = fakeWindow()
    const show = ref(false)
    effectScope().run(() => useBackClose(show, { window: win }))
    // Registered before ours and not capturing, like Vant's `closeOnPopstate`.
    win.addEventListener('popstate', () => (show.value = false))
    show.value = true
    await nextTick()
    userBack()
    await settle()
    expect(show.value).toBe(false)
    expect(index(), 'one Back, one entry').toBe(0)
  })
})
