/**
 * The engine's verdict on the active profile's answers, under the pack that profile was started
 * under (`ProfileRecord.packId`), recomputed when they or today change.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { assess } from '@/engine/assess'
import type { RulePack } from '@/engine/pack'
import type { Assessment } from '@/engine/types'
import { CURRENT_PACK_ID } from '@/policy'
import { currentPack, packById } from '@/policy/packs'
import { useToday } from '@/composables/useClock'
import { useAnswersStore } from './answers'
import { useProfilesStore } from './profiles'

export const useAssessmentStore = defineStore('assessment', () => {
  const answersStore = useAnswersStore()
  const profiles = useProfilesStore()
  const today = useToday()
  /** The active profile's pack (the current one when no profile is active), or why it is unknown. */
  const packLookup = computed(() => packById(profiles.active?.packId ?? CURRENT_PACK_ID))
  /**
   * The pack screens show. A profile whose pack this build does not know never reaches a screen
   * (the router guard sends it to the profiles list); until then the current pack stands in.
   */
  const pack = computed<RulePack<string>>(() => (packLookup.value.ok ? packLookup.value.pack : currentPack))
  const assessment = computed<Assessment<string>>(() =>
    assess(answersStore.answers, pack.value, { today: today.value }),
  )
  return { assessment, today, pack, packLookup }
})
