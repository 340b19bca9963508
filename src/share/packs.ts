/**
 * The share-link pack registry: the pack index written into a link → the rule pack.
 *
 * Only ever append. An index, once given to a pack, keeps naming that pack for as long as the app
 * exists, so every link ever shared keeps decoding against the notice it was made for. A link whose
 * index is beyond this list comes from a newer app (`unknown-pack`).
 */
import type { RulePack } from '@/engine/pack'
import { pack as ningbo2024 } from '@/policy/ningbo-2024-187'

export const SHARE_PACKS: readonly RulePack<string>[] = Object.freeze([/* 0 */ ningbo2024 as RulePack<string>])

/** The registry index of a pack, or -1 when it has none (it cannot be shared yet). */
export function sharePackIndex(packId: string, packs: readonly RulePack<string>[] = SHARE_PACKS): number {
  return packs.findIndex((p) => p.id === packId)
}
