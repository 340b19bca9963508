/**
 * Router ↔ stores. A route with a `:profileId` param:
 *  - waits for the profiles to load, and sends an unknown id to the profiles list — and a profile
 *    whose pack (`packId`) this build does not know (written by a newer app), too;
 *  - makes that profile the active one;
 *  - after navigation, records the route as the profile's `lastRoute` (reload / "continue").
 */
import type { Pinia } from 'pinia'
import type { RouteLocationNormalized, Router } from 'vue-router'
import { isKnownPack } from '@/policy'
import { useAnswersStore } from '@/stores/answers'
import { useProfilesStore } from '@/stores/profiles'
import { paths } from './paths'

export function profileIdOf(route: RouteLocationNormalized): string | null {
  const id = route.params.profileId
  return typeof id === 'string' && id ? id : null
}

export function installProfileGuards(router: Router, pinia: Pinia): void {
  router.beforeEach(async (to) => {
    const id = profileIdOf(to)
    if (!id) return true
    const profiles = useProfilesStore(pinia)
    await profiles.load()
    const profile = profiles.profiles.find((p) => p.id === id)
    if (!profile || !isKnownPack(profile.packId)) return { path: paths.profiles, replace: true }
    if (profiles.activeId !== id) await profiles.select(id).catch(() => undefined)
    return true
  })

  router.afterEach((to, _from, failure) => {
    if (failure) return
    const id = profileIdOf(to)
    if (!id) return
    const answers = useAnswersStore(pinia)
    void answers.setLastRoute(to.fullPath.split('#')[0]!)
  })
}
