/**
 * Handing a backup file to the user, without any network: a download, or the system share sheet
 * where the browser can share that file type. The work is done by src/utils/deviceShare.ts (shared
 * with the summary screen); this keeps the backup section's calls. Globals are injectable for tests.
 */
import { canShareFiles, downloadBlob as download, isAbort, type ShareGlobals } from '@/utils/deviceShare'

/** Starts a download of `blob` named `name` (the URL is revoked a minute later). */
export function downloadBlob(
  blob: Blob,
  name: string,
  doc: Document = document,
  urls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL,
): void {
  download(blob, name, { document: doc, URL: urls, revokeAfter: 60_000 })
}

export type ShareNavigator = Pick<Navigator, 'share' | 'canShare'>

/** Whether the system share sheet can take this file (browsers restrict the shareable file types). */
export function canShareFile(file: File, nav: Partial<ShareNavigator> | undefined = globalThis.navigator): boolean {
  return canShareFiles([file], { navigator: nav as ShareGlobals['navigator'] })
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
    if (isAbort(e)) return 'cancelled'
    throw e
  }
}
