/**
 * An object URL for a stored attachment, created when the blob has been read and revoked when the
 * id changes or the component goes away (object URLs keep their blob in memory until revoked).
 */
import { onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { useChecklistStore } from '@/stores/checklist'

export function useAttachmentUrl(id: () => string | null): { url: Ref<string | null>; failed: Ref<boolean> } {
  const store = useChecklistStore()
  const url = ref<string | null>(null)
  const failed = ref(false)
  let current: string | null = null
  let generation = 0

  function release() {
    if (current) URL.revokeObjectURL(current)
    current = null
    url.value = null
  }

  watch(
    id,
    async (next) => {
      const gen = ++generation
      release()
      failed.value = false
      if (!next) return
      try {
        const blob = await store.getBlob(next)
        if (gen !== generation) return
        if (!blob) {
          failed.value = true
          return
        }
        current = URL.createObjectURL(blob)
        url.value = current
      } catch {
        if (gen === generation) failed.value = true
      }
    },
    { immediate: true },
  )

  onBeforeUnmount(() => {
    generation++
    release()
  })

  return { url, failed }
}
