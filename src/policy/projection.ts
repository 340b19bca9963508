/**
 * A projection: a notice's rules carried forward to a later year, as a derived pack. Nothing is
 * copied: the derived pack shares the base pack's clauses, messages, materials, thresholds and texts,
 * and replaces only the values bound to the year. The registry (./packs.ts) derives it on demand
 * from its id, `<base id>@<year>` (./projection-meta.ts).
 *
 * Carried forward (each value keeps its clause and gains the projection inference, `Param.projected`):
 *   - the cut-off, moved by the years between (Y-12-31 for a notice whose cut-off is its year's end);
 *   - each track's continuing-education years and the year still open, moved by as many years;
 *   - the assessment years, moved likewise;
 *   - each deadline on the same day of the later year (29 Feb → 28 Feb in a common year);
 *   - the evidence window: the same number of years, counted back from the new cut-off;
 *   - the statutory retirement rule in force on the new cut-off (the law the pack names; from 2025
 *     the gradual reform), with its own inference when it is not the base's rule.
 * Everything else is the base notice's. The projection itself is an inference
 * (`PROJECTION_INFERENCE`): the real notice for that year decides.
 */
import { addMonthsIso } from '../engine/dates'
import { formatDate } from '../engine/format'
import type { DeadlineDef, Param, Projection, RulePack, TrackDef } from '../engine/pack'
import { ruleInForce } from '../engine/retirement'
import { applicationDeadline } from '../engine/round'
import type { Bilingual, IsoDate, TrackId } from '../engine/types'
import { FLEXIBLE_RETIREMENT_INFERENCE } from './law/retirement'
import { isProjectionYear, PROJECTION_MAX_AHEAD, projectionMeta } from './projection-meta'

export {
  isProjectionYear,
  parseProjectionId,
  PROJECTION_HORIZON,
  PROJECTION_MAX_AHEAD,
  projectionId,
} from './projection-meta'

/** The inference every projected verdict rests on. */
export const PROJECTION_INFERENCE = 'projection'
/** The retirement rule at the new cut-off, when it is not the base notice's. */
export const PROJECTED_RETIREMENT_INFERENCE = 'projection-retirement'

/** The same day `years` later (29 Feb → 28 Feb when the later year has none: the civil-law convention). */
export function shiftDate(date: IsoDate, years: number): IsoDate {
  return addMonthsIso(date, 12 * years)
}

const listEn = (xs: readonly number[]) => xs.join(', ')

/**
 * The one sentence every projected screen shows: what was carried forward, and that the real notice
 * for the year decides.
 */
export function projectionSentence(base: RulePack<string>, year: number, cutoff: IsoDate): Bilingual {
  const d = year - base.year
  return {
    zh: `这是按${base.docNo}（${base.year} 年度）的规则推算的 ${year} 年度申报，不是 ${year} 年度的通知：截止日改为 ${formatDate(cutoff, 'zh-CN')}，继续教育和年度考核的年份、各项截止日期顺延 ${d} 年，业绩材料时限自新的截止日倒推，退休年龄按该截止日施行的法定规则，其余条件均沿用 ${base.year} 年度通知；${year} 年度实际的条件和日期以当年正式发布的通知为准。`,
    en: `This is the ${year} round worked out from the rules of ${base.docNo} (the ${base.year} notice), not a ${year} notice: the cut-off becomes ${formatDate(cutoff, 'en-US')}, the continuing-education and assessment years and every deadline move ${d} year${d === 1 ? '' : 's'} later, the evidence window counts back from the new cut-off, retirement follows the statutory rule in force on that cut-off, and every other condition is the ${base.year} notice's. The notice actually published for ${year} decides its conditions and dates.`,
  }
}

/** The note added to a base inference whose text names the base's years. */
function yearNote(baseYear: number, year: number): Bilingual {
  const d = year - baseYear
  return {
    zh: `（推算 ${year} 年度时：上文所说的年份均顺延 ${d} 年，如 ${baseYear} 年即 ${year} 年。）`,
    en: ` (For the ${year} projection: every year in this text moves ${d} year${d === 1 ? '' : 's'} later, e.g. ${baseYear} becomes ${year}.)`,
  }
}

/**
 * The rules of `base` carried forward to `year` (later than the base's year, within the horizon).
 * Throws on a year out of range or a base that is itself a projection: the registry checks first.
 */
