/** The round status in words (src/checklist/round.ts), both languages, at each state. */
import { describe, expect, it } from 'vitest'
import { SOON_DAYS } from '@/checklist/timeline'
import { roundLines, roundParagraph, roundText } from '@/checklist/round'
import { roundStatus } from '@/engine/round'
import { pack } from '@/policy/ningbo-2024-187'
import { meta } from '@/policy/ningbo-2024-187/meta'

const at = (today: string, track?: 'engineer' | 'principal') => roundStatus(pack, today, { soonDays: SOON_DAYS, track })

describe('round words', () => {
  it.each([
    ['2026-12-01', 'zh-CN', '本通知（2024 年度）的申报已于 2024年8月21日截止'],
    ['2024-08-22', 'zh-CN', '本通知（2024 年度）的申报已于 2024年8月21日截止'],
    ['2026-12-01', 'en-US', 'Applications under this notice (2024) closed on 21 Aug 2024'],
    ['2024-08-21', 'zh-CN', '本通知（2024 年度）的网上申报今天（2024年8月21日）截止'],
    ['2024-08-20', 'zh-CN', '本通知（2024 年度）的网上申报明天（2024年8月21日）截止'],
    ['2024-08-20', 'en-US', 'Online applications under this notice (2024) close tomorrow, 21 Aug 2024'],
    ['2024-08-10', 'zh-CN', '本通知（2024 年度）的网上申报于 2024年8月21日截止，还有 11 天'],
    ['2024-08-10', 'en-US', 'Online applications under this notice (2024) close on 21 Aug 2024: 11 days left'],
  ] as const)('on %s (%s): %s', (today, lang, headline) => {
    expect(roundText(at(today), lang).headline).toBe(headline)
  })

  it('once over, no instruction to submit: it says what the verdict means', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const all = [roundParagraph(at('2026-12-01'), lang), ...roundLines(at('2026-12-01'), lang)].join('\n')
      expect(all).not.toMatch(/即可提交|请在截止前|Apply online before/)
      expect(all).toContain('2024')
    }
    expect(roundText(at('2026-12-01'), 'zh-CN').means).toContain('本轮已不能再申报')
    expect(roundText(at('2024-08-10'), 'zh-CN').means).toContain('请在截止前完成网上申报')
  })

  it('tracks whose dates the province sets say so', () => {
    expect(roundText(at('2024-08-10', 'principal'), 'zh-CN').setBy).toBe(
      '您申报的类别，申报时间以浙市监人〔2024〕18号为准。',
    )
    expect(roundText(at('2024-08-10', 'engineer'), 'zh-CN').setBy).toBeNull()
  })

  it('the first screen’s meta gives the same status as the pack', () => {
    for (const today of ['2024-08-10', '2024-08-21', '2024-08-22', '2026-12-01'])
      expect(roundStatus(meta, today, { soonDays: SOON_DAYS })).toEqual(at(today))
  })
})
