/**
 * The round status of a pack on the device's date (the injectable clock, src/composables/useClock.ts),
 * with the app's "closing soon" threshold (SOON_DAYS, shared with the timeline's deadlines).
 */
import { computed, type ComputedRef, type Ref } from 'vue'
import { SOON_DAYS } from '@/checklist/timeline'
import { useToday } from '@/composables/useClock'
import { roundStatus, type RoundSource, type RoundStatus } from '@/engine/round'
import type { TrackId } from '@/engine/types'

export function useRoundStatus(
  pack: Ref<RoundSource> | ComputedRef<RoundSource>,
  track?: Ref<TrackId | null | undefined> | ComputedRef<TrackId | null | undefined>,
): ComputedRef<RoundStatus> {
  const today = useToday()
  return computed(() => roundStatus(pack.value, today.value, { soonDays: SOON_DAYS, track: track?.value ?? null }))
}
