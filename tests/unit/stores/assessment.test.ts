import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setClock, useToday } from '@/composables/useClock'
import { useAnswersStore } from '@/stores/answers'
import { useAssessmentStore } from '@/stores/assessment'
import { useProfilesStore } from '@/stores/profiles'
import { disposeStores, freshState } from './helpers'

beforeEach(async () => {
  await freshState()
})
afterEach(() => {
  disposeStores()
  setClock()
})

describe('assessment store', () => {
  it('assesses the active answers and follows them', async () => {
    const profiles = useProfilesStore()
    await profiles.load()
    await profiles.select(await profiles.create())
    const a = useAssessmentStore()
    expect(a.assessment.track).toBeNull()
    expect(a.assessment.overall).toBe('needs-info')
    await useAnswersStore().set('track', 'engineer')
    expect(a.assessment.track).toBe('engineer')
    expect(a.assessment.requirements.length).toBeGreaterThan(0)
  })

  it('uses the injectable clock for today', async () => {
    setClock(() => new Date(2024, 8, 1, 8, 0))
    const today = useToday()
    expect(today.value).toBe('2024-09-01')
    const profiles = useProfilesStore()
    await profiles.load()
    await profiles.select(await profiles.create())
    await useAnswersStore().set('track', 'engineer')
    const a = useAssessmentStore()
    expect(a.today).toBe('2024-09-01')
    const before = JSON.stringify(a.assessment.deadlines.map((d) => d.state))
    setClock(() => new Date(2025, 0, 15, 8, 0))
    expect(a.today).toBe('2025-01-15')
    expect(JSON.stringify(a.assessment.deadlines.map((d) => d.state))).not.toBe(before)
  })
})
