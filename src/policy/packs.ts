/**
 * The rules of every pack this build knows, by id: the synchronous half of the registry (./index.ts
 * holds the light metas). Imported by the screens that show a profile (through the assessment store
 * and `usePack()`), by the share codec and by the scripts; never by the home screen.
 */
import type { RulePack } from '../engine/pack'
import { CURRENT_PACK_ID, unknownPack } from './index'
import { pack as ningbo2024 } from './ningbo-2024-187'
import { switchPack } from './switch/pack'
import { projectPack } from './projection'
import { parseProjectionId, isProjectionYear } from './projection-meta'
import type { PackLookup } from './types'

/** Same order as PACK_METAS in ./index.ts (a unit test checks the two agree). */
export const RULE_PACKS: readonly RulePack<string>[] = Object.freeze(
  switchPack ? [ningbo2024 as RulePack<string>, switchPack] : [ningbo2024 as RulePack<string>],
)

/** The test build's switched-in pack (./switch/), or null in every normal build. */
export const TEST_PACK: RulePack<string> | null = switchPack

const projections = new Map<string, RulePack<string>>()

/**
 * Pack `id`, or `unknown-pack` (a clear result, never a throw). A projection id (`<base>@<year>`,
 * ./projection-meta.ts) gives the base pack's rules carried forward to that year, derived once and
 * kept: no projection is shipped.
 */
export function packById(id: unknown): PackLookup<RulePack<string>> {
  const pack = RULE_PACKS.find((p) => p.id === id)
  if (pack) return { ok: true, pack }
  const p = parseProjectionId(id)
  const base = p && RULE_PACKS.find((x) => x.id === p.baseId)
  if (!p || !base || !isProjectionYear(base.year, p.year)) return unknownPack(id)
  let derived = projections.get(id as string)
  if (!derived) {
    derived = projectPack(base, p.year)
    projections.set(derived.id, derived)
  }
  return { ok: true, pack: derived }
}

/** The projection of pack `baseId` onto `year`, or `unknown-pack`. */
export function projectionOf(baseId: string, year: number): PackLookup<RulePack<string>> {
  return packById(`${baseId}@${year}`)
}

/** The current pack (./index.ts `CURRENT_PACK_ID`): what new profiles are assessed under. */
export const currentPack: RulePack<string> = RULE_PACKS.find((p) => p.id === CURRENT_PACK_ID)!
