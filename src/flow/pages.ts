/**
 * The guided self-check as data: the question pages, their fields, and the branching.
 *
 * Pure TypeScript (no Vue). The UI never decides eligibility, and neither does this module: whether
 * a question matters is asked of the engine. A field "matters" when, with the answers to its group
 * cleared, the engine reports that field as missing for some requirement. So the exceptional page
 * shows only when the normal route fails and the exceptional gateway is open, the deferral question
 * only when the retirement date falls on or before the cut-off, and so on — whatever the pack says.
 *
 * A few fields are asked of everybody although no requirement reads them (residency, education year
 * and place, social security in another province): the checklist needs them.
 */
import { assess } from '@/engine/assess'
import { EDUCATION_PLACES, type Answers } from '@/engine/answers'
import { groupsOf, RETIREMENT_GROUPS, ruleInForce } from '@/engine/retirement'
import { packConditions, packSpecialties, packTracks, type RulePack } from '@/engine/pack'
import { isProjectionYear, projectPack } from '@/policy/projection'
import { ASSESSMENT_GRADES, DEPARTMENT_TYPES, DISCIPLINE_ITEMS, EDUCATION_LEVELS, type TrackId } from '@/engine/types'

export const PAGE_IDS = [
  'track',
  'unit',
  'retirement',
  'education',
  'title',
  'exceptional',
  'senior-basis',
  'social-security',
  'ce',
  'assessments',
  'ability',
  'declarations',
] as const
export type PageId = (typeof PAGE_IDS)[number]

export function isPageId(s: unknown): s is PageId {
  return typeof s === 'string' && (PAGE_IDS as readonly string[]).includes(s)
}

/** Which option table labels a choice field's values. */
export type OptionSet =
  | 'track'
  | 'specialty'
  | 'unitType'
  | 'residency'
  | 'retirementGroup'
  | 'educationPlace'
  | 'education'
  | 'grade'
  | 'department'
  | 'seniorBasis'

interface FieldBase {
  /** Dotted answer path, e.g. `education.level` or `ceHours.2023.professional`. */
  path: string
  /** Key of the field's texts in the questions locale (`questions.field.<key>.label`, `.help`). */
  key: string
  /** Parameters for the label (the year of a CE or assessment field). */
  params?: Record<string, string | number>
  /** The field has a short help text (`questions.field.<key>.help`). */
  help?: boolean
  /** Inference ids of the pack this question relies on (shown beside the question). */
  inferences?: string[]
  /** A clause whose own words are the question (ability items, discipline items, exceptional conditions). */
  clause?: string
  /** A heading shown above the field (the year of a CE block). */
  groupKey?: string
  /** The field continues the group headed by the field before it (no rule between them). */
  grouped?: boolean
  /**
   * The label is only a number ("第 1 项") and the clause's own words are the question: read
   * alone (the check page), the label needs the clause's name after it.
   */
  namedByClause?: boolean
}

export type FieldDef =
  | (FieldBase & { kind: 'choice'; options: readonly (string | number)[]; optionSet: OptionSet })
  | (FieldBase & {
      kind: 'yesno'
      /** Texts for yes/no other than 是/否 (`questions.yesno.<variant>.yes`). */ variant?: YesNoVariant
    })
  | (FieldBase & {
      kind: 'date'
      /** The input's `autocomplete` token. @default 'off' */
      autocomplete?: string
      /** Where the picker opens when the field is empty (`YYYY-MM-DD`). @default '2020-01-01' */
      pickerStart?: string
    })
  | (FieldBase & { kind: 'number'; integer: boolean; min: number; max: number; unitKey?: string })

export type YesNoVariant = 'yesno' | 'have' | 'applies' | 'meets' | 'obtained'

/** When a field is asked. */
type Ask =
  | { always: true }
  /** Ask when the engine reports this field missing once the answers in `clear` are removed. */
  | { engine: string[] }
  | { when: (a: Answers) => boolean; engine?: string[] }

interface FieldSpec {
  field: FieldDef
  ask: Ask
}

export interface PageDef {
  id: PageId
  /** Key of the page's texts in the questions locale (`questions.page.<key>.title`, `.intro`). */
  key: string
  /** The minimum the page's intro names as `{min}` (conditions, points). @default the self-score minimum */
  min?: (pack: RulePack<string>) => number
  /** The page has a help paragraph under its intro (`questions.page.<key>.help`). */
  help?: boolean
  /**
   * One button answers a whole group of the page's fields at once ("以下情形均没有"): the fields
   * whose path starts with `prefix` get `value`. The button stands above the group's first field.
   */
  bulk?: { prefix: string; value: boolean }
  specs: (pack: RulePack<string>, a: Answers) => FieldSpec[]
}

