/** How a status or an overall verdict looks: an icon and a tone, always next to its words. */
import type { Overall, Status } from '@/engine/types'

export const STATUS_ICON: Record<Status, string> = {
  met: 'checked',
  'not-met': 'clear',
  'needs-info': 'question',
  check: 'info',
  'not-applicable': 'minus',
}

export const OVERALL_ICON: Record<Overall, string> = {
  eligible: 'checked',
  'not-eligible': 'clear',
  'needs-info': 'question',
  'check-provincial': 'info',
}

/** Most pressing first: what is wrong, then what is missing, then what to check, then what is fine. */
export const STATUS_ORDER: Record<Status, number> = {
  'not-met': 0,
  'needs-info': 1,
  check: 2,
  met: 3,
  'not-applicable': 4,
}
