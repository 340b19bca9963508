/**
 * The plan: for an assessment (typically a projected round), what the applicant must do by when —
 * the "what would change the verdict" after a "no". Pure: the assessment, its pack, the answers and
 * today in; lines out, each with the clauses it rests on. Sentences are the UI's (src/locales).
 *
 * Lines, in this order:
 *   - `retirement`: the statutory age is reached on or before the cut-off — deferral is the only way;
 *   - `seniority`, `exceptional-gateway`, `social-security`: the date time alone fixes it, and
 *     whether that is in time for this round's cut-off;
 *   - `ce-hours`: per year of the window, the hours still to earn (a past year's shortfall cannot be
 *     made up; planned hours are still to earn) and by when; `ce-answer`: a year not answered;
 *   - `assessment`: years whose grade is not known yet (must be at least the passing grade);
 *   - `evidence`: the window counted back from the cut-off, and what falls out of it compared with
 *     the base notice's window (a projection);
 *   - `submit`: the round's first deadline (the online application).
 */
import type { Answers } from './answers'
import { addYearsIso } from './dates'
import { trackDef, type RulePack } from './pack'
import type { Assessment, AssessmentGrade, DetailOf, IsoDate, RequirementResult } from './types'

interface Base<C extends string> {
  clauses: C[]
  /** Inferences the line rests on (a projection's, above all). */
  inferences: string[]
}

export type PlanLine<C extends string = string> = Base<C> &
  (
    | { kind: 'retirement'; date: IsoDate; cutoff: IsoDate; deferred: boolean | null }
    | { kind: 'seniority' | 'exceptional-gateway' | 'social-security'; date: IsoDate; cutoff: IsoDate; inTime: boolean }
    | {
        kind: 'ce-hours'
        year: number
        /** Hours still to earn: the shortfall of actual hours, or all of the planned hours. */
        professional: number
        public: number
        total: number
        planned: boolean
        /** Earned by this day at the latest: the year's end, or the online application for the open year. */
        by: IsoDate
        /** The day has passed: a shortfall there cannot be made up. */
        late: boolean
      }
    | { kind: 'ce-answer'; year: number; planned: boolean }
    | { kind: 'assessment'; years: number[]; passing: AssessmentGrade[] }
    | { kind: 'evidence'; years: number; from: IsoDate; cutoff: IsoDate; dropsFrom?: IsoDate; dropsUntil?: IsoDate }
    | { kind: 'submit'; date: IsoDate; late: boolean }
  )

const detailOf = <K extends RequirementResult['id']>(a: Assessment<string>, id: K) =>
  a.requirements.find((r) => r.id === id) as (RequirementResult<string> & { detail: DetailOf<K> }) | undefined

