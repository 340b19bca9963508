/**
 * The rule pack of the profile a screen shows (the assessment store's, from `ProfileRecord.packId`).
 * Screens take every notice-specific value — clauses, thresholds, dates, the document number, the
 * year — from it, never from a pack folder (tests/unit/policy/ui-literals.test.ts).
 */
import { computed, type ComputedRef } from 'vue'
import type { RulePack } from '@/engine/pack'
import { useAssessmentStore } from '@/stores/assessment'

export function usePack(): ComputedRef<RulePack<string>> {
  const store = useAssessmentStore()
  return computed(() => store.pack)
}
