/**
 * "Add to home screen", without nagging.
 *
 * - Chromium fires `beforeinstallprompt` when the app is installable. We keep the event (and call
 *   `preventDefault()` so no mini-infobar pops up by itself) and let the InstallHint card offer it.
 * - iOS Safari has no such event: the card shows a one-line instruction instead (Share → Add to Home
 *   Screen), only when the page is not already running as an installed app.
 * - Dismissing the card is remembered in localStorage; the settings page still offers it.
 *
 * `captureInstallPrompt()` runs at startup (src/pwa/index.ts), because the event fires early,
 * usually before the user ever opens a screen that shows the card.
 */
import { computed, ref, shallowRef, type ComputedRef, type Ref } from 'vue'

/** Chromium's install prompt event (not in TypeScript's DOM types). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform?: string }>
}

export const INSTALL_HINT_DISMISSED_KEY = 'zhicheng-self-check.installHintDismissed'

/** The kept `beforeinstallprompt` event, until used or the app is installed. */
export const installPrompt = shallowRef<BeforeInstallPromptEvent | null>(null)
/** The app was installed during this session (`appinstalled`, or the prompt was accepted). */
export const installed = ref(false)

let capturing = false

/** Starts listening for `beforeinstallprompt` / `appinstalled`. Idempotent. */
export function captureInstallPrompt(win: Window = window): void {
  if (capturing) return
  capturing = true
  win.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault()
    installPrompt.value = event as BeforeInstallPromptEvent
  })
  win.addEventListener('appinstalled', () => {
    installed.value = true
    installPrompt.value = null
  })
}

/** The page runs as an installed app (home-screen icon), not in a browser tab. */
export function isStandalone(win: Pick<Window, 'matchMedia' | 'navigator'> = window): boolean {
  try {
    if (win.matchMedia?.('(display-mode: standalone)').matches) return true
  } catch {
    // matchMedia missing or broken: fall through.
  }
  return (win.navigator as Navigator & { standalone?: boolean }).standalone === true
}

/** Safari on iPhone / iPad (iPadOS reports itself as a Mac with a touch screen). */
export function isIosSafari(nav: Pick<Navigator, 'userAgent' | 'platform' | 'maxTouchPoints'> = navigator): boolean {
  const ua = nav.userAgent
  const ios = /iPhone|iPad|iPod/.test(ua) || (nav.platform === 'MacIntel' && nav.maxTouchPoints > 1)
  return ios && /Safari\//.test(ua) && !/CriOS|FxiOS|EdgiOS|OPiOS|GSA\/|MicroMessenger|QQ\//.test(ua)
}

export type InstallHintMode = 'prompt' | 'ios' | null

/** Which hint to show, if any. */
export function installHintMode(state: {
  standalone: boolean
  installed: boolean
  hasPrompt: boolean
  iosSafari: boolean
}): InstallHintMode {
  if (state.standalone || state.installed) return null
  if (state.hasPrompt) return 'prompt'
  if (state.iosSafari) return 'ios'
  return null
}

function readDismissed(): boolean {
  try {
    return localStorage.getItem(INSTALL_HINT_DISMISSED_KEY) === '1'
  } catch {
    return false
  }
}

const dismissed = ref(readDismissed())

/** Shows the browser's install dialog. Resolves to the user's choice, or 'unavailable'. */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = installPrompt.value
  if (!event) return 'unavailable'
  // The event can be used once only.
  installPrompt.value = null
  try {
    await event.prompt()
    const { outcome } = await event.userChoice
    if (outcome === 'accepted') installed.value = true
    return outcome
  } catch {
    return 'unavailable'
  }
}

export interface InstallHint {
  mode: ComputedRef<InstallHintMode>
  dismissed: Ref<boolean>
  dismiss: () => void
  install: () => Promise<'accepted' | 'dismissed' | 'unavailable'>
}

/** State and actions for the InstallHint card. */
export function useInstallHint(): InstallHint {
  const standalone = isStandalone()
  const iosSafari = isIosSafari()
  const mode = computed(() =>
    installHintMode({ standalone, installed: installed.value, hasPrompt: installPrompt.value !== null, iosSafari }),
  )
  function dismiss() {
    dismissed.value = true
    try {
      localStorage.setItem(INSTALL_HINT_DISMISSED_KEY, '1')
    } catch {
      // Not remembered past this session; nothing else to do.
    }
  }
  return { mode, dismissed, dismiss, install: promptInstall }
}
