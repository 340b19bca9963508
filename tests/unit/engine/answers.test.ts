import { describe, expect, it } from 'vitest'
import { validateAnswers, emptyAnswers } from '../../../src/engine/answers'

describe('answers format v3 (and v2, read and migrated): field-level messages', () => {
  it('accepts partial answers', () => {
    expect(validateAnswers(emptyAnswers())).toEqual({ ok: true, answers: { version: 3 } })
    expect(validateAnswers({ version: 2, track: 'senior' })).toEqual({
      ok: true,
      answers: { version: 3, track: 'senior' },
    })
  })

  it.each([
    [{ version: 2, retirementGroup: 'woman' }, 'retirementGroup', 'not one of the allowed values'],
    [{ version: 2, retirementAge: 60 }, 'retirementAge', 'not a known field'],
    [{ version: 2, education: { obtainedIn: 'hongkong' } }, 'education.obtainedIn', 'not one of the allowed values'],
    [{ version: 2, education: { abroad: true } }, 'education.abroad', 'not a known field'],
    [{ version: 2, birthDate: '2023-02-29' }, 'birthDate', 'real calendar date'],
    [{ version: 2, ceHours: { '2023': { professional: -3 } } }, 'ceHours.2023.professional', 'cannot be negative'],
    [{ version: 1, retirementGroup: 'man' }, 'retirementGroup', 'not a known field'],
    // Version 2 is read through its frozen schema: the fields version 3 adds are not known there.
    [{ version: 2, socialSecuritySince: '2024-01-01' }, 'socialSecuritySince', 'not a known field'],
    [{ version: 2, ceHours: { '2025': { planned: true } } }, 'ceHours.2025.planned', 'not a known field'],
    [{ version: 2, projectionYear: 2027 }, 'projectionYear', 'not a known field'],
    // Version 3.
    [{ version: 3, ceHours: { '2027': { planned: 'yes' } } }, 'ceHours.2027.planned', 'true or false'],
    [{ version: 3, socialSecuritySince: '2024-02-30' }, 'socialSecuritySince', 'real calendar date'],
    [{ version: 3, socialSecurityOngoing: 1 }, 'socialSecurityOngoing', 'true or false'],
    [{ version: 3, socialSecurityUntil: 'soon' }, 'socialSecurityUntil', 'real calendar date'],
    [{ version: 3, projectionYear: 2027.5 }, 'projectionYear', 'whole number'],
  ])('%j → %s: %s', (input, path, text) => {
    const r = validateAnswers(input)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const e = r.errors.find((x) => x.path === path)
    expect(e, JSON.stringify(r.errors)).toBeTruthy()
    expect(e!.en).toContain(text)
    expect(e!.zh.length).toBeGreaterThan(3)
  })
})

describe('answers format v1 (read and migrated): field-level messages name its own fields', () => {
  it('accepts partial answers, as the current version', () => {
    expect(validateAnswers({ version: 1 })).toEqual({ ok: true, answers: { version: 3 } })
    expect(validateAnswers({ version: 1, track: 'senior' })).toEqual({
      ok: true,
      answers: { version: 3, track: 'senior' },
    })
  })

  it.each([
    [{ version: 1, birthDate: '2023-02-29' }, 'birthDate', 'real calendar date'],
    [{ version: 1, titleDate: '2021/01/01' }, 'titleDate', 'real calendar date'],
    [{ version: 1, socialSecurityMonths: -1 }, 'socialSecurityMonths', 'cannot be negative'],
    [{ version: 1, socialSecurityMonths: 1.5 }, 'socialSecurityMonths', 'whole number'],
    [{ version: 1, ceHours: { '2023': { professional: -3 } } }, 'ceHours.2023.professional', 'cannot be negative'],
    [{ version: 1, ceHours: { '2023': { public: '18' } } }, 'ceHours.2023.public', 'must be a number'],
    [{ version: 1, ceHours: { 'last year': { public: 18 } } }, 'ceHours.last year', 'four-digit year'],
    [{ version: 1, track: 'assistant' }, 'track', 'not one of the allowed values'],
    [{ version: 1, education: { level: 'phd' } }, 'education.level', 'not one of the allowed values'],
    [{ version: 1, education: { year: 1800 } }, 'education.year', 'between 1940 and 2100'],
    [{ version: 1, discipline: { forged: 'no' } }, 'discipline.forged', 'true or false'],
    [{ version: 1, retirementAge: 65 }, 'retirementAge', 'not one of the allowed values'],
    [{ version: 1, birthdate: '1980-01-01' }, 'birthdate', 'not a known field'],
    [{ version: 1, selfScore: Number.NaN }, 'selfScore', 'must be a number'],
    [{ version: 4 }, 'version', 'newer app'],
    [{ version: 0 }, 'version', 'version must be 1'],
    [{}, 'version', 'version must be 1'],
  ])('%j → %s: %s', (input, path, text) => {
    const r = validateAnswers(input)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const e = r.errors.find((x) => x.path === path)
    expect(e, JSON.stringify(r.errors)).toBeTruthy()
    expect(e!.en).toContain(text)
    expect(e!.zh.length).toBeGreaterThan(3)
  })

  it.each([null, [], 'answers', 42])('rejects %j as a whole', (input) => {
    const r = validateAnswers(input)
    expect(r).toEqual({
      ok: false,
      errors: [{ path: '', zh: expect.any(String), en: 'the answers must be a JSON object' }],
    })
  })

  it('reports every bad field at once', () => {
    const r = validateAnswers({ version: 1, birthDate: 'x', socialSecurityMonths: -2, track: 'x' })
    expect(r.ok ? [] : r.errors.map((e) => e.path).sort()).toEqual(['birthDate', 'socialSecurityMonths', 'track'])
  })
})
