/**
 * The engine's case tables, one per pack, run through the same test code (cases-as-data per
 * parameter set, the way OpenFisca keeps YAML cases per parameter set): the 2024 notice and the
 * fictional 2025 fixture pack (tests/fixtures/packs/, never shipped), and the 2024 notice's rules
 * carried to 2025, 2026 and 2027 (src/policy/projection.ts; ./projection-cases.ts).
 */
import type { Answers } from '../../../src/engine/answers'
import type { RulePack } from '../../../src/engine/pack'
import { pack as ningbo2024 } from '../../../src/policy/ningbo-2024-187'
import { pack as fictional2025 } from '../../fixtures/packs/fictional-2025'
import { BASES as FICTIONAL_BASES, CASES as FICTIONAL_CASES } from '../../fixtures/packs/fictional-2025/cases'
import { BASES, CASES, type EngineCase } from './cases'
import { carriedBases, casesOf, PROJECTION_YEARS } from './projection-cases'
import { projectPack } from '../../../src/policy/projection'

export interface PackTable {
  pack: RulePack<string>
  bases: Record<EngineCase['base'], Answers>
  cases: EngineCase[]
  /** The fewest cases the table may have. */
  minCases: number
}

export const PACK_TABLES: PackTable[] = [
  { pack: ningbo2024 as RulePack<string>, bases: BASES, cases: CASES, minCases: 40 },
  { pack: fictional2025, bases: FICTIONAL_BASES, cases: FICTIONAL_CASES, minCases: 12 },
  ...PROJECTION_YEARS.map((year) => ({
    pack: projectPack(ningbo2024 as RulePack<string>, year),
    bases: carriedBases(year),
    cases: casesOf(year),
    minCases: 9,
  })),
]
