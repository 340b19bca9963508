/**
 * The pack registry: the one way into the rule packs for the app. Nothing outside src/policy
 * imports a pack folder (tests/unit/policy/registry.test.ts checks).
 *
 * This module is light: it holds every shipped pack's `meta` (number, issuer, date, title, year) and
 * loads the rules themselves on demand, so the home screen names the current notice without the
 * clauses and rule data in its first download (tests/e2e/budget.spec.ts). Screens that show a
 * profile get its pack synchronously through the assessment store / `usePack()` (./packs.ts).
 *
 * Adding next year's notice: a new folder beside ningbo-2024-187/ (see ./README.md), one line in
 * SHIPPED_METAS here and one in ./packs.ts, and CURRENT moves to it. Profiles keep the pack they
 * were started under (`ProfileRecord.packId`).
 */
import type { RulePack } from '../engine/pack'
import { meta as ningbo2024 } from './ningbo-2024-187/meta'
import { switchMeta } from './switch/meta'
import { projectedMetaOf } from './projection-meta'
import type { PackLookup, PackMeta } from './types'

export type { PackLookup, PackMeta } from './types'

/** Every pack this app ships, oldest first. Only ever appended to: a profile may name any of them. */
export const SHIPPED_METAS: readonly PackMeta[] = Object.freeze([ningbo2024])

/** The packs this build knows: the shipped ones, plus the test pack in a test build (./switch/). */
export const PACK_METAS: readonly PackMeta[] = Object.freeze(
  switchMeta ? [...SHIPPED_METAS, switchMeta] : [...SHIPPED_METAS],
)

/** The current pack: the notice new profiles are started under and the home screen names. */
export const CURRENT_PACK_ID: string = switchMeta?.id ?? ningbo2024.id

export const currentPackMeta: PackMeta = PACK_METAS.find((m) => m.id === CURRENT_PACK_ID)!

export function unknownPack(id: unknown): Extract<PackLookup<never>, { ok: false }> {
  const shown = typeof id === 'string' ? id.slice(0, 80) : String(id)
  return {
    ok: false,
    error: 'unknown-pack',
    id: shown,
    message: {
      zh: `本版本不认识申报通知“${shown}”（可能由更新版本的应用创建）。请先更新应用。`,
      en: `This version of the app does not know the notice “${shown}” (it may come from a newer version of the app). Please update the app first.`,
    },
  }
}

/**
 * The meta of pack `id`, or `unknown-pack`. A projection id (`<base>@<year>`, ./projection-meta.ts)
 * of a known pack onto a year within the horizon is known too: derived, never shipped.
 */
export function packMeta(id: unknown): PackLookup<PackMeta> {
  const meta = PACK_METAS.find((m) => m.id === id) ?? projectedMetaOf(id, PACK_METAS)
  return meta ? { ok: true, pack: meta } : unknownPack(id)
}

export function isKnownPack(id: unknown): id is string {
  return PACK_METAS.some((m) => m.id === id) || projectedMetaOf(id, PACK_METAS) !== null
}

/** The rules of pack `id`, loaded on demand (a lazy chunk), or `unknown-pack`. */
export async function loadPack(id: unknown): Promise<PackLookup<RulePack<string>>> {
  const { packById } = await import('./packs')
  return packById(id)
}
