/** The engine's verdict on the active profile's answers, recomputed when they or today change. */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { assess } from '@/engine/assess'
import type { Assessment } from '@/engine/types'
import { pack, type ClauseId } from '@/policy/ningbo-2024-187'
import { useToday } from '@/composables/useClock'
import { useAnswersStore } from './answers'

export const useAssessmentStore = defineStore('assessment', () => {
  const answersStore = useAnswersStore()
  const today = useToday()
  const assessment = computed<Assessment<ClauseId>>(() => assess(answersStore.answers, pack, { today: today.value }))
  return { assessment, today, pack }
})
