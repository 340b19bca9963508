/**
 * Prints the assessment of every case in the engine's case table as JSON (deadlines against a fixed
 * "today"). Used by the time-zone test: the output must be identical under any TZ.
 */
import { assess } from '../src/engine/assess'
import { pack } from '../src/policy/ningbo-2024-187'
import { CASES, answersOf } from '../tests/unit/engine/cases'

const today = process.argv[2] ?? '2024-08-21'
const out = CASES.map((c) => ({ name: c.name, assessment: assess(answersOf(c), pack, { today }) }))
process.stdout.write(JSON.stringify(out))
