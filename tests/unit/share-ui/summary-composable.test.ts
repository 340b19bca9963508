import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { setClock } from '@/composables/useClock'
import { useShareSummary } from '@/composables/useShareSummary'
import { db } from '@/db'
import { applyLang } from '@/i18n'
import { decodeSummary, payloadFromLocation } from '@/share'
import { useAnswersStore } from '@/stores/answers'
import { useProfilesStore } from '@/stores/profiles'
import { disposeStores, freshState } from '../stores/helpers'

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 100 && !cond(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(cond()).toBe(true)
}

beforeEach(async () => {
  await freshState()
  setClock(() => new Date(2024, 7, 15, 9, 0))
})
afterEach(() => {
  disposeStores()
  setClock()
})

async function setUp() {
  const profiles = useProfilesStore()
  await profiles.load()
  const id = await profiles.create()
  await profiles.select(id)
  const answers = useAnswersStore()
  await answers.set('track', 'engineer')
  await answers.set('specialty', 'metrology')
  const scope = effectScope()
  const nameOn = ref(false)
  const name = ref('')
  const s = scope.run(() => useShareSummary({ profileId: ref(id), nameOn, name, origin: 'https://app.example' }))!
  await until(() => s.ready.value)
  return { id, s, nameOn, name, scope }
}

describe('useShareSummary', () => {
  it('builds the link from the verdict and the checklist ticks, dated today, with no name by default', async () => {
    const { id, s, name, scope } = await setUp()
    name.value = '张工' // typed, but the switch is off
    expect(s.summary.value.generatedOn).toBe('2024-08-15')
    expect(s.summary.value.track).toBe('engineer')
    expect(s.summary.value.displayName).toBeNull()
    expect(s.link.value.startsWith('https://app.example/s#')).toBe(true)
    expect(s.text.value).not.toContain('张工')

    const first = s.summary.value.checklist.applicable[0]!
    await db.checklist.put({ profileId: id, itemId: first, done: true, note: '', updatedAt: 1 })
    await db.checklist.put({
      profileId: 'someone-else',
      itemId: s.summary.value.checklist.applicable[1]!,
      done: true,
      note: '',
      updatedAt: 1,
    })
    await until(() => s.summary.value.checklist.done.length === 1)
    expect(s.summary.value.checklist.done).toEqual([first])

    const back = decodeSummary(payloadFromLocation(new URL(s.link.value).hash))
    expect(back.ok && back.summary).toStrictEqual(s.summary.value)
    scope.stop()
  })

  it('puts the sanitised name on the summary only while the switch is on', async () => {
    const { s, nameOn, name, scope } = await setUp()
    name.value = ' 张工\u202e '
    nameOn.value = true
    await nextTick()
    expect(s.summary.value.displayName).toBe('张工')
    expect(s.text.value).toContain('申报人：张工')
    nameOn.value = false
    await nextTick()
    expect(s.summary.value.displayName).toBeNull()
    scope.stop()
  })

  it('gives the text in the current language', async () => {
    const { s, scope } = await setUp()
    applyLang('en-US')
    await nextTick()
    expect(s.text.value.startsWith('Professional-title self-check summary')).toBe(true)
    applyLang('zh-CN')
    scope.stop()
  })
})
