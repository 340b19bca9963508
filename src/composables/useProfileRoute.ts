/**
 * For pages under `/p/:profileId/…`. The router guard (src/router/guards.ts) has already loaded the
 * profiles, sent unknown ids to the profiles list, and made the URL's profile the active one; this
 * says when the page may render, and gives the id. Answers are read and written through the answers
 * store, which works on the active profile.
 */
import { computed } from 'vue'
import { useRoute } from 'vue-router'
import { useProfilesStore } from '@/stores/profiles'

export function useProfileRoute() {
  const route = useRoute()
  const profiles = useProfilesStore()
  const profileId = computed(() => String(route.params.profileId ?? ''))
  const ready = computed(() => profiles.loaded && profiles.activeId === profileId.value && profiles.active !== null)
  const notFound = computed(() => profiles.loaded && !profiles.profiles.some((p) => p.id === profileId.value))
  return { profileId, ready, notFound }
}
