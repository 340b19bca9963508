/**
 * For pages under `/p/:profileId/…`. The router guard (src/router/guards.ts) has already loaded the
 * profiles, sent unknown ids to the profiles list, and made the URL's profile the active one; this
 * says when the page may render, and gives the id. Answers are read and written through the answers
 * store, which works on the active profile.
 */
import { computed, type ComputedRef } from 'vue'
import { useRoute } from 'vue-router'
import { t } from '@/i18n'
import { paths } from '@/router/paths'
import { useProfilesStore } from '@/stores/profiles'

export function useProfileRoute() {
  const route = useRoute()
  const profiles = useProfilesStore()
  const profileId = computed(() => String(route.params.profileId ?? ''))
  const ready = computed(() => profiles.loaded && profiles.activeId === profileId.value && profiles.active !== null)
  const notFound = computed(() => profiles.loaded && !profiles.profiles.some((p) => p.id === profileId.value))
  return { profileId, ready, notFound }
}

/**
 * AppPage's "start first" branch for a page that needs the track (results, projection, its
 * checklist): until a track is answered, the page says so and links to the first question.
 */
export function useStartFirst(
  profileId: ComputedRef<string>,
  hasTrack: () => boolean,
): ComputedRef<{ text: string; label: string; to: string } | null> {
  return computed(() =>
    hasTrack()
      ? null
      : { text: t('results.verdict.noTrack'), label: t('results.verdict.start'), to: paths.question(profileId.value) },
  )
}
