/**
 * Statutory retirement as a rule: a generic schedule evaluated to an exact date. Pure TypeScript.
 *
 * The engine knows no particular law. A law (`src/policy/law/retirement.ts`) is a list of rules,
 * each in force from a date; a rule gives, per retirement group, a base age and optionally a gradual
 * delay by month of birth ("one month later for every N months of birth, up to M months"). The rule
 * that applies to a notice is the one in force on the notice's cut-off (`ruleInForce`).
 *
 * The date is the day the applicant reaches the age: birth date + age in months, by the civil-law
 * convention of `dates.ts` (a period ends on the corresponding day of its last month, or that month's
 * last day when it has none: born 31 Oct + 60 years 6 months → 30 April).
 */
import { addMonthsIso, isIsoDate } from './dates'
import type { Bilingual, IsoDate } from './types'

/**
 * The groups Chinese law sets retirement ages for: men; women whose statutory age was 55 (cadre,
 * i.e. professional or managerial, posts: 女干部); women whose statutory age was 50 (worker posts: 女工人).
 * A national vocabulary: which groups a law knows, and their ages, are the law's data.
 */
export const RETIREMENT_GROUPS = ['man', 'woman-cadre', 'woman-worker'] as const
export type RetirementGroup = (typeof RETIREMENT_GROUPS)[number]

/** A month, `YYYY-MM`. */
export type IsoMonth = string

export interface RetirementDelay {
  /** Births in this month are the first delayed (by one month). */
  firstBirthMonth: IsoMonth
  /** Months of birth per month of delay: 4 means births in months 1–4 get 1 month, 5–8 get 2, … */
  birthMonthsPerMonth: number
  /** The delay stops growing here (the new age = base age + this). */
  maxMonths: number
}

export interface RetirementSchedule {
  group: RetirementGroup
  /** The age before any delay, in whole years. */
  baseAgeYears: number
  delay?: RetirementDelay
}

export interface RetirementRule {
  id: string
  /** In force from this date (inclusive). */
  effective: IsoDate
  /** The legal reference, as cited to the user. */
  law: Bilingual
  /** Where the text (and its tables) can be read. */
  source?: string
  schedules: readonly RetirementSchedule[]
}

/** A law as its successive rules, oldest first. */
export type RetirementLaw = readonly RetirementRule[]

/** The rule in force on `date`: the latest one whose effective date is on or before it. */
export function ruleInForce(law: RetirementLaw, date: IsoDate): RetirementRule | null {
  let found: RetirementRule | null = null
  for (const rule of law) if (rule.effective <= date && (!found || rule.effective >= found.effective)) found = rule
  return found
}

/** The groups a rule knows, in the rule's order (the choices offered to the applicant). */
export function groupsOf(rule: RetirementRule): RetirementGroup[] {
  return rule.schedules.map((s) => s.group)
}

const MONTH = /^(\d{4})-(\d{2})$/

function monthIndex(m: IsoMonth): number {
  const r = MONTH.exec(m)
  if (!r) throw new RangeError(`not a month: ${m}`)
  return Number(r[1]) * 12 + Number(r[2]) - 1
}

/** Months of delay for a birth date under a schedule (0 before the first delayed birth month). */
export function delayMonthsFor(schedule: RetirementSchedule, birthDate: IsoDate): number {
  const d = schedule.delay
  if (!d) return 0
  const born = monthIndex(birthDate.slice(0, 7))
  const since = born - monthIndex(d.firstBirthMonth)
  if (since < 0) return 0
  return Math.min(d.maxMonths, Math.floor(since / d.birthMonthsPerMonth) + 1)
}

export interface RetirementOutcome {
  group: RetirementGroup
  ruleId: string
  /** The statutory age for this birth date: whole years and months. */
  age: { years: number; months: number }
  /** Months added to the base age by the rule's delay. */
  delayMonths: number
  /** The day the age is reached. */
  date: IsoDate
}

/** The exact retirement date of someone born on `birthDate` in `group` under `rule`; null if the rule has no such group. */
export function retirementOf(
  birthDate: IsoDate,
  group: RetirementGroup,
  rule: RetirementRule,
): RetirementOutcome | null {
  if (!isIsoDate(birthDate)) throw new RangeError(`not a calendar date: ${birthDate}`)
  const schedule = rule.schedules.find((s) => s.group === group)
  if (!schedule) return null
  const delayMonths = delayMonthsFor(schedule, birthDate)
  const total = schedule.baseAgeYears * 12 + delayMonths
  return {
    group,
    ruleId: rule.id,
    age: { years: Math.floor(total / 12), months: total % 12 },
    delayMonths,
    date: addMonthsIso(birthDate, total),
  }
}