const always = { always: true } as const

const yes = (path: string, key: string, variant: YesNoVariant = 'yesno', extra: Partial<FieldBase> = {}): FieldDef => ({
  kind: 'yesno',
  path,
  key,
  variant,
  ...extra,
})

function trackOf(a: Answers): TrackId | undefined {
  return a.track
}

/**
 * The projection the profile shows (answers format 3 `projectionYear`), if any: the pack's rules
 * carried to that year. Its added years are asked only then (CE hours, which may be planned;
 * assessment grades).
 */
function projectionFor(pack: RulePack<string>, a: Answers): RulePack<string> | null {
  const y = a.projectionYear
  if (y === undefined || pack.projection || !isProjectionYear(pack.year, y)) return null
  return projectPack(pack, y)
}

const projecting = (a: Answers) => a.projectionYear !== undefined

// ───────────────────────── the pages ─────────────────────────

export const PAGES: readonly PageDef[] = [
  {
    id: 'track',
    key: 'track',
    specs: (pack) => [
      {
        field: {
          kind: 'choice',
          path: 'track',
          key: 'track',
          options: packTracks(pack),
          optionSet: 'track',
          help: true,
        },
        ask: always,
      },
      {
        field: {
          kind: 'choice',
          path: 'specialty',
          key: 'specialty',
          options: packSpecialties(pack),
          optionSet: 'specialty',
          help: true,
        },
        ask: always,
      },
      { field: yes('skilledTalent', 'skilledTalent', 'yesno', { help: true }), ask: always },
    ],
  },
  {
    id: 'unit',
    key: 'unit',
    specs: () => {
      const pi = ['withinPostRatio', 'approvedInPersonnelSystem']
      return [
        { field: yes('worksInNingbo', 'worksInNingbo', 'yesno', { help: true }), ask: { engine: ['worksInNingbo'] } },
        {
          field: {
            kind: 'choice',
            path: 'unitType',
            key: 'unitType',
            options: ['enterprise', 'public-institution'],
            optionSet: 'unitType',
          },
          ask: { engine: ['unitType'] },
        },
        { field: yes('withinPostRatio', 'withinPostRatio', 'yesno', { help: true }), ask: { engine: pi } },
        { field: yes('approvedInPersonnelSystem', 'approvedInPersonnelSystem'), ask: { engine: pi } },
        {
          field: {
            kind: 'choice',
            path: 'residency',
            key: 'residency',
            options: ['mainland', 'hmt', 'foreign'],
            optionSet: 'residency',
          },
          ask: always,
        },
      ]
    },
  },
  {
    id: 'retirement',
    key: 'retirement',
    specs: (pack) => {
      const inf = pack.params.retirement.inference
      // The groups of the law in force on the cut-off (the engine uses the same rule).
      const rule = ruleInForce(pack.params.retirement.value, pack.params.cutoff.value)
      return [
        {
          field: { kind: 'date', path: 'birthDate', key: 'birthDate', autocomplete: 'bday', pickerStart: '1985-01-01' },
          ask: { engine: ['birthDate', 'retirementGroup'] },
        },
        {
          field: {
            kind: 'choice',
            path: 'retirementGroup',
            key: 'retirementGroup',
            options: rule ? groupsOf(rule) : RETIREMENT_GROUPS,
            optionSet: 'retirementGroup',
            help: true,
            ...(inf ? { inferences: [inf] } : {}),
          },
          ask: { engine: ['birthDate', 'retirementGroup'] },
        },
        {
          field: yes('retirementDeferred', 'retirementDeferred', 'yesno', { help: true }),
          ask: { engine: ['retirementDeferred'] },
        },
      ]
    },
  },
  {
    id: 'education',
    key: 'education',
    specs: (pack) => {
      const inf = pack.params.educationAutoFromYear.inference
      const hmtInf = pack.params.educationUploadPlaces.hmt?.inference
      return [
        {
          field: {
            kind: 'choice',
            path: 'education.level',
            key: 'educationLevel',
            options: EDUCATION_LEVELS,
            optionSet: 'education',
          },
          ask: always,
        },
        {
          field: {
            kind: 'number',
            path: 'education.year',
            key: 'educationYear',
            integer: true,
            min: 1940,
            max: 2100,
            help: true,
            ...(inf ? { inferences: [inf] } : {}),
          },
          ask: always,
        },
        {
          field: {
            kind: 'choice',
            path: 'education.obtainedIn',
            key: 'educationPlace',
            options: EDUCATION_PLACES,
            optionSet: 'educationPlace',
            help: true,
            ...(hmtInf ? { inferences: [hmtInf] } : {}),
          },
          ask: always,
        },
        {
          // Exceptional condition 7 reads it; the engine reports only the work years as missing.
          field: yes('education.inSpecialty', 'educationInSpecialty', 'yesno', { clause: 'A1.4.7' }),
          ask: { when: (a) => trackOf(a) === 'engineer' && a.education?.level === 'secondary-vocational' },
        },
      ]
    },
  },
  {
    id: 'title',
    key: 'title',
    specs: () => {
      const group = ['titleHeld', 'titleDate']
      return [
        { field: yes('titleHeld', 'titleHeld', 'obtained', { help: true }), ask: { engine: group } },
        { field: { kind: 'date', path: 'titleDate', key: 'titleDate', help: true }, ask: { engine: ['titleDate'] } },
      ]
    },
  },
  {
    id: 'exceptional',
    key: 'exceptional',
    min: (pack) => pack.params.exceptional.minConditions.value,
    specs: (pack) => {
      // The pack's conditions; the computed one is asked as work years.
      const { conditionClauses: clauses, computed } = pack.params.exceptional
      const declared = packConditions(pack).filter((n) => n !== computed.condition)
      const group = [...declared.map((n) => `exceptional.${n}`), 'technicalWorkYears']
      const conds = declared.map((n) => ({
        field: yes(`exceptional.${n}`, 'exceptionalCondition', 'meets', {
          params: { n },
          clause: clauses[n],
          namedByClause: true,
        }),
        ask: { engine: group },
      }))
      return [
        ...conds,
        {
          field: {
            kind: 'number',
            path: 'technicalWorkYears',
            key: 'technicalWorkYears',
            integer: false,
            min: 0,
            max: 70,
            unitKey: 'years',
            clause: clauses[computed.condition],
          },
          ask: { engine: group },
        },
      ]
    },
  },
  {
    id: 'senior-basis',
    key: 'seniorBasis',
    specs: () => [
      {
        field: {
          kind: 'choice',
          path: 'seniorBasis',
          key: 'seniorBasis',
          options: ['normal', 'self-score'],
          optionSet: 'seniorBasis',
          help: true,
        },
        ask: { engine: ['seniorBasis', 'selfScore'] },
      },
      {
        field: {
          kind: 'number',
          path: 'selfScore',
          key: 'selfScore',
          integer: false,
          min: 0,
          max: 1000,
          unitKey: 'points',
          help: true,
        },
        ask: { engine: ['selfScore'] },
      },
    ],
  },
  {
    id: 'social-security',
    key: 'socialSecurity',
    specs: (pack) => {
      const inf = pack.params.socialSecurityMonths.inference
      const ss = ['socialSecuritySince', 'socialSecurityOngoing', 'socialSecurityUntil']
      const oldCount = (a: Answers) =>
        a.socialSecurityMonths !== undefined &&
        a.socialSecuritySince === undefined &&
        a.track !== undefined &&
        pack.params.socialSecurityTracks.value.includes(a.track)
      return [
        // Answers format 3: the start date with the current employer, so months count to any cut-off.
        {
          field: {
            kind: 'date',
            path: 'socialSecuritySince',
            key: 'socialSecuritySince',
            help: true,
            ...(inf ? { inferences: [inf] } : {}),
          },
          ask: { when: (a) => a.socialSecurityMonths === undefined, engine: [...ss, 'socialSecurityMonths'] },
        },
        { field: yes('socialSecurityOngoing', 'socialSecurityOngoing'), ask: { engine: ss.slice(1) } },
        {
          field: { kind: 'date', path: 'socialSecurityUntil', key: 'socialSecurityUntil' },
          ask: { engine: ss.slice(2) },
        },
        // The month count of older answers (format 1–2), shown while it is there; the start date wins.
        {
          field: {
            kind: 'number',
            path: 'socialSecurityMonths',
            key: 'socialSecurityMonths',
            integer: true,
            min: 0,
            max: 600,
            unitKey: 'months',
            help: true,
          },
          ask: { when: oldCount },
        },
        { field: yes('socialSecurityOtherProvince', 'socialSecurityOtherProvince'), ask: always },
      ]
    },
  },
  {
    id: 'ce',
    key: 'ce',
    help: true,
    specs: (pack, a) => {
      const track = trackOf(a)
      if (!track) return []
      const years = pack.tracks[track]?.ceYears.value ?? []
      const group = years.flatMap((y) => [`ceHours.${y}.professional`, `ceHours.${y}.public`])
      const projected = projectionFor(pack, a)
      const added = (projected?.tracks[track]?.ceYears.value ?? []).filter((y) => !years.includes(y))
      const when = { when: projecting }
      const addedSpecs = added.flatMap((y) => [
        {
          field: {
            kind: 'number' as const,
            path: `ceHours.${y}.professional`,
            key: 'ceProfessional',
            params: { year: y, target: projected!.year },
            integer: false,
            min: 0,
            max: 2000,
            unitKey: 'hours',
            groupKey: 'ceYearProjected',
          },
          ask: when,
        },
        {
          field: {
            kind: 'number' as const,
            path: `ceHours.${y}.public`,
            key: 'cePublic',
            params: { year: y, target: projected!.year },
            integer: false,
            min: 0,
            max: 2000,
            unitKey: 'hours',
            grouped: true,
          },
          ask: when,
        },
        // 计划学时: a year not over yet may be answered with the hours planned.
        { field: yes(`ceHours.${y}.planned`, 'cePlanned', 'yesno', { params: { year: y } }), ask: when },
      ])
      return [
        ...years.flatMap((y) => [
          {
            field: {
              kind: 'number' as const,
              path: `ceHours.${y}.professional`,
              key: 'ceProfessional',
              params: { year: y },
              integer: false,
              min: 0,
              max: 2000,
              unitKey: 'hours',
              groupKey: 'ceYear',
            },
            ask: { engine: group },
          },
          {
            field: {
              kind: 'number' as const,
              path: `ceHours.${y}.public`,
              key: 'cePublic',
              params: { year: y },
              integer: false,
              min: 0,
              max: 2000,
              unitKey: 'hours',
              grouped: true,
            },
            ask: { engine: group },
          },
        ]),
        ...addedSpecs,
      ]
    },
  },
  {
    id: 'assessments',
    key: 'assessments',
    specs: (pack, a) => {
      const p = pack.params.assessmentYears
      const infs = [p.inference, pack.params.assessmentPassing.inference].filter((x): x is string => !!x)
      const group = p.value.map((y) => `assessments.${y}`)
      const projected = projectionFor(pack, a)
      const added = (projected?.params.assessmentYears.value ?? []).filter((y) => !p.value.includes(y))
      const addedSpecs = added.map((y) => ({
        field: {
          kind: 'choice' as const,
          path: `assessments.${y}`,
          key: 'assessmentYearProjected',
          params: { year: y, target: projected!.year },
          options: ASSESSMENT_GRADES,
          optionSet: 'grade' as const,
        },
        ask: { when: projecting },
      }))
      return [
        ...p.value.map((y, i) => ({
          field: {
            kind: 'choice' as const,
            path: `assessments.${y}`,
            key: 'assessmentYear',
            params: { year: y },
            options: ASSESSMENT_GRADES,
            optionSet: 'grade' as const,
            // The inference note is shown once, with the first year.
            ...(i === 0 && infs.length ? { inferences: infs } : {}),
          },
          ask: { engine: group },
        })),
        ...addedSpecs,
      ]
    },
  },
  {
    id: 'ability',
    key: 'ability',
    specs: (pack, a) => {
      const group = ['abilities.1', 'abilities.2', 'abilities.3', 'abilities.4']
      const items = a.department ? pack.params.abilityItems[a.department] : undefined
      return [
        {
          field: {
            kind: 'choice',
            path: 'department',
            key: 'department',
            options: DEPARTMENT_TYPES,
            optionSet: 'department',
            help: true,
          },
          ask: { engine: ['department', ...group] },
        },
        ...([1, 2, 3, 4] as const).map((n) => ({
          field: yes(`abilities.${n}`, 'abilityItem', 'have', {
            params: { n },
            namedByClause: true,
            ...(items?.[n - 1] ? { clause: items[n - 1] } : {}),
          }),
          ask: { engine: group },
        })),
      ]
    },
  },
  {
    id: 'declarations',
    key: 'declarations',
    bulk: { prefix: 'discipline.', value: false },
    specs: (pack) => {
      const group = DISCIPLINE_ITEMS.map((k) => `discipline.${k}`)
      return [
        { field: yes('political', 'political', 'meets', { clause: 'A1.1' }), ask: { engine: ['political'] } },
        {
          field: yes('evidenceInWindow', 'evidenceInWindow', 'yesno', { help: true }),
          ask: { engine: ['evidenceInWindow'] },
        },
        ...DISCIPLINE_ITEMS.map((k, i) => ({
          field: yes(`discipline.${k}`, 'disciplineItem', 'applies', {
            params: { n: i + 1 },
            clause: pack.params.disciplineItems[k],
            namedByClause: true,
          }),
          ask: { engine: group },
        })),
      ]
    },
  },
]