/** The plan for assessment `a` under `pack` (whose id it must carry), on `today`. */
export function plan<C extends string>(
  a: Assessment<C>,
  pack: RulePack<C>,
  answers: Answers,
  today: IsoDate,
): PlanLine<C>[] {
  if (!a.track) return []
  const out: PlanLine<C>[] = []
  const cutoff = pack.params.cutoff.value
  const projected = pack.projection ? [pack.projection.inference] : []
  const infs = (r?: { inferences: string[] }) => [...new Set([...projected, ...(r?.inferences ?? [])])]
  const first = pack.deadlines
    .filter((d) => d.tracks.includes(a.track!) && d.date !== null)
    .map((d) => ({ date: d.date!, clauses: d.clauses }))
    .sort((x, y) => (x.date < y.date ? -1 : 1))[0]

  const ret = detailOf(a as Assessment<string>, 'retirement')
  if (ret && ret.detail.retiresOn && ret.detail.retiresOn <= cutoff) {
    out.push({
      kind: 'retirement',
      date: ret.detail.retiresOn,
      cutoff,
      deferred: ret.detail.deferred,
      clauses: ret.clauses as C[],
      inferences: infs(ret),
    })
  }

  const timed: [
    'education-seniority' | 'exceptional' | 'social-security',
    'seniority' | 'exceptional-gateway' | 'social-security',
  ][] = [
    ['education-seniority', 'seniority'],
    ['exceptional', 'exceptional-gateway'],
    ['social-security', 'social-security'],
  ]
  for (const [id, kind] of timed) {
    const r = a.requirements.find((x) => x.id === id)
    if (!r || !r.holdsFrom || r.status === 'met' || r.status === 'not-applicable') continue
    out.push({
      kind,
      date: r.holdsFrom,
      cutoff,
      inTime: r.holdsFrom <= cutoff,
      clauses: r.clauses,
      inferences: infs(r),
    })
  }

  const ce = detailOf(a as Assessment<string>, 'continuing-education')
  if (ce) {
    const years = trackDef(pack, a.track).ceYears.value
    const open = pack.params.ce.currentYear.value
    const min = {
      total: pack.params.ce.total.value,
      professional: pack.params.ce.professional.value,
      public: pack.params.ce.public.value,
    }
    for (const y of years) {
      const h = answers.ceHours?.[String(y)] as
        { professional?: number; public?: number; planned?: boolean } | undefined
      const planned = h?.planned === true
      const by = y === open && first ? first.date : `${y}-12-31`
      const base = { clauses: ce.clauses as C[], inferences: infs(ce) }
      if (h?.professional === undefined || h?.public === undefined) {
        out.push({ kind: 'ce-answer', year: y, planned: by >= today, ...base })
        continue
      }
      if (planned) {
        // Planned hours are still to earn; at least the minima.
        const professional = Math.max(h.professional, min.professional)
        const pub = Math.max(h.public, min.public)
        out.push({
          kind: 'ce-hours',
          year: y,
          professional,
          public: pub,
          total: Math.max(professional + pub, min.total),
          planned: true,
          by,
          late: by < today,
          ...base,
        })
        continue
      }
      const short = ce.detail.years.find((x) => x.year === y)?.short
      if (short && (short.total > 0 || short.professional > 0 || short.public > 0)) {
        out.push({
          kind: 'ce-hours',
          year: y,
          professional: short.professional,
          public: short.public,
          total: short.total,
          planned: false,
          by,
          late: by < today,
          ...base,
        })
      }
    }
  }

  const asr = detailOf(a as Assessment<string>, 'assessment')
  if (asr) {
    const unknown = asr.detail.grades.filter((g) => g.grade === null).map((g) => g.year)
    if (unknown.length)
      out.push({
        kind: 'assessment',
        years: unknown,
        passing: [...pack.params.assessmentPassing.value],
        clauses: asr.clauses as C[],
        inferences: infs(asr),
      })
  }

  const ev = detailOf(a as Assessment<string>, 'evidence')
  if (ev) {
    const n = ev.detail.windowYears
    // "近 N 年以来": from the day after the same day N years before the cut-off.
    const from = addYearsIso(cutoff, -n)
    const fromDay = nextDay(from)
    const line: PlanLine<C> = {
      kind: 'evidence',
      years: n,
      from: fromDay,
      cutoff,
      clauses: ev.clauses as C[],
      inferences: infs(ev),
    }
    if (pack.projection) {
      const d = pack.projection.year - pack.projection.baseYear
      const baseFrom = nextDay(addYearsIso(addYearsIso(cutoff, -d), -n))
      if (baseFrom < fromDay) {
        line.dropsFrom = baseFrom
        line.dropsUntil = from
      }
    }
    out.push(line)
  }

  if (first) {
    out.push({
      kind: 'submit',
      date: first.date,
      late: first.date < today,
      clauses: first.clauses,
      inferences: [...projected],
    })
  }
  return out
}

function nextDay(d: IsoDate): IsoDate {
  const t = new Date(`${d}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() + 1)
  return t.toISOString().slice(0, 10)
}
