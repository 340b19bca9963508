/**
 * The share-link pack registry: the pack index written into a link → the rule pack.
 *
 * Only ever append to SHARE_PACK_IDS. An index, once given to a pack, keeps naming that pack for as
 * long as the app exists, so every link ever shared keeps decoding against the notice it was made
 * for. A link whose index is beyond this list comes from a newer app (`unknown-pack`).
 *
 * The packs themselves come from the pack registry (src/policy); a shipped pack missing from this
 * list cannot be shared yet (a unit test fails). Index 255 is reserved for the test pack of a test
 * build (src/policy/switch/), so its links can never be mistaken for a shipped notice's.
 */
import type { RulePack } from '@/engine/pack'
import { RULE_PACKS, TEST_PACK } from '@/policy/packs'

/** index → pack id. Append only. */
export const SHARE_PACK_IDS: readonly string[] = Object.freeze([/* 0 */ 'ningbo-2024-187'])

/** The index of a test build's switched-in pack (never a shipped one). */
export const TEST_PACK_INDEX = 255

function sharePacks(): readonly RulePack<string>[] {
  const packs: RulePack<string>[] = []
  SHARE_PACK_IDS.forEach((id, i) => {
    const pack = RULE_PACKS.find((p) => p.id === id)
    if (pack) packs[i] = pack
  })
  if (TEST_PACK) packs[TEST_PACK_INDEX] = TEST_PACK
  return Object.freeze(packs)
}

export const SHARE_PACKS: readonly RulePack<string>[] = sharePacks()

/** The registry index of a pack, or -1 when it has none (it cannot be shared yet). */
export function sharePackIndex(packId: string, packs: readonly RulePack<string>[] = SHARE_PACKS): number {
  return packs.findIndex((p) => p?.id === packId)
}