const PAGE_BY_ID = new Map(PAGES.map((p) => [p.id, p]))

export function pageDef(id: PageId): PageDef {
  return PAGE_BY_ID.get(id)!
}

/** The minimum a page's intro names (`{min}`). */
export function pageMin(id: PageId, pack: RulePack<string>): number {
  return pageDef(id).min?.(pack) ?? pack.params.selfScoreMin.value
}

/**
 * The page's one-tap group among `fields` (its visible fields): the paths it answers, the value it
 * gives them, and the path of the field the button stands above. Null: the page has none showing.
 */
export function bulkAnswer(
  id: PageId,
  fields: readonly FieldDef[],
): { paths: string[]; value: boolean; before: string } | null {
  const bulk = pageDef(id).bulk
  if (!bulk) return null
  const paths = fields.filter((f) => f.path.startsWith(bulk.prefix)).map((f) => f.path)
  return paths.length ? { paths, value: bulk.value, before: paths[0]! } : null
}

// ───────────────────────── answer paths ─────────────────────────

/** The value at a dotted answer path (`ceHours.2023.professional`), or undefined. */
export function getPath(a: Answers, path: string): unknown {
  let cur: unknown = a
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[k]
  }
  return cur
}

/** A copy of the answers with the values at these paths removed. The input is not changed. */
export function withoutPaths(a: Answers, paths: readonly string[]): Answers {
  const copy = JSON.parse(JSON.stringify(a)) as Record<string, unknown>
  for (const path of paths) {
    const keys = path.split('.')
    let cur: Record<string, unknown> | undefined = copy
    for (const k of keys.slice(0, -1)) {
      const next: unknown = cur?.[k]
      cur = next !== null && typeof next === 'object' ? (next as Record<string, unknown>) : undefined
    }
    if (cur) delete cur[keys[keys.length - 1]!]
  }
  return copy as Answers
}

