import { describe, expect, it } from 'vitest'
import { deadlines } from '@/engine/assess'
import type { DeadlineEntry, IsoDate, Lang } from '@/engine/types'
import { pack } from '@/policy/ningbo-2024-187'
import { deadlineView, todayIndex, type DeadlineView } from '@/checklist/timeline'

/** The timeline for a track on a given day, as the page would render it. */
function timeline(
  track: 'engineer' | 'senior' | 'senior-se' | 'principal',
  today: IsoDate,
  lang: Lang = 'zh-CN',
): DeadlineView[] {
  return deadlines(pack, track, today).map((d) => deadlineView(d, lang))
}
const byId = (views: DeadlineView[]) => Object.fromEntries(views.map((v) => [v.id, v]))

describe('deadline display (engineer and senior: 8-21, 9-01, 9-10, review late September)', () => {
  it('the day before the online application closes: days left everywhere', () => {
    const v = byId(timeline('engineer', '2024-08-20'))
    expect(v['online-application']).toMatchObject({
      datetime: '2024-08-21',
      when: '2024年8月21日',
      status: '明天截止',
      tone: 'soon',
      statusDatetime: null,
      showWhen: true,
    })
    expect(v['unit-review']).toMatchObject({ when: '2024年9月1日', status: '还有 12 天', tone: 'upcoming' })
    expect(v['district-processing']).toMatchObject({ status: '还有 21 天', tone: 'upcoming' })
    expect(v.review).toMatchObject({
      datetime: '2024-09-21',
      when: '2024年9月21日 至 2024年9月30日（预计）',
      status: '32 天后开始',
    })
  })

  it('on the day: 今天截止', () => {
    expect(byId(timeline('engineer', '2024-08-21'))['online-application']).toMatchObject({
      status: '今天截止',
      tone: 'today',
    })
    expect(byId(timeline('senior', '2024-09-01'))['unit-review']).toMatchObject({ status: '今天截止', tone: 'today' })
    expect(byId(timeline('engineer', '2024-09-10'))['district-processing']).toMatchObject({
      status: '今天截止',
      tone: 'today',
    })
  })

  it('the day after: 已于 2024年8月21日 截止', () => {
    const v = byId(timeline('engineer', '2024-08-22'))
    expect(v['online-application']).toMatchObject({
      status: '已于 2024年8月21日 截止',
      tone: 'closed',
      statusDatetime: '2024-08-21',
      showWhen: false,
    })
    expect(v['unit-review']).toMatchObject({ status: '还有 10 天', tone: 'upcoming' })
    expect(byId(timeline('engineer', '2024-09-02'))['unit-review']).toMatchObject({
      status: '已于 2024年9月1日 截止',
      tone: 'closed',
    })
    expect(byId(timeline('engineer', '2024-09-11'))['district-processing']).toMatchObject({
      status: '已于 2024年9月10日 截止',
      tone: 'closed',
    })
  })

  it('the review window: upcoming, under way on its first and last day, closed after', () => {
    expect(byId(timeline('engineer', '2024-09-20')).review!.status).toBe('明天开始')
    expect(byId(timeline('engineer', '2024-09-21')).review).toMatchObject({ status: '进行中', tone: 'in-window' })
    expect(byId(timeline('engineer', '2024-09-30')).review).toMatchObject({ status: '进行中', tone: 'in-window' })
    // A window says both: when it was, and that it has ended.
    expect(byId(timeline('engineer', '2024-10-01')).review).toMatchObject({
      status: '已于 2024年9月30日 截止',
      tone: 'closed',
      showWhen: true,
    })
  })

  it('long before: a week is "soon", more is "upcoming"', () => {
    expect(byId(timeline('engineer', '2024-08-14'))['online-application']).toMatchObject({
      status: '还有 7 天',
      tone: 'soon',
    })
    expect(byId(timeline('engineer', '2024-08-13'))['online-application']).toMatchObject({
      status: '还有 8 天',
      tone: 'upcoming',
    })
  })

  it('in English', () => {
    const v = byId(timeline('engineer', '2024-08-10', 'en-US'))
    expect(v['online-application']).toMatchObject({ when: '21 Aug 2024', status: '11 days left' })
    expect(byId(timeline('engineer', '2024-08-20', 'en-US'))['online-application']!.status).toBe('Closes tomorrow')
    expect(v.review!.status).toBe('Starts in 42 days')
    expect(byId(timeline('engineer', '2024-08-21', 'en-US'))['online-application']!.status).toBe('Closes today')
    expect(byId(timeline('engineer', '2024-08-22', 'en-US'))['online-application']!.status).toBe(
      'Closed on 21 Aug 2024',
    )
    expect(byId(timeline('engineer', '2024-09-25', 'en-US')).review).toMatchObject({
      when: '21 Sep 2024 to 30 Sep 2024 (expected)',
      status: 'Under way',
    })
  })
})

