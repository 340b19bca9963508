/**
 * The build-time pack switch, rules half: `null` in every normal build (see ./meta.ts). Under
 * `PACK_SWITCH=<folder>` it becomes the `pack` of <folder>'s index.ts.
 */
import type { RulePack } from '../../engine/pack'

export const switchPack: RulePack<string> | null = null
