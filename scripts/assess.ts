/**
 * Headless use of the engine:  npm run assess -- path/to/answers.json [--lang en-US] [--today 2024-08-15]
 *                                                [--pack <id>]   (default: the current pack)
 *
 * Prints the assessment as JSON on stdout, with each verdict also rendered as text in the chosen
 * language. An invalid file prints field-level messages on stderr and exits with code 2.
 */
import { readFileSync } from 'node:fs'
import { validateAnswersFor } from '../src/engine/answers'
import { assess } from '../src/engine/assess'
import { isIsoDate, localToday } from '../src/engine/dates'
import { PATH_LABELS, REQUIREMENT_LABELS, STATUS_LABELS, explain, overallLabelFor, pick } from '../src/engine/explain'
import type { Lang } from '../src/engine/types'
import type { RulePack } from '../src/engine/pack'
import { PACK_METAS } from '../src/policy'
import { currentPack, packById } from '../src/policy/packs'

function usage(msg: string): never {
  process.stderr.write(
    `${msg}\nusage: npm run assess -- <answers.json> [--lang zh-CN|en-US] [--today YYYY-MM-DD] [--pack <id>]\n`,
  )
  process.exit(2)
}

const args = process.argv.slice(2)
let file: string | undefined
let lang: Lang = 'zh-CN'
let today = localToday()
let pack: RulePack<string> = currentPack
for (let i = 0; i < args.length; i++) {
  const a = args[i]!
  if (a === '--lang') {
    const v = args[++i]
    if (v !== 'zh-CN' && v !== 'en-US') usage(`--lang must be zh-CN or en-US, not ${v ?? '(nothing)'}`)
    lang = v
  } else if (a === '--today') {
    const v = args[++i]
    if (!isIsoDate(v)) usage(`--today must be a calendar date YYYY-MM-DD, not ${v ?? '(nothing)'}`)
    today = v
  } else if (a === '--pack') {
    const found = packById(args[++i])
    if (!found.ok)
      usage(`--pack must be one of ${PACK_METAS.map((m) => m.id).join(', ')}, not ${args[i] ?? '(nothing)'}`)
    pack = found.pack
  } else if (a.startsWith('--')) usage(`unknown option ${a}`)
  else if (file) usage('only one answers file, please')
  else file = a
}
if (!file) usage('no answers file given')

let text: string
try {
  text = readFileSync(file, 'utf8')
} catch (e) {
  process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`)
  process.exit(2)
}
let data: unknown
try {
  data = JSON.parse(text)
} catch (e) {
  process.stderr.write(`${file} is not valid JSON: ${(e as Error).message}\n`)
  process.exit(2)
}
const v = validateAnswersFor(data, pack)
if (!v.ok) {
  process.stderr.write(`${file}: ${v.errors.length} invalid field(s)\n`)
  for (const e of v.errors) process.stderr.write(`  - ${lang === 'zh-CN' ? e.zh : e.en}\n`)
  process.exit(2)
}

const result = assess(v.answers, pack, { today })
const say = (m: Parameters<typeof explain>[0]) => explain(m, lang, pack)
const text_ = {
  overall: pick(overallLabelFor(result.overall, result.requirements), lang),
  path: result.path ? pick(PATH_LABELS[result.path], lang) : null,
  requirements: result.requirements.map((r) => ({
    id: r.id,
    title: pick(REQUIREMENT_LABELS[r.id], lang),
    status: pick(STATUS_LABELS[r.status], lang),
    figures: r.figures.map(say),
    advice: r.advice.map(say),
    clauses: r.clauses.map((c) => `${c} ${pick(pack.clauses[c]!.section, lang)}`),
    inferences: r.inferences.map((i) => pick(pack.inferences[i]!.title, lang)),
    ...(r.holdsFrom ? { holdsFrom: r.holdsFrom } : {}),
  })),
  checklist: result.checklist.map((c) => `${pick(c.title, lang)} — ${say(c.reason)}`),
}
process.stdout.write(
  `${JSON.stringify({ pack: { id: pack.id, docNo: pack.docNo }, today, lang, assessment: result, text: text_ }, null, 2)}\n`,
)
