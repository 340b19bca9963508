/**
 * Prints the assessment of every case in the engine's case table as JSON (deadlines against a fixed
 * "today"). Used by the time-zone test: the output must be identical under any TZ.
 */
import { assess } from '../src/engine/assess'
import { RULE_PACKS } from '../src/policy/packs'
import { CASES, answersOf } from '../tests/unit/engine/cases'

// The engine case table (tests/unit/engine/cases.ts) is written for the 2024 pack.
const pack = RULE_PACKS.find((p) => p.id === 'ningbo-2024-187')!

const today = process.argv[2] ?? '2024-08-21'
const out = CASES.map((c) => ({ name: c.name, assessment: assess(answersOf(c), pack, { today }) }))
process.stdout.write(JSON.stringify(out))
