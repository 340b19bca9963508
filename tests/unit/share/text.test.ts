import { describe, expect, it } from 'vitest'
import { REQUIREMENT_LABELS, formatDate, pick } from '@/engine/explain'
import type { Lang } from '@/engine/types'
import { pack } from '@/policy/ningbo-2024-187'
import { encodeSummary, shareUrl } from '@/share/codec'
import { buildSummary } from '@/share/summary'
import { renderSummaryText } from '@/share/text'
import { summaryView } from '@/share/view'
import { statusWord } from '@/share/messages'
import { assess } from '@/engine/assess'
import { CASES, answersOf } from '../engine/cases'
import { ORIGIN, SHARE_PACK, TODAY, buildAll, someDone } from './helpers'

const LANGS: Lang[] = ['zh-CN', 'en-US']
const all = buildAll('王小明')
const linkOf = (s: Parameters<typeof encodeSummary>[0]) => shareUrl(ORIGIN, encodeSummary(s, SHARE_PACK))
const textOf = (prefix: string, lang: Lang, name?: string, today = TODAY) => {
  const c = CASES.find((x) => x.name.startsWith(prefix))!
  const a = assess(answersOf(c), pack, { today })
  const s = buildSummary(
    a,
    SHARE_PACK,
    { done: someDone(a) },
    { generatedOn: today, ...(name ? { displayName: name } : {}) },
  )
  const link = linkOf(s)
  return { s, link, text: renderSummaryText(s, lang, SHARE_PACK, link) }
}

