import { describe, expect, it } from 'vitest'
import { trackOnline, type NetworkTarget } from '@/pwa/network'

function fakeWindow(onLine: boolean) {
  const target = new EventTarget()
  const win = Object.assign(target, { navigator: { onLine } }) as unknown as NetworkTarget & EventTarget
  return win
}

describe('trackOnline', () => {
  it('starts from navigator.onLine and follows online/offline events until stopped', () => {
    const win = fakeWindow(false)
    const { online, stop } = trackOnline(win)
    expect(online.value).toBe(false)
    win.dispatchEvent(new Event('online'))
    expect(online.value).toBe(true)
    win.dispatchEvent(new Event('offline'))
    expect(online.value).toBe(false)
    stop()
    win.dispatchEvent(new Event('online'))
    expect(online.value).toBe(false)
  })
})
