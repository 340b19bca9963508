/**
 * The engine's verdict on the active profile's answers, under the pack that profile was started
 * under (`ProfileRecord.packId`), recomputed when they or today change — and, beside it, the
 * projection of that pack onto a later round (src/policy/projection.ts): its own assessment and
 * plan, never mixed with the notice's verdict.
 *
 * The year of the projection is the profile's own choice, kept with its answers (`projectionYear`,
 * answers format 3: in IndexedDB and in backups); until chosen, the default year (the next round
 * whose online deadline has not passed today).
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { assess } from '@/engine/assess'
import type { RulePack } from '@/engine/pack'
import { plan, type PlanLine } from '@/engine/plan'
import type { Assessment } from '@/engine/types'
import { CURRENT_PACK_ID } from '@/policy'
import { currentPack, packById, projectionOf } from '@/policy/packs'
import { defaultProjectionYear, projectionYears } from '@/policy/projection'
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

  /** The years the projection may be for today (the default first). */
  const projectionChoices = computed<number[]>(() => projectionYears(pack.value, today.value))
  /** The year chosen for this profile, or the default one; a stored year no longer offered still counts. */
  const projectionYear = computed<number>(() => {
    const chosen = answersStore.answers.projectionYear
    return typeof chosen === 'number' && chosen > pack.value.year
      ? chosen
      : defaultProjectionYear(pack.value, today.value)
  })
  /** The pack's rules carried to the chosen year (a derived pack, labelled 推断). */
  const projectedPack = computed<RulePack<string>>(() => {
    const found = projectionOf(pack.value.id, projectionYear.value)
    return found.ok ? found.pack : pack.value
  })
  const projected = computed<Assessment<string>>(() =>
    assess(answersStore.answers, projectedPack.value, { today: today.value }),
  )
  const projectedPlan = computed<PlanLine<string>[]>(() =>
    plan(projected.value, projectedPack.value, answersStore.answers, today.value),
  )
  return {
    assessment,
    today,
    pack,
    packLookup,
    projectionChoices,
    projectionYear,
    projectedPack,
    projected,
    projectedPlan,
  }
})
