/**
 * The build-time pack switch, meta half. In every normal build this is `null`: the app ships the
 * packs listed in ../index.ts and nothing else.
 *
 * Tests only: `PACK_SWITCH=<folder> vite build` (see `packSwitch()` in vite.config.ts) replaces this
 * module by the `meta` of the pack in <folder> (a fixture pack under tests/fixtures/packs/), which
 * then becomes the current pack. tests/e2e/pack-switch.spec.ts builds such an app; a unit test proves
 * the normal build has no fixture pack in it.
 */
import type { PackMeta } from '../types'

export const switchMeta: PackMeta | null = null
