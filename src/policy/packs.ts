/**
 * The rules of every pack this build knows, by id: the synchronous half of the registry (./index.ts
 * holds the light metas). Imported by the screens that show a profile (through the assessment store
 * and `usePack()`), by the share codec and by the scripts; never by the home screen.
 */
import type { RulePack } from '../engine/pack'
import { CURRENT_PACK_ID, unknownPack } from './index'
import { pack as ningbo2024 } from './ningbo-2024-187'
import { switchPack } from './switch/pack'
import type { PackLookup } from './types'

/** Same order as PACK_METAS in ./index.ts (a unit test checks the two agree). */
export const RULE_PACKS: readonly RulePack<string>[] = Object.freeze(
  switchPack ? [ningbo2024 as RulePack<string>, switchPack] : [ningbo2024 as RulePack<string>],
)

/** The test build's switched-in pack (./switch/), or null in every normal build. */
export const TEST_PACK: RulePack<string> | null = switchPack

/** Pack `id`, or `unknown-pack` (a clear result, never a throw). */
export function packById(id: unknown): PackLookup<RulePack<string>> {
  const pack = RULE_PACKS.find((p) => p.id === id)
  return pack ? { ok: true, pack } : unknownPack(id)
}

/** The current pack (./index.ts `CURRENT_PACK_ID`): what new profiles are assessed under. */
export const currentPack: RulePack<string> = RULE_PACKS.find((p) => p.id === CURRENT_PACK_ID)!
