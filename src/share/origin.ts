/**
 * Whether a link's origin is this device itself (localhost, 127.x.x.x, ::1): served locally, the
 * share link and its QR code point there, and open on no other phone. The summary screen says so.
 */
export function isLoopbackOrigin(origin: string): boolean {
  let host: string
  try {
    host = new URL(origin).hostname.toLowerCase()
  } catch {
    return false
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (host === '[::1]' || host === '::1' || host === '0.0.0.0') return true
  return /^127(\.\d{1,3}){3}$/.test(host)
}
