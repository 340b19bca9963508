/**
 * The answers format's vocabulary is a data dictionary; which ids exist is the pack's. A pack that
 * offers fewer tracks, specialties and exceptional conditions than the vocabulary (built here from
 * the fictional 2025 fixture pack) drives the flow's options, refuses answers naming the others
 * with a field message, is assessed as if no track were answered when one slipped past, and refuses
 * share summaries and links naming them.
 */
import { describe, expect, it } from 'vitest'
import { offeredProblems, validateAnswersFor, type Answers } from '@/engine/answers'
import { assess } from '@/engine/assess'
import { packConditions, packSpecialties, packTracks, type RulePack } from '@/engine/pack'
import { CONDITION_IDS, SPECIALTY_IDS, TRACK_IDS } from '@/engine/vocabulary'
import { pageDef, progress, visibleFields } from '@/flow/pages'
import { pack as ningbo2024 } from '@/policy/ningbo-2024-187'
import { decodeSummary, encodeSummary } from '@/share/codec'
import { buildSummary, summaryProblem } from '@/share/summary'
import { pack as fictional } from '../../fixtures/packs/fictional-2025'

const n24 = ningbo2024 as RulePack<string>

/** The fictional pack without the principal track, food-quality technology and condition 6, in its own order. */
function narrowed(): RulePack<string> {
  const { principal: _p, ...tracks } = fictional.tracks
  const engineer = {
    ...tracks.engineer!,
    specialties: tracks.engineer!.specialties.filter((s) => s !== 'food-quality'),
  }
  const { 'food-quality': _f, ...specialties } = fictional.specialties
  const { 6: _c, ...conditionClauses } = fictional.params.exceptional.conditionClauses
  return {
    ...fictional,
    id: 'fictional-narrowed',
    // Reordered: the pack's key order is the display order.
    tracks: { senior: tracks.senior, engineer, 'senior-se': tracks['senior-se'] },
    specialties,
    params: { ...fictional.params, exceptional: { ...fictional.params.exceptional, conditionClauses } },
  }
}

const small = narrowed()

describe('the vocabulary is the format’s; the pack says which ids exist', () => {
  it('the shipped and fictional packs offer every vocabulary id; the narrowed one fewer, in its order', () => {
    for (const p of [n24, fictional]) {
      expect(packTracks(p)).toEqual([...TRACK_IDS])
      expect(packSpecialties(p)).toEqual([...SPECIALTY_IDS])
      expect(packConditions(p)).toEqual([...CONDITION_IDS])
    }
    expect(packTracks(small)).toEqual(['senior', 'engineer', 'senior-se'])
    expect(packSpecialties(small)).toEqual(['quality', 'metrology', 'standardization', 'special-equipment'])
    expect(packConditions(small)).toEqual([1, 2, 3, 4, 5, 7])
  })

  it('the flow offers the pack’s tracks and specialties, and asks its declared conditions', () => {
    const track = visibleFields('track', { version: 3 }, small)
    const options = (path: string) => {
      const f = track.find((x) => x.path === path)
      return f?.kind === 'choice' ? f.options : null
    }
    expect(options('track')).toEqual(['senior', 'engineer', 'senior-se'])
    expect(options('specialty')).toEqual(['quality', 'metrology', 'standardization', 'special-equipment'])
    expect(options('track')).not.toEqual(visibleFields('track', { version: 3 }, n24).find((x) => x.path === 'track'))
    // The exceptional page's questions: conditions 1–5 declared, 7 (the computed one) as work years.
    const ex = PAGE_EXCEPTIONAL(small)
    expect(ex).toEqual([
      'exceptional.1',
      'exceptional.2',
      'exceptional.3',
      'exceptional.4',
      'exceptional.5',
      'technicalWorkYears',
    ])
    expect(PAGE_EXCEPTIONAL(n24)).toHaveLength(7)
    // Progress before a track is chosen counts the longest of the pack's own tracks.
    expect(progress('track', { version: 3 }, small).total).toBeGreaterThan(1)
  })

  it.each([
    [{ track: 'principal' }, 'track', '未设此申报类别', 'has no such track'],
    [{ specialty: 'food-quality' }, 'specialty', '未设此专业', 'has no such specialty'],
    [{ exceptional: { '6': true } }, 'exceptional.6', '没有第 6 项破格条件', 'has no exceptional condition 6'],
  ] as const)('answers %j: refused at %s with a field message', (fields, path, zh, en) => {
    const input = { version: 2, ...fields }
    // The format itself allows the id …
    expect(validateAnswersFor(input, n24).ok).toBe(true)
    // … the pack does not offer it.
    const r = validateAnswersFor(input, small)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]!.path).toBe(path)
    expect(r.errors[0]!.zh).toContain(zh)
    expect(r.errors[0]!.zh).toContain(small.docNo)
    expect(r.errors[0]!.en).toContain(en)
    expect(r.errors[0]!.zh.startsWith(`${path}: `)).toBe(true)
  })

  it('an id outside the vocabulary is still the schema’s error, not the pack’s', () => {
    const r = validateAnswersFor({ version: 2, track: 'astronaut' }, small)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['track'])
    expect(offeredProblems({ version: 3, track: 'engineer', specialty: 'quality' }, small)).toEqual([])
  })

  it('a track the pack does not offer is assessed as unanswered, never a crash', () => {
    const a: Answers = { version: 3, track: 'principal', specialty: 'quality', worksInNingbo: true }
    const r = assess(a, small)
    expect(r.overall).toBe('needs-info')
    expect(r.track).toBeNull()
    expect(r.requirements).toEqual([])
    expect(assess(a, fictional).track).toBe('principal')
  })

  it('share summaries and links naming a track the pack does not offer are refused', () => {
    const a: Answers = { version: 3, track: 'principal', specialty: 'quality', worksInNingbo: true }
    const summary = buildSummary(assess(a, n24), n24, { done: new Set() }, { generatedOn: '2024-09-01' })
    expect(summaryProblem(summary, n24)).toBeNull()
    expect(summaryProblem({ ...summary, packId: small.id }, small)).toBe('track')
    expect(
      summaryProblem({ ...summary, track: null, specialty: 'food-quality', packId: small.id }, small),
    ).not.toBeNull()
    // A link made under the 2024 pack, read as if its pack index named the narrowed pack.
    const payload = encodeSummary(summary, n24)
    expect(decodeSummary(payload, [n24]).ok).toBe(true)
    const read = decodeSummary(payload, [small])
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.error).toBe('damaged')
  })
})

/** The answer paths of the exceptional page's questions (before the engine decides which to ask). */
function PAGE_EXCEPTIONAL(p: RulePack<string>): string[] {
  return pageDef('exceptional')
    .specs(p, { version: 3 })
    .map((s) => s.field.path)
}
