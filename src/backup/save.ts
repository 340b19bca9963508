/**
 * Handing a backup file to the user, without any network: a download through a blob: URL and an
 * `<a download>`, or the system share sheet (Web Share API with a file) where the browser can share
 * that file type. Globals are injectable for tests.
 */

/** Starts a download of `blob` named `name`. */
export function downloadBlob(
  blob: Blob,
  name: string,
  doc: Document = document,
  urls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL,
): void {
  const url = urls.createObjectURL(blob)
  const a = doc.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  a.style.display = 'none'
  doc.body.appendChild(a)
  try {
    a.click()
  } finally {
    a.remove()
    // Some browsers read the URL after click() returns: revoke it a little later.
    setTimeout(() => urls.revokeObjectURL(url), 60_000)
  }
}

export type ShareNavigator = Pick<Navigator, 'share' | 'canShare'>

/** Whether the system share sheet can take this file (browsers restrict the shareable file types). */
export function canShareFile(file: File, nav: Partial<ShareNavigator> | undefined = globalThis.navigator): boolean {
  try {
    return typeof nav?.share === 'function' && typeof nav.canShare === 'function' && nav.canShare({ files: [file] })
  } catch {
    return false
  }
}

/** Opens the share sheet with the file. 'cancelled' when the user closes it. Other failures reject. */
export async function shareFile(
  file: File,
  title: string,
  nav: ShareNavigator = navigator,
): Promise<'shared' | 'cancelled'> {
  try {
    await nav.share({ files: [file], title })
    return 'shared'
  } catch (e) {
    if (e instanceof Error && e.name === 'AbortError') return 'cancelled'
    throw e
  }
}
