/** The overall verdict from the requirements' statuses: one function, used by the engine and by the share link's validation. */
import type { Overall, Status } from './types'

/**
 * Not met anywhere → not eligible; else anything unknown → needs info; else anything this notice
 * leaves to another document (a "check" verdict, or a track whose conditions the notice sets only in
 * part) → eligible as far as this notice says, check the provincial document.
 */
export function overallOf(statuses: readonly Status[], detail: 'full' | 'partial'): Overall {
  if (statuses.includes('not-met')) return 'not-eligible'
  if (statuses.includes('needs-info')) return 'needs-info'
  if (detail === 'partial' || statuses.includes('check')) return 'check-provincial'
  return 'eligible'
}