describe('the plain-text summary (for WeChat)', () => {
  it.each(LANGS)('has no markdown, no leftover placeholder or message key, and short lines (%s)', (lang) => {
    for (const { c, summary } of all) {
      const link = linkOf(summary)
      const text = renderSummaryText(summary, lang, SHARE_PACK, link)
      const body = text.replace(link, '')
      expect(body, c.name).not.toMatch(/[*#|`_~]/)
      expect(body).not.toMatch(/^\s*(?:[-+>]|\d+\.)\s/m)
      expect(body).not.toMatch(/\{\w+\}/)
      expect(body).not.toMatch(/\b(?:fig|advice|reason)\.[a-z-]+/)
      expect(body).not.toMatch(/\bundefined\b|\bnull\b|NaN/)
      expect(text).toContain(link)
      // Complete in each language: no Chinese sentence in the English text (names of documents and
      // forms keep their Chinese in parentheses), no English sentence in the Chinese one.
      if (lang === 'en-US') expect(body, c.name).not.toMatch(/[请须的您在]/)
      else expect(body.replace(/https?:\S+/g, ''), c.name).not.toMatch(/\b(?:the|and|you|your)\b/i)
      for (const line of body.split('\n')) expect(line.length, line).toBeLessThanOrEqual(lang === 'zh-CN' ? 60 : 110)
    }
  })

  it('gives every not-met requirement a reason or advice, in both languages', () => {
    for (const lang of LANGS) {
      for (const { c, summary } of all) {
        const text = renderSummaryText(summary, lang, SHARE_PACK)
        const lines = text.split('\n')
        for (const r of summary.requirements.filter((x) => x.status === 'not-met' || x.status === 'check')) {
          const heading = `${statusWord(r.status, lang)}${lang === 'zh-CN' ? '：' : ': '}${pick(REQUIREMENT_LABELS[r.id], lang)}`
          const i = lines.indexOf(heading)
          expect(i, `${c.name} ${r.id}`).toBeGreaterThanOrEqual(0)
          expect(lines[i + 1], `${c.name} ${r.id}`).toMatch(/^ {2}\S/)
        }
      }
    }
  })

  it('shows the verdict, the gaps with advice and the date from which they close (zh)', () => {
    const { text } = textOf('two time-based gaps', 'zh-CN', '王小明')
    expect(text).toContain('申报人：王小明')
    expect(text).toContain('结论：❌ 暂不符合申报条件')
    expect(text).toContain('预计 2025年3月1日 起符合全部条件')
    expect(text).toContain('❌ 不符合：学历与任职年限')
    expect(text).toContain('2025年3月1日 起满足年限')
    expect(text).toContain('❌ 不符合：现单位社保')
    expect(text).toContain('2025年2月28日 起满一年')
    expect(text).toContain('七项破格条件具备 0 项，须至少 2 项。')
  })

  it('shows the same in English', () => {
    const { text } = textOf('two time-based gaps', 'en-US', 'Wang')
    expect(text).toContain('Applicant: Wang')
    expect(text).toContain('Verdict: ❌ Not eligible yet')
    expect(text).toContain('Every condition holds from 1 Mar 2025')
    expect(text).toContain('❌ Not met: Social security with your current employer')
    expect(text).toContain('A full year on 28 Feb 2025')
  })

  it('names which continuing-education years are short and in which count, never the hours', () => {
    const zh = textOf('continuing education 59 professional in 2023', 'zh-CN').text
    expect(zh).toContain('2023 年：专业科目学时不足')
    expect(zh).toContain('往年学时不足的，请核对是否有未登记的学时。')
    const en = textOf('continuing education 17 public in 2024', 'en-US').text
    expect(en).toContain('2024: public-subject hours short')
    expect(en).toContain('This year’s hours can still be earned')
    expect(en).not.toMatch(/\b(?:17|73)\b(?! days)/)
  })

  it('a summary made after the round closed never says the open year can still be earned', () => {
    // the deadline day itself (2024-08-21) is still open; the day after, closed
    for (const [today, lang, has, lacks] of [
      ['2024-08-21', 'zh-CN', '本年度学时仍可补学', '本轮申报已截止，这些学时'],
      ['2024-08-22', 'zh-CN', '本轮申报已截止，这些学时已不能为本轮补学。', '仍可补学'],
      [
        '2026-12-01',
        'en-US',
        'This round has closed: these hours can no longer be earned for it.',
        'can still be earned',
      ],
    ] as const) {
      const text = textOf('continuing education 17 public in 2024', lang, undefined, today).text
      expect(text, today).toContain(has)
      expect(text, today).not.toContain(lacks)
    }
  })

  it("the shared view tells the gap against the viewer's date", () => {
    const { s } = textOf('continuing education 17 public in 2024', 'zh-CN')
    const ce = (today?: string) =>
      summaryView(s, 'zh-CN', SHARE_PACK, today)
        .attention.find((r) => r.id === 'continuing-education')!
        .lines.join('')
    expect(ce()).toContain('仍可补学')
    expect(ce('2024-08-21')).toContain('仍可补学')
    expect(ce('2026-12-01')).toContain('本轮申报已截止')
    expect(ce('2026-12-01')).not.toContain('仍可补学')
  })

  it('names the missing ability items, assessment years, discipline items and public-institution conditions', () => {
    expect(textOf('ability item 3', 'zh-CN').text).toContain('生产、技术管理部门：尚不具备第 3 项；须全部具备。')
    expect(textOf('基本合格 in 2022', 'zh-CN').text).toContain('2022 年度考核未达到“合格”。')
    expect(textOf('forged certificate', 'en-US').text).toContain(
      'You declared forged or altered certificates or proofs.',
    )
    expect(textOf('public institution outside', 'zh-CN').text).toContain('不在核定的专业技术岗位结构比例内。')
    expect(textOf('senior with food quality', 'zh-CN').text).toContain(
      '“食品质量技术”专业不能申报高级工程师（除特种设备）。',
    )
    expect(textOf('not working in Ningbo', 'en-US').text).toContain(
      'Apply under the notice of the city where you work.',
    )
    expect(textOf('college, 3 years 6 months, exceptional conditions 1 and 5', 'zh-CN').text).toContain(
      '破格晋升条件（第 1、5 项）',
    )
  })

  it('groups the questions still to answer in one entry', () => {
    const { text } = textOf('only the track chosen', 'zh-CN')
    expect(text.match(/❓ 待补充信息/g)).toHaveLength(1)
    expect(text).toContain('请补充相关信息后再看结论。')
  })

  it('counts the materials and names the missing ones', () => {
    const { s, text } = textOf('bachelor with 6 full years', 'zh-CN')
    const own = pack.materials.filter(
      (m) => s.checklist.applicable.includes(m.id) && !m.byOthers && m.group !== 'interview',
    )
    const missing = own.filter((m) => !s.checklist.done.includes(m.id))
    expect(text).toContain(`材料 ${own.length - missing.length}/${own.length} 已备齐`)
    expect(text).toContain(`还缺 ${missing.length} 项：`)
    for (const m of missing) expect(text).toContain(`• ${m.title.zh}`)
    const en = textOf('bachelor with 6 full years', 'en-US').text
    expect(en).toContain(`Materials: ${own.length - missing.length} of ${own.length} ready`)
    for (const m of missing) expect(en).toContain(`• ${m.title.en}`)
    const others = pack.materials.filter((m) => s.checklist.applicable.includes(m.id) && m.byOthers)
    const confirmed = others.filter((m) => s.checklist.done.includes(m.id))
    expect(text).toContain(`另有 ${others.length} 项由单位或区（县、市）办理，已确认 ${confirmed.length} 项。`)
    expect(text).not.toContain('• 准备答辩面试') // the interview comes later: not a missing material
  })

  it('lists the track’s dates relative to the day the summary was made', () => {
    const early = textOf('bachelor with 6 full years', 'zh-CN', undefined, '2024-08-15').text
    expect(early).toContain('• 网上申报截止：2024年8月21日，还有 6 天')
    expect(early).toContain('• 评审（预计 9 月下旬）：2024年9月21日 至 2024年9月30日（预计），37 天后开始')
    const late = textOf('bachelor with 6 full years', 'en-US', undefined, '2024-09-25').text
    expect(late).toContain('• Online application closes: Closed on 21 Aug 2024')
    expect(late).toContain('Under way')
    const principal = textOf('principal in standardization', 'zh-CN').text
    // Content fix (issue 11): 浙特协〔2024〕11号 is the special-equipment senior notice only, and the
    // province, not Ningbo's late-September review, evaluates principal applicants.
    expect(principal).toContain('申报时间以省级文件为准：以浙市监人〔2024〕18号为准')
    expect(principal).not.toContain('浙特协')
    expect(principal).not.toContain('9 月下旬')
    expect(principal).not.toContain('网上申报截止')
  })

  it('ends with the notice number, the date and the link', () => {
    const { text, link } = textOf('bachelor with 6 full years', 'zh-CN')
    const tail = text.split('\n').slice(-4)
    expect(tail).toEqual([
      `依据：${pack.docNo}`,
      '生成日期：2024年8月15日',
      `查看：${link}`,
      expect.stringContaining('仅供参考'),
    ])
    expect(link.length).toBeLessThanOrEqual(300)
  })

  it('never shows a birth date, a title date, hours, months or a score', () => {
    const thresholds = new Set([
      pack.params.ce.total.value,
      pack.params.ce.professional.value,
      pack.params.ce.public.value,
      pack.params.selfScoreMin.value,
    ])
    for (const lang of LANGS) {
      for (const { c, answers, summary } of all) {
        const text = renderSummaryText(summary, lang, SHARE_PACK, linkOf(summary))
        for (const d of [answers.birthDate, answers.titleDate].filter((x): x is string => !!x)) {
          expect(text, c.name).not.toContain(d)
          expect(text, c.name).not.toContain(formatDate(d, lang))
        }
        const personal = new Set<number>()
        for (const h of Object.values(answers.ceHours ?? {})) {
          for (const n of [h.professional, h.public, (h.professional ?? 0) + (h.public ?? 0)])
            if (n !== undefined) personal.add(n)
        }
        for (const n of [answers.socialSecurityMonths, answers.selfScore, answers.technicalWorkYears])
          if (n !== undefined) personal.add(n)
        for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*(学时|个月|分|hours?|months?|points?)/g)) {
          const n = Number(m[1])
          expect(personal.has(n) && !thresholds.has(n), `${c.name}: "${m[0]}"`).toBe(false)
        }
      }
    }
  })
})

describe('hostile display names in the text', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['\u202Etxt.exe', 'txt.exe'],
    ['王\u200B小\u200D明', '王小明'],
    ['名'.repeat(500), '名'.repeat(40)],
    ['👩‍💻 李雷', '👩‍💻 李雷'],
  ])('%j appears only as sanitised text', (name, shown) => {
    for (const lang of LANGS) {
      const { text, s } = textOf('bachelor with 6 full years', lang, name)
      expect(s.displayName).toBe(shown)
      const line = text.split('\n')[1]
      expect(line).toBe(`${lang === 'zh-CN' ? '申报人：' : 'Applicant: '}${shown}`)
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/)
    }
  })
})