describe('senior (special equipment) and principal: dates set by the provincial documents', () => {
  it('senior-se: 以…为准, with the document numbers, no date, no days left', () => {
    const v = byId(timeline('senior-se', '2024-08-20'))
    expect(Object.keys(v)).toEqual(['provincial-dates', 'review'])
    expect(v['provincial-dates']).toMatchObject({ datetime: null, tone: 'unknown', status: null })
    expect(v['provincial-dates']!.when).toBe('以浙市监人〔2024〕18号、浙特协〔2024〕11号为准')
    const en = byId(timeline('senior-se', '2024-08-20', 'en-US'))
    expect(en['provincial-dates']!.when).toBe('Set by 浙市监人〔2024〕18号 / 浙特协〔2024〕11号')
  })

  it('principal: 浙市监人〔2024〕18号 only (浙特协 is the special-equipment senior notice), no Ningbo review date', () => {
    const v = byId(timeline('principal', '2024-08-20'))
    expect(Object.keys(v)).toEqual(['provincial-dates'])
    expect(v['provincial-dates']).toMatchObject({ datetime: null, tone: 'unknown', status: null })
    expect(v['provincial-dates']!.when).toBe('以浙市监人〔2024〕18号为准')
    const en = byId(timeline('principal', '2024-08-20', 'en-US'))
    expect(en['provincial-dates']!.when).toBe('Set by 浙市监人〔2024〕18号')
  })
})

describe('where today sits', () => {
  const at = (track: 'engineer' | 'principal', today: IsoDate) => todayIndex(deadlines(pack, track, today))
  it('before everything, between deadlines, on a deadline, after everything', () => {
    expect(at('engineer', '2024-08-01')).toBe(0)
    expect(at('engineer', '2024-08-21')).toBe(0) // closes today: still ahead
    expect(at('engineer', '2024-08-22')).toBe(1)
    expect(at('engineer', '2024-09-05')).toBe(2)
    expect(at('engineer', '2024-09-25')).toBe(3) // the review is under way
    expect(at('engineer', '2024-10-01')).toBe(4)
    expect(at('principal', '2024-08-01')).toBe(1) // after the undated item
  })

  it('an undated deadline without a document: 以省级文件为准, said once', () => {
    const d: DeadlineEntry = {
      id: 'x',
      title: { zh: 'x', en: 'x' },
      date: null,
      approximate: false,
      clauses: [],
      state: { kind: 'unknown' },
    }
    expect(deadlineView(d, 'zh-CN')).toMatchObject({ when: '以省级文件为准', status: null, tone: 'unknown' })
  })

  it('without a state (no today given to the engine) the marker goes last', () => {
    const list: DeadlineEntry[] = deadlines(pack, 'engineer')
    expect(list.every((d) => d.state === undefined)).toBe(true)
    expect(todayIndex(list)).toBe(list.length)
    expect(deadlineView(list[0]!, 'zh-CN')).toMatchObject({ status: null, tone: 'none' })
  })
})
