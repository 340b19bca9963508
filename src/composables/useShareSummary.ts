/**
 * The active profile's shareable summary, kept up to date: built from the engine's assessment and
 * the checklist ticks (the checklist store; never from the answers), with today's date and — only while the applicant has
 * switched it on — a sanitised display name. Gives the summary, the link and the plain text.
 *
 *   const nameOn = ref(false); const name = ref('')
 *   const { summary, link, text, view } = useShareSummary({ profileId, nameOn, name })
 */
import { isLoopbackOrigin } from '@/share/origin'
import { computed, type ComputedRef, type Ref } from 'vue'
import type { RulePack } from '@/engine/pack'
import { summaryView, type SummaryView } from '@/share/view'
import { useI18n } from '@/i18n'
import { buildSummary, encodeSummary, renderSummaryText, sanitizeDisplayName, shareUrl, type Summary } from '@/share'
import { useAssessmentStore } from '@/stores/assessment'
import { useChecklistStore } from '@/stores/checklist'

/**
 * The name that goes on the summary: none while the switch is off (whatever was typed), otherwise
 * the typed name sanitised (`sanitizeDisplayName`), and none when nothing is left of it.
 */
export function displayNameFor(enabled: boolean, typed: string): string | undefined {
  if (!enabled) return undefined
  const name = sanitizeDisplayName(typed)
  return name === '' ? undefined : name
}

export interface ShareSummaryOptions {
  /** The route's profile: the guard has made it the active one, whose checklist the store holds. */
  profileId: Ref<string>
  /** The display-name switch (off by default on the screen). */
  nameOn: Ref<boolean>
  name: Ref<string>
  /** Origin (and base path) of the link; default `location.origin` + the build's base path (`/` or e.g. `/zhicheng/`). */
  origin?: string
}

export interface ShareSummary {
  /** The link points to this device (a loopback origin): it opens on no other phone. */
  loopback: boolean
  /** The profile's pack (its `packId`), which the link names. */
  pack: ComputedRef<RulePack<string>>
  summary: ComputedRef<Summary>
  payload: ComputedRef<string>
  link: ComputedRef<string>
  /** `renderSummaryText` in the current language, with the link. */
  text: ComputedRef<string>
  view: ComputedRef<SummaryView>
  /** The checklist ticks have been read (before that, progress would show 0). */
  ready: ComputedRef<boolean>
}

export function useShareSummary(options: ShareSummaryOptions): ShareSummary {
  const store = useAssessmentStore()
  const { lang } = useI18n()
  const pack = computed(() => store.pack)
  const checklist = useChecklistStore()
  /** The items ticked on this device (the checklist store's records for the active profile). */
  const done = computed(() => {
    const ids = new Set<string>()
    for (const r of checklist.records.values()) if (r.done) ids.add(r.itemId)
    return ids
  })
  const origin = options.origin ?? (typeof location === 'undefined' ? '' : location.origin + import.meta.env.BASE_URL)

  const summary = computed(() =>
    buildSummary(
      store.assessment,
      pack.value,
      { done: done.value },
      {
        generatedOn: store.today,
        displayName: displayNameFor(options.nameOn.value, options.name.value),
      },
    ),
  )
  const payload = computed(() => encodeSummary(summary.value, pack.value))
  const link = computed(() => shareUrl(origin, payload.value))
  const text = computed(() => renderSummaryText(summary.value, lang.value, pack.value, link.value))
  const view = computed(() => summaryView(summary.value, lang.value, pack.value))
  /** The link points to this device (served locally): it opens on no other phone. */
  const loopback = isLoopbackOrigin(origin)
  return {
    loopback,
    pack,
    summary,
    payload,
    link,
    text,
    view,
    ready: computed(() => checklist.loaded && checklist.profileId === options.profileId.value),
  }
}
