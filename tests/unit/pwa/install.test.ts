import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  captureInstallPrompt,
  INSTALL_HINT_DISMISSED_KEY,
  installed,
  installHintMode,
  installPrompt,
  isIosSafari,
  isStandalone,
  promptInstall,
  useInstallHint,
  type BeforeInstallPromptEvent,
} from '@/pwa/install'

const UA = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  iphoneWeChat:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN',
  ipadSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  android:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
}

function fakePromptEvent(outcome: 'accepted' | 'dismissed'): BeforeInstallPromptEvent {
  const event = new Event('beforeinstallprompt', { cancelable: true }) as BeforeInstallPromptEvent
  Object.assign(event, {
    prompt: vi.fn(async () => undefined),
    userChoice: Promise.resolve({ outcome, platform: 'web' }),
  })
  return event
}

beforeEach(() => {
  installPrompt.value = null
  installed.value = false
  localStorage.clear()
})

describe('installHintMode', () => {
  it.each([
    [{ standalone: false, installed: false, hasPrompt: true, iosSafari: false }, 'prompt'],
    [{ standalone: false, installed: false, hasPrompt: false, iosSafari: true }, 'ios'],
    [{ standalone: false, installed: false, hasPrompt: false, iosSafari: false }, null],
    [{ standalone: true, installed: false, hasPrompt: false, iosSafari: true }, null],
    [{ standalone: false, installed: true, hasPrompt: true, iosSafari: false }, null],
  ] as const)('%o → %s', (state, mode) => {
    expect(installHintMode(state)).toBe(mode)
  })
})

describe('isIosSafari', () => {
  it('is Safari on iPhone and iPad only, not other iOS browsers or Android', () => {
    expect(isIosSafari({ userAgent: UA.iphoneSafari, platform: 'iPhone', maxTouchPoints: 5 })).toBe(true)
    expect(isIosSafari({ userAgent: UA.ipadSafari, platform: 'MacIntel', maxTouchPoints: 5 })).toBe(true)
    expect(isIosSafari({ userAgent: UA.ipadSafari, platform: 'MacIntel', maxTouchPoints: 0 })).toBe(false) // a Mac
    expect(isIosSafari({ userAgent: UA.iphoneChrome, platform: 'iPhone', maxTouchPoints: 5 })).toBe(false)
    expect(isIosSafari({ userAgent: UA.iphoneWeChat, platform: 'iPhone', maxTouchPoints: 5 })).toBe(false)
    expect(isIosSafari({ userAgent: UA.android, platform: 'Linux armv8l', maxTouchPoints: 5 })).toBe(false)
  })
})

describe('isStandalone', () => {
  const media = (matches: boolean) => (() => ({ matches })) as unknown as Window['matchMedia']
  it('is true in display-mode standalone or with iOS navigator.standalone', () => {
    expect(isStandalone({ matchMedia: media(true), navigator: {} as Navigator })).toBe(true)
    expect(isStandalone({ matchMedia: media(false), navigator: { standalone: true } as unknown as Navigator })).toBe(
      true,
    )
    expect(isStandalone({ matchMedia: media(false), navigator: {} as Navigator })).toBe(false)
  })
})

describe('the install prompt', () => {
  it('is captured (no automatic mini-infobar), offered once, and accepted', async () => {
    captureInstallPrompt(window)
    const event = fakePromptEvent('accepted')
    window.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(installPrompt.value).toBe(event)

    const hint = useInstallHint()
    expect(hint.mode.value).toBe('prompt')
    expect(await hint.install()).toBe('accepted')
    expect(event.prompt).toHaveBeenCalledTimes(1)
    expect(installed.value).toBe(true)
    expect(hint.mode.value).toBe(null)
    expect(await promptInstall()).toBe('unavailable') // an event can be used once only
  })

  it('goes away when the app is installed another way', () => {
    captureInstallPrompt(window)
    window.dispatchEvent(fakePromptEvent('dismissed'))
    window.dispatchEvent(new Event('appinstalled'))
    expect(installPrompt.value).toBe(null)
    expect(useInstallHint().mode.value).toBe(null)
  })

  it('remembers a dismissal in localStorage', () => {
    const hint = useInstallHint()
    hint.dismiss()
    expect(hint.dismissed.value).toBe(true)
    expect(localStorage.getItem(INSTALL_HINT_DISMISSED_KEY)).toBe('1')
  })
})
