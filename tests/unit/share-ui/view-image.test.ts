import { describe, expect, it } from 'vitest'
import { encode } from 'uqr'
import {
  IMAGE_WIDTH,
  layoutSummaryImage,
  paintSummaryImage,
  summaryImageName,
  type FontKey,
  type ImageLabels,
} from '@/share/image'
import { qrMatrixWith } from '@/share/qr'
import { summaryView } from '@/share/view'
import { graphemes } from '@/share/wrap'
import type { Lang } from '@/engine/types'
import { checklistProgress, encodeSummary, shareUrl } from '@/share'
import { CHINESE_40, ORIGIN, SHARE_PACK, buildAll } from '../share/helpers'

const SIZES: Record<FontKey, number> = {
  title: 46,
  subtitle: 28,
  verdict: 42,
  heading: 34,
  item: 32,
  body: 30,
  small: 26,
}
/** Full-width characters one em wide, the rest 0.6 em: a pessimistic stand-in for canvas measureText. */
const measure = (s: string, font: FontKey) =>
  graphemes(s).reduce(
    (w, g) => w + (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]|\p{Extended_Pictographic}/u.test(g) ? 1 : 0.6),
    0,
  ) * SIZES[font]

const labels = (name: string | null): ImageLabels => ({
  heading: '职称申报自评摘要',
  applicant: `申报人：${name ?? ''}`,
  attention: '需要注意的条件',
  needsInfo: '待补充信息',
  met: '已符合',
  materials: '材料准备',
  materialsProgress: '材料 1/2 已备齐',
  materialsMissing: '还缺 1 项：',
  materialsAllDone: '都已完成',
  qrCaption: '扫码打开只读摘要',
  notice: '依据：甬市监组人〔2024〕187号',
  generatedOn: '生成日期：2024年8月15日',
  disclaimer: '本摘要为个人自查结果，仅供参考。',
})

describe('summaryView', () => {
  it('places every requirement exactly once: to look at, waiting for answers, met, or not applicable', () => {
    for (const lang of ['zh-CN', 'en-US'] as Lang[]) {
      for (const { c, summary } of buildAll()) {
        const v = summaryView(summary, lang, SHARE_PACK)
        const ids = [
          ...v.attention.map((a) => a.id),
          ...(v.needsInfo?.items.map((r) => r.id) ?? []),
          ...v.met.map((r) => r.id),
        ]
        expect(ids.length + v.notApplicable, c.name).toBe(summary.requirements.length)
        expect(new Set(ids).size, c.name).toBe(ids.length)
        for (const a of v.attention) {
          expect(['not-met', 'check'], c.name).toContain(a.status)
          // A not-met or "check" condition always says what is wrong or what to do.
          expect(a.lines.length, `${c.name}: ${a.id}`).toBeGreaterThan(0)
        }
        if (summary.track) {
          const p = checklistProgress(summary, SHARE_PACK)
          expect(v.materials).toMatchObject({ done: p.done, total: p.total })
          expect(v.materials!.missing).toHaveLength(p.missing.length)
          expect(v.deadlines.length).toBeGreaterThan(0)
        } else {
          expect(v.materials).toBeNull()
        }
      }
    }
  })

  it('shows the name only when the summary has one', () => {
    const [withName] = buildAll('张工')
    const [without] = buildAll()
    expect(summaryView(withName!.summary, 'zh-CN', SHARE_PACK).name).toBe('张工')
    expect(summaryView(without!.summary, 'zh-CN', SHARE_PACK).name).toBeNull()
  })
})

describe('summary image layout', () => {
  it('keeps every line inside the image, in both languages, for every case and a 40-character name', () => {
    const qr = qrMatrixWith(encode, shareUrl(ORIGIN, encodeSummary(buildAll(CHINESE_40)[0]!.summary, SHARE_PACK)))
    for (const lang of ['zh-CN', 'en-US'] as Lang[]) {
      for (const { c, summary } of buildAll(CHINESE_40)) {
        const v = summaryView(summary, lang, SHARE_PACK)
        const layout = layoutSummaryImage(v, qr, labels(v.name), measure)
        expect(layout.width).toBe(IMAGE_WIDTH)
        let last = -1
        for (const item of layout.items) {
          if (item.kind !== 'text') continue
          expect(item.x + measure(item.text, item.font), `${c.name}: "${item.text}"`).toBeLessThanOrEqual(
            IMAGE_WIDTH - 64 + 1,
          )
          expect(item.y).toBeLessThan(layout.height)
          expect(item.text.trim(), c.name).toBe(item.text)
          last = Math.max(last, item.y)
        }
        const q = layout.items.find((i) => i.kind === 'qr')
        expect(q, c.name).toBeDefined()
        if (q?.kind === 'qr') {
          // Big enough to scan from a phone's screen or a print: ≥ 4 px per module, ≥ 400 px wide.
          expect(q.scale).toBeGreaterThanOrEqual(4)
          expect(qr.size * q.scale).toBeGreaterThanOrEqual(400)
          expect(q.y + qr.size * q.scale).toBeLessThanOrEqual(layout.height)
        }
      }
    }
  })

  it('prints the name line only when there is a name, and every gap line of the view', () => {
    const texts = (name: string | undefined) => {
      const built = buildAll(name).find((b) => b.summary.requirements.some((r) => r.status === 'not-met'))!
      const v = summaryView(built.summary, 'zh-CN', SHARE_PACK)
      const layout = layoutSummaryImage(v, null, labels(v.name), measure)
      return {
        v,
        all: layout.items
          .flatMap((i) => (i.kind === 'text' ? [i.text] : []))
          .join('')
          .replace(/\s+/g, ''),
      }
    }
    expect(texts('张工').all).toContain('申报人：张工')
    const { v, all } = texts(undefined)
    expect(all).not.toContain('申报人')
    for (const a of v.attention) for (const line of a.lines) expect(all).toContain(line.replace(/\s+/g, ''))
  })

  it('paints text with the system fonts only, and the QR code last', () => {
    const { summary } = buildAll('张工')[3]!
    const v = summaryView(summary, 'zh-CN', SHARE_PACK)
    const qr = qrMatrixWith(encode, 'https://example.com/s#x')
    const layout = layoutSummaryImage(v, qr, labels('张工'), measure)
    const fonts = new Set<string>()
    const texts: string[] = []
    const ctx = new Proxy({} as Record<string, unknown>, {
      get: (target, key) => (key in target ? target[key as string] : () => undefined),
      set: (target, key, value) => {
        target[key as string] = value
        if (key === 'font') fonts.add(String(value))
        return true
      },
    })
    ctx.fillText = (s: string) => texts.push(s)
    paintSummaryImage(ctx as unknown as CanvasRenderingContext2D, layout, qr)
    expect(texts.length).toBe(layout.items.filter((i) => i.kind === 'text').length)
    for (const f of fonts) expect(f).toMatch(/system-ui.*sans-serif$/)
    expect([...fonts].join()).not.toMatch(/url\(|https?:/)
  })

  it('names the file after the day the summary was made', () => {
    expect(summaryImageName('2024-09-01')).toBe('zhicheng-summary-2024-09-01.png')
    expect(summaryImageName('../../x')).toBe('zhicheng-summary-undated.png')
  })
})