// ───────────────────────── branching ─────────────────────────

/** Memoises the engine runs of one `visibleFields`/`visiblePages` call: one run per cleared group. */
class Asker {
  private cache = new Map<string, Set<string>>()
  constructor(
    private a: Answers,
    private pack: RulePack<string>,
  ) {}

  /** Paths the engine reports missing once `clear` is removed from the answers. */
  missingWithout(clear: string[]): Set<string> {
    const key = clear.join('|')
    let hit = this.cache.get(key)
    if (!hit) {
      const r = assess(withoutPaths(this.a, clear), this.pack)
      hit = new Set(r.requirements.flatMap((q) => q.missing ?? []))
      this.cache.set(key, hit)
    }
    return hit
  }

  asks(spec: FieldSpec): boolean {
    const { ask, field } = spec
    if ('always' in ask) return true
    if ('when' in ask) {
      if (!ask.when(this.a)) return false
      return ask.engine ? this.missingWithout(ask.engine).has(field.path) : true
    }
    return this.missingWithout(ask.engine).has(field.path)
  }
}

function fieldsOf(page: PageDef, a: Answers, pack: RulePack<string>, asker: Asker): FieldDef[] {
  return page
    .specs(pack, a)
    .filter((s) => asker.asks(s))
    .map((s) => s.field)
}

