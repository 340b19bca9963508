/**
 * The answers format's data dictionary: the closed lists of ids an answers file, a backup and a
 * share link may hold for a track, a specialty and an exceptional condition. Every pack maps its
 * notice onto these ids; none of them is notice content.
 *
 * What is the pack's, not this file's: which of these ids a notice offers (`pack.tracks`,
 * `pack.specialties`, `pack.params.exceptional.conditionClauses` — only the ids present), their
 * order (the pack's key order), their names and their clauses. The engine, the flow's options and
 * validation against a pack (`offeredProblems` in answers.ts) read the pack; these lists serve only
 * the file formats: the answers schema's picklists, and the share codec's frozen index tables
 * (`V1` in src/share/codec.ts, append-only, byte-compatible with committed links).
 *
 * No engine rule depends on a particular value of them (tests/unit/engine/no-notice.test.ts fails
 * if any engine module but this one quotes one). A notice with a track or specialty no pack had
 * before adds its id here, at the end — a change of the answers format documented in
 * docs/answers.md — and to the codec's tables at the end of theirs.
 */

/** 职称申报的系列/层级 a pack may offer (engineer, senior, senior in special equipment, principal). */
export const TRACK_IDS = ['engineer', 'senior', 'senior-se', 'principal'] as const
export type TrackId = (typeof TRACK_IDS)[number]

/** The specialties (专业) a pack may open on a track. */
export const SPECIALTY_IDS = ['quality', 'metrology', 'standardization', 'special-equipment', 'food-quality'] as const
export type SpecialtyId = (typeof SPECIALTY_IDS)[number]

/** The exceptional (破格) conditions, by number; a pack names the ones it has and their clauses. */
export const CONDITION_IDS = [1, 2, 3, 4, 5, 6, 7] as const
export type ExceptionalCondition = (typeof CONDITION_IDS)[number]

export const isTrackId = (x: unknown): x is TrackId => (TRACK_IDS as readonly unknown[]).includes(x)
export const isSpecialtyId = (x: unknown): x is SpecialtyId => (SPECIALTY_IDS as readonly unknown[]).includes(x)
