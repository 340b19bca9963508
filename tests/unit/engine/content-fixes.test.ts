/**
 * Content found wrong when the app was tried as a new applicant would (issue 11), each checked
 * against the notice's own words in the pack's clause table.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess'
import { explain } from '../../../src/engine/explain'
import { pack } from '../../../src/policy/ningbo-2024-187'
import { PAGES } from '../../../src/flow/pages'
import { fieldHelp } from '../../../src/flow/labels'
import { messages } from '../../../src/locales'
import { applyLang } from '../../../src/i18n'
import type { Answers } from '../../../src/engine/answers'
import { BASES } from './cases'

const selfScoreOf = (track: 'senior' | 'senior-se', score: number) => {
  const a: Answers = { ...BASES[track], seniorBasis: 'self-score', selfScore: score }
  return assess(a, pack).requirements.find((r) => r.id === 'self-score')!
}

describe('the self-score: committee-verified (核分) only where the notice says so', () => {
  it('the pack marks 核分 per track as N1.2 words it: senior (except special equipment) yes, special equipment no', () => {
    expect(pack.clauses['N1.2'].zh).toContain(
      '申报高级工程师（除特种设备）职称人员中不具备正常申报条件且以自评分形式申报的，自评分须经中评委核分',
    )
    expect(pack.clauses['N1.2'].zh).toContain(
      '申报特种设备高级工程师职称人员中不具备正常申报条件且以自评分形式申报的，自评分须达到',
    )
    expect(pack.tracks.senior!.selfScoreVerified).toEqual({ value: true, clause: 'N1.2' })
    expect(pack.tracks['senior-se']!.selfScoreVerified).toEqual({ value: false, clause: 'N1.2' })
  })

  it('a typed score is not called verified; senior is told it must be verified, special equipment is not', () => {
    const senior = selfScoreOf('senior', 88)
      .figures.map((f) => explain(f, 'zh-CN', pack))
      .join()
    expect(senior).not.toContain('（经中评委核分）88')
    expect(senior).toContain('您填写的自评分 88 分')
    expect(senior).toContain('须经中评委核分达到 90 分以上')
    const se = selfScoreOf('senior-se', 88)
    const seText = [...se.figures, ...se.advice].map((f) => explain(f, 'zh-CN', pack)).join()
    expect(seText).toContain('自评分 88 分')
    expect(seText).not.toContain('核分')
    const en = selfScoreOf('senior', 95)
      .figures.map((f) => explain(f, 'en-US', pack))
      .join()
    expect(en).toBe('Your self-score: 95; it must reach 90 as verified by the committee.')
  })

  it.each(['zh-CN', 'en-US'] as const)('%s: the question’s hint mentions 核分 only on the senior track', (lang) => {
    applyLang(lang)
    const page = PAGES.find((p) => p.id === 'senior-basis')!
    const hint = (track: 'senior' | 'senior-se') => {
      const a: Answers = { ...BASES[track], seniorBasis: 'self-score' }
      const field = page.specs(pack, a).find((s) => s.field.key === 'selfScore')!.field
      return fieldHelp(field, pack, a) ?? ''
    }
    const verified = lang === 'zh-CN' ? '核分' : 'verified by the committee'
    expect(hint('senior')).toContain(verified)
    expect(hint('senior-se')).not.toContain(verified)
    expect(hint('senior-se')).toContain('90')
    applyLang('zh-CN')
  })
})

describe('the district forwarding item cites the paragraph that says so', () => {
  it('五、（三）末段 for everyone, not 五、（三）2 (the senior and principal clause)', () => {
    expect(pack.clauses['N5.3.F'].zh).toBe(
      '以上材料由区(县、市)、开发园区人力社保部门、市市场监管局直属事业单位统一整理报送。',
    )
    expect(pack.clauses['N5.3.2'].zh).toBe('高级、正高级专业技术职务任职资格报送材料按相关文件要求。')
    const item = assess(BASES.engineer, pack).checklist.find((i) => i.id === 'district-forward')!
    expect(item.clauses).toContain('N5.3.F')
    expect(item.clauses).not.toContain('N5.3.2')
  })
})

describe('the platform address, in both languages', () => {
  it('the Chinese checklist names the address the English one shows, the one N3.1 gives', () => {
    const address = 'zcps.rlsbt.zj.gov.cn'
    expect(pack.clauses['N3.1'].zh).toContain(`https://${address}`)
    expect(messages['en-US']['checklist.groupIntro.platform']).toContain(address)
    expect(messages['zh-CN']['checklist.groupIntro.platform']).toContain(address)
  })
})