/** The fields of a page this applicant is asked, in order. */
export function visibleFields(id: PageId, a: Answers, pack: RulePack<string>): FieldDef[] {
  return fieldsOf(pageDef(id), a, pack, new Asker(a, pack))
}

/** The pages this applicant is asked (a page shows when at least one of its fields is asked). */
export function visiblePages(a: Answers, pack: RulePack<string>): PageId[] {
  const asker = new Asker(a, pack)
  return PAGES.filter((p) => fieldsOf(p, a, pack, asker).length > 0).map((p) => p.id)
}

/** Every visible page with its visible fields (the check-your-answers page). */
export function visibleOutline(a: Answers, pack: RulePack<string>): { id: PageId; fields: FieldDef[] }[] {
  const asker = new Asker(a, pack)
  return PAGES.map((p) => ({ id: p.id, fields: fieldsOf(p, a, pack, asker) })).filter((p) => p.fields.length > 0)
}

/** The next page to ask after `id` (null: the questions are done). Works from a page no longer visible. */
export function nextPage(id: PageId, a: Answers, pack: RulePack<string>): PageId | null {
  const visible = new Set(visiblePages(a, pack))
  const at = PAGE_IDS.indexOf(id)
  return PAGE_IDS.slice(at + 1).find((p) => visible.has(p)) ?? null
}

