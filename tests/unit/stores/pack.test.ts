import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent } from 'vue'
import { db } from '@/db'
import { CURRENT_PACK_ID } from '@/policy'
import { currentPack } from '@/policy/packs'
import { installProfileGuards } from '@/router/guards'
import { useAssessmentStore } from '@/stores/assessment'
import { useProfilesStore } from '@/stores/profiles'
import { usePack } from '@/composables/usePack'
import { disposeStores, eventually, freshState, readBack } from './helpers'

beforeEach(async () => {
  await freshState()
})
afterEach(() => disposeStores())

/** A profile written as a newer app would: under a pack this build does not know. */
async function foreignProfile(id = 'from-newer-app') {
  await db.profiles.add({
    id,
    name: 'Newer',
    createdAt: 1,
    updatedAt: 2,
    answers: { version: 3 },
    packId: 'ningbo-2031-9',
    lastRoute: null,
    deletedAt: null,
  })
  return id
}

describe('profiles record their pack', () => {
  it('a new profile is started under the current pack, and keeps it (stored)', async () => {
    const profiles = useProfilesStore()
    await profiles.load()
    const id = await profiles.create()
    expect(CURRENT_PACK_ID).toBe('ningbo-2024-187')
    expect(profiles.profiles.find((p) => p.id === id)!.packId).toBe(CURRENT_PACK_ID)
    expect((await readBack((o) => o.profiles.get(id)))!.packId).toBe(CURRENT_PACK_ID)
    await profiles.rename(id, 'Renamed')
    expect((await readBack((o) => o.profiles.get(id)))!.packId).toBe(CURRENT_PACK_ID)
  })

  it('a copy keeps the pack of the profile it was copied from (not the current one)', async () => {
    const profiles = useProfilesStore()
    await profiles.load()
    const src = await foreignProfile()
    await eventually(() => expect(profiles.profiles.some((p) => p.id === src)).toBe(true))
    const copy = await profiles.duplicate(src)
    expect((await readBack((o) => o.profiles.get(copy)))!.packId).toBe('ningbo-2031-9')
  })

  it('the assessment store and usePack() give the active profile’s pack, and say when it is unknown', async () => {
    const profiles = useProfilesStore()
    await profiles.load()
    const mine = await profiles.create()
    await profiles.select(mine)
    const store = useAssessmentStore()
    const pack = usePack()
    expect(store.packLookup.ok).toBe(true)
    expect(pack.value.id).toBe('ningbo-2024-187')
    expect(store.assessment.checklist.length).toBeGreaterThanOrEqual(0)

    const foreign = await foreignProfile()
    await eventually(() => expect(profiles.profiles.some((p) => p.id === foreign)).toBe(true))
    await profiles.select(foreign)
    expect(store.packLookup).toMatchObject({ ok: false, error: 'unknown-pack', id: 'ningbo-2031-9' })
    // Never shown on a screen (the guard below); the store still answers without throwing.
    expect(pack.value).toBe(currentPack)
  })

  it('the router sends a profile under an unknown pack to the profiles list', async () => {
    const Blank = defineComponent({ render: () => null })
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: Blank },
        { path: '/profiles', component: Blank },
        { path: '/p/:profileId/results', component: Blank },
      ],
    })
    const pinia = await freshState()
    installProfileGuards(router, pinia)
    const foreign = await foreignProfile()
    await router.push(`/p/${foreign}/results`)
    expect(router.currentRoute.value.fullPath).toBe('/profiles')
    const mine = await useProfilesStore().create()
    await router.push(`/p/${mine}/results`)
    expect(router.currentRoute.value.fullPath).toBe(`/p/${mine}/results`)
  })
})
