import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { defineComponent } from 'vue'
import type { Pinia } from 'pinia'
import { installProfileGuards } from '@/router/guards'
import { useProfilesStore } from '@/stores/profiles'
import { disposeStores, eventually, freshState, readBack } from './helpers'

const Blank = defineComponent({ render: () => null })

let pinia: Pinia
let router: Router

beforeEach(async () => {
  pinia = await freshState()
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Blank },
      { path: '/profiles', component: Blank },
      { path: '/p/:profileId/q/:page', component: Blank },
    ],
  })
  installProfileGuards(router, pinia)
})
afterEach(() => disposeStores())

describe('profile route guards', () => {
  it('a profile route makes its profile active and saves the route as lastRoute', async () => {
    const profiles = useProfilesStore()
    await profiles.load()
    const a = await profiles.create('A')
    const b = await profiles.create('B')
    await profiles.select(b)
    await router.push(`/p/${a}/q/education`)
    expect(profiles.activeId).toBe(a)
    await eventually(() => expect(profiles.active!.lastRoute).toBe(`/p/${a}/q/education`))
    await eventually(async () =>
      expect((await readBack((o) => o.profiles.get(a)))!.lastRoute).toBe(`/p/${a}/q/education`),
    )
    // Other routes leave lastRoute alone.
    await router.push('/profiles')
    expect(profiles.profiles.find((p) => p.id === a)!.lastRoute).toBe(`/p/${a}/q/education`)
  })

  it('an unknown profile id goes to the profiles list', async () => {
    await router.push('/p/no-such-id/q/track')
    expect(router.currentRoute.value.fullPath).toBe('/profiles')
  })
})
