// @vitest-environment node
/**
 * The summary's message table is designed like the locales (`defineMessages`): both languages with
 * the same keys (also a type error, tests/types/messages.ts), none empty, the same {placeholders}.
 * And the document a "check against …" line names comes from the pack, not from this module.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RulePack } from '@/engine/pack'
import { pack } from '@/policy/ningbo-2024-187'
import { SHARE_MESSAGES, gapLines, t } from '@/share/messages'
import type { RequirementSummary, Summary } from '@/share/summary'

const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('SHARE_MESSAGES', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(SHARE_MESSAGES.en).sort()).toEqual(Object.keys(SHARE_MESSAGES.zh).sort())
    expect(Object.keys(SHARE_MESSAGES.zh).length).toBeGreaterThan(30) // 9 deadline words moved to src/checklist/timeline.ts (the one deadline renderer)
    for (const side of [SHARE_MESSAGES.zh, SHARE_MESSAGES.en])
      for (const [k, text] of Object.entries(side)) expect(text.trim(), k).not.toBe('')
  })

  it('uses the same placeholders in both languages', () => {
    for (const k of Object.keys(SHARE_MESSAGES.zh) as (keyof typeof SHARE_MESSAGES.zh)[])
      expect(holes(SHARE_MESSAGES.en[k]), k).toEqual(holes(SHARE_MESSAGES.zh[k]))
  })

  it('t picks the language asked for and fills placeholders', () => {
    expect(t('metCount', 'zh-CN', { n: 3 })).toBe('已符合 3 项')
    expect(t('metCount', 'en-US', { n: 3 })).toBe('3 met')
    expect(t('metCount', 'en-US')).toBe('{n} met')
  })
})

describe('a "check" requirement names the pack’s skilled-talent document', () => {
  const check: RequirementSummary = { id: 'skilled-talent', status: 'check', holdsFrom: null, gap: null }
  const summary = { track: 'engineer' } as Summary

  it('the 2024 pack: 浙人社发〔2022〕77号', () => {
    expect(gapLines(check, summary, 'zh-CN', pack as RulePack<string>)).toEqual([
      `请对照${pack.documents['zrsf-2022-77']!.zh}核实。`,
    ])
  })

  it('a pack pointing at another document: that one', () => {
    const other = {
      ...pack,
      documents: { ...pack.documents, 'doc-2027': { zh: '某某〔2027〕1号', en: 'Doc 2027/1' } },
      params: { ...pack.params, skilledTalentDocument: { ...pack.params.skilledTalentDocument, value: 'doc-2027' } },
    } as RulePack<string>
    expect(gapLines(check, summary, 'zh-CN', other)).toEqual(['请对照某某〔2027〕1号核实。'])
    expect(gapLines(check, summary, 'en-US', other)).toEqual(['Check against Doc 2027/1.'])
  })
})

describe('Lang', () => {
  it('is declared once in src/ (src/engine/types.ts; the i18n re-exports it)', () => {
    const root = new URL('../../../src/', import.meta.url).pathname
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.(ts|vue)$/.test(f))
    const declaring = files.filter((f) => /\btype Lang\s*=/.test(readFileSync(join(root, f), 'utf8')))
    expect(declaring).toEqual(['engine/types.ts'])
  })
})
