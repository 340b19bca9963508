import { describe, expect, it } from 'vitest'
import { messages } from '@/locales'
import { PAGES, PAGE_IDS } from '@/flow/pages'
import { TRACK_IDS as TRACKS } from '@/engine/vocabulary'
import type { Answers } from '@/engine/answers'
import { pack } from '@/policy/ningbo-2024-187'

/** Every field any track can show, with the answers that make the conditional ones appear. */
function allFields() {
  const samples: Answers[] = TRACKS.map((track) => ({ version: 3, track, department: 'research' }))
  return PAGES.flatMap((p) => samples.flatMap((a) => p.specs(pack, a).map((s) => ({ page: p, field: s.field }))))
}

describe('question texts exist in both languages', () => {
  const langs = ['zh-CN', 'en-US'] as const

  it.each(langs)('%s: every page has a title', (lang) => {
    for (const id of PAGE_IDS) {
      const key = id === 'senior-basis' ? 'seniorBasis' : id === 'social-security' ? 'socialSecurity' : id
      expect(messages[lang], id).toHaveProperty([`questions.page.${key}.title`])
    }
  })

  it.each(langs)('%s: every field has a label, its help, and its options', (lang) => {
    const dict = messages[lang] as Record<string, string>
    for (const { field } of allFields()) {
      expect(dict[`questions.field.${field.key}.label`], field.path).toBeTruthy()
      if (field.help) expect(dict[`questions.field.${field.key}.help`], `${field.path} help`).toBeTruthy()
      if (field.kind === 'yesno') {
        expect(dict[`questions.yesno.${field.variant ?? 'yesno'}.yes`]).toBeTruthy()
        expect(dict[`questions.yesno.${field.variant ?? 'yesno'}.no`]).toBeTruthy()
      }
      if (field.kind === 'number' && field.unitKey) expect(dict[`questions.unit.${field.unitKey}`]).toBeTruthy()
      if (
        field.kind === 'choice' &&
        ['unitType', 'residency', 'retirementGroup', 'educationPlace', 'seniorBasis'].includes(field.optionSet)
      ) {
        for (const o of field.options)
          expect(dict[`questions.option.${field.optionSet}.${o}`], `${field.path}=${o}`).toBeTruthy()
      }
    }
  })

  it('every clause a question quotes exists in the pack', () => {
    for (const { field } of allFields())
      if (field.clause) expect(pack.clauses, field.path).toHaveProperty([field.clause])
  })

  it('every inference a question marks exists in the pack', () => {
    for (const { field } of allFields())
      for (const i of field.inferences ?? []) expect(pack.inferences, field.path).toHaveProperty([i])
  })
})