/** The page before `id` (null: `id` is the first). */
export function prevPage(id: PageId, a: Answers, pack: RulePack<string>): PageId | null {
  const visible = new Set(visiblePages(a, pack))
  const at = PAGE_IDS.indexOf(id)
  return [...PAGE_IDS.slice(0, at)].reverse().find((p) => visible.has(p)) ?? null
}

/**
 * Position of `id` among the visible pages, 1-based (for "第 3 步，共 9 步"). Before the track is
 * chosen, the total is the longest track's, so that it does not grow once the track is known.
 */
export function progress(id: PageId, a: Answers, pack: RulePack<string>): { index: number; total: number } {
  const pages = a.track
    ? visiblePages(a, pack)
    : packTracks(pack)
        .map((track) => visiblePages({ ...a, track }, pack))
        .reduce((x, y) => (y.length > x.length ? y : x))
  let i = pages.indexOf(id)
  if (i < 0) {
    // Not visible (reached through a link): count it where it would sit.
    const at = PAGE_IDS.indexOf(id)
    i = pages.filter((p) => PAGE_IDS.indexOf(p) < at).length
    return { index: i + 1, total: pages.length + 1 }
  }
  return { index: i + 1, total: pages.length }
}

/** The first visible page with an unanswered field, or null when every visible question is answered. */
export function firstUnanswered(a: Answers, pack: RulePack<string>): PageId | null {
  for (const p of visibleOutline(a, pack)) {
    if (p.fields.some((f) => getPath(a, f.path) === undefined)) return p.id
  }
  return null
}

/** Visible fields of a page without an answer (Next refuses to go on while there are any). */
export function unansweredFields(id: PageId, a: Answers, pack: RulePack<string>): FieldDef[] {
  return visibleFields(id, a, pack).filter((f) => getPath(a, f.path) === undefined)
}

/**
 * The page that asks an answer path (for "needs information" links on the results). Paths with a
 * variable part (`ceHours.2023.public`, `assessments.2022`) match by their first segment.
 */
export function pageForPath(path: string): PageId | null {
  const head = path.split('.')[0]!
  const byHead: Record<string, PageId> = {
    track: 'track',
    specialty: 'track',
    skilledTalent: 'track',
    worksInNingbo: 'unit',
    unitType: 'unit',
    withinPostRatio: 'unit',
    approvedInPersonnelSystem: 'unit',
    residency: 'unit',
    birthDate: 'retirement',
    retirementGroup: 'retirement',
    retirementDeferred: 'retirement',
    education: 'education',
    titleHeld: 'title',
    titleDate: 'title',
    exceptional: 'exceptional',
    technicalWorkYears: 'exceptional',
    seniorBasis: 'senior-basis',
    selfScore: 'senior-basis',
    socialSecurityMonths: 'social-security',
    socialSecuritySince: 'social-security',
    socialSecurityOngoing: 'social-security',
    socialSecurityUntil: 'social-security',
    socialSecurityOtherProvince: 'social-security',
    ceHours: 'ce',
    assessments: 'assessments',
    department: 'ability',
    abilities: 'ability',
    political: 'declarations',
    evidenceInWindow: 'declarations',
    discipline: 'declarations',
  }
  return byHead[head] ?? null
}