export function projectPack<C extends string>(base: RulePack<C>, year: number): RulePack<C> {
  if (base.projection) throw new RangeError(`${base.id} is already a projection`)
  if (!isProjectionYear(base.year, year)) throw new RangeError(`no projection of ${base.id} onto ${year}`)
  const d = year - base.year
  const inf = PROJECTION_INFERENCE
  const carried: Projection<C>['carried'] = []
  const carry = <T>(param: string, p: Param<T, C>, value: T, show: (v: T) => string = String): Param<T, C> => {
    carried.push({ param, clause: p.clause, base: show(p.value), value: show(value) })
    return { ...p, value, projected: inf }
  }
  const years = (ys: readonly number[]) => ys.map((y) => y + d)
  const P = base.params

  const cutoff = carry('params.cutoff', P.cutoff, shiftDate(P.cutoff.value, d))

  const tracks = {} as Record<TrackId, TrackDef<C>>
  for (const [id, t] of Object.entries(base.tracks) as [TrackId, TrackDef<C>][]) {
    tracks[id] = {
      ...t,
      ceYears: carry(`tracks.${id}.ceYears`, t.ceYears, years(t.ceYears.value), listEn),
      evidenceYears: carry(`tracks.${id}.evidenceYears`, t.evidenceYears, t.evidenceYears.value, (n) => `${n}`),
    }
  }

  // The retirement rule in force on the new cut-off; a different rule than the base's gets its inference.
  const law = P.retirement.value
  const ruleThen = ruleInForce(law, P.cutoff.value)
  const ruleNow = ruleInForce(law, cutoff.value)
  const changedRule = ruleNow !== null && ruleNow.id !== ruleThen?.id
  const retirement = {
    ...carry('params.retirement', P.retirement, law, () => ''),
    ...(changedRule ? { inference: PROJECTED_RETIREMENT_INFERENCE } : {}),
  }
  const last = carried[carried.length - 1]!
  last.base = ruleThen?.id ?? ''
  last.value = ruleNow?.id ?? ''

  const deadlines: DeadlineDef<C>[] = base.deadlines.map((dl, i) => {
    if (dl.date === null) return dl
    const moved: DeadlineDef<C> = { ...dl, date: shiftDate(dl.date, d), projected: inf }
    if (dl.until) moved.until = shiftDate(dl.until, d)
    carried.push({
      param: `deadlines.${i}.${dl.id}`,
      clause: dl.clauses[0]!,
      base: dl.until ? `${dl.date}/${dl.until}` : dl.date,
      value: moved.until ? `${moved.date}/${moved.until}` : moved.date!,
    })
    return moved
  })

  const params: RulePack<C>['params'] = {
    ...P,
    cutoff,
    ce: { ...P.ce, currentYear: carry('params.ce.currentYear', P.ce.currentYear, P.ce.currentYear.value + d) },
    assessmentYears: carry('params.assessmentYears', P.assessmentYears, years(P.assessmentYears.value), listEn),
    retirement,
  }

  // The base's inferences, those naming its years with a note; the projection's own.
  const note = yearNote(base.year, year)
  const named = (b: Bilingual) => [base.year, base.year - 1].some((y) => b.zh.includes(String(y)))
  const inferences: RulePack<C>['inferences'] = {}
  for (const [id, x] of Object.entries(base.inferences)) {
    inferences[id] = named(x.text) ? { ...x, text: { zh: x.text.zh + note.zh, en: x.text.en + note.en } } : x
  }
  const carriedClauses = [...new Set(carried.map((c) => c.clause))]
  inferences[inf] = {
    title: {
      zh: `推断：按 ${base.year} 年度规则推算的 ${year} 年度`,
      en: `Inferred: the ${base.year} rules carried to ${year}`,
    },
    text: projectionSentence(base as RulePack<string>, year, cutoff.value),
    clauses: carriedClauses,
  }
  if (changedRule && ruleNow) {
    inferences[PROJECTED_RETIREMENT_INFERENCE] = {
      title: {
        zh: `推算截止日适用的退休规则：${ruleNow.law.zh.split('（')[0]}`,
        en: 'The retirement rule in force on the projected cut-off',
      },
      text: {
        zh: `推算的截止日 ${formatDate(cutoff.value, 'zh-CN')} 在 ${formatDate(ruleNow.effective, 'zh-CN')} 之后，适用${ruleNow.law.zh}：法定退休年龄按出生年月逐月推算，而不是 ${base.year} 年度通知截止日适用的规则。${FLEXIBLE_RETIREMENT_INFERENCE.text.zh}`,
        en: `The projected cut-off, ${formatDate(cutoff.value, 'en-US')}, falls on or after ${formatDate(ruleNow.effective, 'en-US')}, so ${ruleNow.law.en} applies: the statutory age is worked out from the month of birth, not by the rule in force on the ${base.year} notice's cut-off. ${FLEXIBLE_RETIREMENT_INFERENCE.text.en}`,
      },
      clauses: [P.retirement.clause],
    }
  }

  const meta = projectionMeta(base, year)
  return {
    ...base,
    id: meta.id,
    year,
    title: meta.title,
    inferences,
    tracks,
    params,
    deadlines,
    projection: { baseId: base.id, baseYear: base.year, year, inference: inf, carried },
  }
}

/**
 * The date the round closes: the pack's application deadline (`DeadlineDef.application`, the same
 * one `roundStatus` reads: src/engine/round.ts), or, for a pack that flags none, its earliest dated
 * deadline.
 */
export function firstDeadline(pack: Pick<RulePack<string>, 'deadlines'>): IsoDate | null {
  const flagged = applicationDeadline(pack)?.date
  if (flagged) return flagged
  const dates = pack.deadlines.map((x) => x.date).filter((x): x is IsoDate => x !== null)
  return dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null
}

/**
 * The default year to project onto on `today`: the next round whose online deadline (the base's first
 * deadline, on the same day of that year) has not passed — the deadline day itself still counts.
 */
export function defaultProjectionYear(base: Pick<RulePack<string>, 'year' | 'deadlines'>, today: IsoDate): number {
  const first = firstDeadline(base)
  const todayYear = Number(today.slice(0, 4))
  let y = Math.max(base.year + 1, todayYear - 1)
  if (!first) return Math.max(base.year + 1, todayYear)
  while (shiftDate(first, y - base.year) < today) y += 1
  return y
}

/** The years the user may pick on `today`: the default one up to `PROJECTION_MAX_AHEAD` years past today's year. */
export function projectionYears(base: Pick<RulePack<string>, 'year' | 'deadlines'>, today: IsoDate): number[] {
  const from = defaultProjectionYear(base, today)
  const to = Math.min(Number(today.slice(0, 4)) + PROJECTION_MAX_AHEAD, base.year + 20)
  const out: number[] = []
  for (let y = from; y <= Math.max(from, to); y++) out.push(y)
  return out
}
