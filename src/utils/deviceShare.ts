/**
 * Handing something to the device, without any network: copy to the clipboard (with a manual
 * fallback), the system share sheet (Web Share API, with files where the browser can share that
 * type), and downloading a file through a blob: URL and an `<a download>`. The one place for these:
 * the summary screen and the backup section both use it. Globals are injectable (VueUse style) so
 * tests can give a navigator without a clipboard, a share that rejects, and so on.
 */

export interface ShareGlobals {
  navigator?: Pick<Navigator, 'clipboard' | 'share' | 'canShare'> | undefined
  document?: Document
  URL?: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>
}

const nav = (g: ShareGlobals) =>
  'navigator' in g ? g.navigator : typeof navigator === 'undefined' ? undefined : navigator

/**
 * Writes `text` to the clipboard. `'copied'`, or `'manual'` when the Clipboard API is missing (an
 * insecure context, an old browser) or refused (permission, no user gesture): the caller then shows
 * the text selected in a textarea for the user to copy.
 */
export async function copyToClipboard(text: string, g: ShareGlobals = {}): Promise<'copied' | 'manual'> {
  const clipboard = nav(g)?.clipboard
  if (!clipboard || typeof clipboard.writeText !== 'function') return 'manual'
  try {
    await clipboard.writeText(text)
    return 'copied'
  } catch {
    return 'manual'
  }
}

export type ShareOutcome = 'shared' | 'cancelled' | 'unavailable' | 'failed'

/** The user closed the share sheet (say nothing). */
export function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError'
}

/** Whether the Web Share API is there at all (shows the "Share…" button). */
export function canShareLink(g: ShareGlobals = {}): boolean {
  return typeof nav(g)?.share === 'function'
}

/** Whether files can be shared (`navigator.canShare({ files })`). */
export function canShareFiles(files: File[], g: ShareGlobals = {}): boolean {
  const n = nav(g)
  if (typeof n?.share !== 'function' || typeof n.canShare !== 'function') return false
  try {
    return n.canShare({ files })
  } catch {
    return false
  }
}

/**
 * The system share sheet. `'cancelled'` when the user closed it (AbortError: say nothing),
 * `'failed'` for any other refusal (offer the other ways), `'unavailable'` without the API.
 */
export async function systemShare(data: ShareData, g: ShareGlobals = {}): Promise<ShareOutcome> {
  const n = nav(g)
  if (typeof n?.share !== 'function') return 'unavailable'
  if (data.files && !canShareFiles(data.files, g)) return 'unavailable'
  try {
    await n.share(data)
    return 'shared'
  } catch (e) {
    return isAbort(e) ? 'cancelled' : 'failed'
  }
}

export interface DownloadOptions extends ShareGlobals {
  /**
   * Revoke the blob URL by itself this many ms after the click (some browsers read it after
   * `click()` returns). @default undefined — the caller keeps the URL (to show the file) and calls
   * `revoke`
   */
  revokeAfter?: number
}

/**
 * Saves `blob` as `fileName` through an `<a download>` with a blob URL. Returns the URL, which
 * stays valid until `revoke` is called (or `revokeAfter` ms have passed).
 */
export function downloadBlob(
  blob: Blob,
  fileName: string,
  options: DownloadOptions = {},
): { url: string; revoke: () => void } {
  const doc = options.document ?? document
  const urls = options.URL ?? URL
  const url = urls.createObjectURL(blob)
  const a = doc.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  a.style.display = 'none'
  doc.body.appendChild(a)
  const revoke = () => urls.revokeObjectURL(url)
  try {
    a.click()
  } finally {
    a.remove()
    if (options.revokeAfter !== undefined) setTimeout(revoke, options.revokeAfter)
  }
  return { url, revoke }
}
