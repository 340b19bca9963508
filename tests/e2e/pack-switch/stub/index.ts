/**
 * The stub's rules: the 2024 pack with a 2025-12-31 cut-off, CE years 2023–2025, assessment years
 * 2022–2024 and one extra material — enough for a browser test to tell which pack is current.
 */
import type { MaterialDef, RulePack, TrackDef } from '../../../../src/engine/pack'
import type { TrackId } from '../../../../src/engine/types'
import { pack as base } from '../../../../src/policy/ningbo-2024-187'
import { meta } from './meta'

type C = string
const b = base as RulePack<C>

const tracks = Object.fromEntries(
  Object.entries(b.tracks).map(([id, t]) => [
    id,
    { ...t, ceYears: { ...t.ceYears, value: t.ceYears.value.map((y) => y + 1) } } satisfies TrackDef<C>,
  ]),
) as Record<TrackId, TrackDef<C>>

const extra: MaterialDef<C> = {
  id: 'stub-extra-form',
  group: b.materials[0]!.group,
  when: { always: true },
  reason: 'always',
  clauses: ['N3.1'],
  title: { zh: '虚构测试附加表（仅测试）', en: 'Fictional extra test form (tests only)' },
  detail: { zh: '只存在于测试包中的材料。', en: 'A material that exists only in the test pack.' },
}

export const pack: RulePack<C> = {
  ...b,
  ...meta,
  tracks,
  materials: [...b.materials, extra],
  params: {
    ...b.params,
    cutoff: { ...b.params.cutoff, value: '2025-12-31' },
    ce: { ...b.params.ce, currentYear: { ...b.params.ce.currentYear, value: 2025 } },
    assessmentYears: { ...b.params.assessmentYears, value: [2022, 2023, 2024] },
  },
}
