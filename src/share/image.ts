/**
 * The summary as a PNG, for chat apps that strip links: a card drawn with canvas 2D in the system
 * fonts (no web font, nothing fetched), Chinese wrapped by `wrapText`, with the QR code of the link.
 *
 *   layoutSummaryImage(view, qr, labels, measure) → { width, height, items }   pure (tests)
 *   paintSummaryImage(ctx, layout, qr)                                         draws it
 *   renderSummaryImage(view, qr, labels) → Promise<Blob>                       both, on a canvas
 */
import type { Overall, Status } from '@/engine/types'
import { drawQr, type QrMatrix } from './qr'
import type { SummaryView } from './view'
import { wrapText } from './wrap'

/** 1080 px wide: sharp on a phone (≈ 3 device pixels per CSS pixel at 360 CSS px). */
export const IMAGE_WIDTH = 1080
const PAD = 64
const CONTENT = IMAGE_WIDTH - 2 * PAD
/** The QR code in the image is about this wide (a version-12 code gets 6 px per module). */
const QR_SIDE = 440

export const IMAGE_FONT_FAMILY =
  "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', sans-serif"

export type FontKey = 'title' | 'subtitle' | 'verdict' | 'heading' | 'item' | 'body' | 'small'

export const FONTS: Record<FontKey, { size: number; weight: number }> = {
  title: { size: 46, weight: 700 },
  subtitle: { size: 28, weight: 400 },
  verdict: { size: 42, weight: 700 },
  heading: { size: 34, weight: 700 },
  item: { size: 32, weight: 700 },
  body: { size: 30, weight: 400 },
  small: { size: 26, weight: 400 },
}

export const fontCss = (f: FontKey) => `${FONTS[f].weight} ${FONTS[f].size}px ${IMAGE_FONT_FAMILY}`
const lineHeight = (f: FontKey) => Math.round(FONTS[f].size * 1.5)

export const COLORS = {
  text: '#1f2023',
  muted: '#5c5f66',
  white: '#ffffff',
  page: '#ffffff',
  band: '#1c5fb8',
  rule: '#dcdee0',
  track: '#e8eaed',
} as const

export const STATUS_COLORS: Record<Status, string> = {
  met: '#0a7d3e',
  'not-met': '#c8102e',
  'needs-info': '#8a4500',
  check: '#1c5fb8',
  'not-applicable': '#5c5f66',
}

export const OVERALL_COLORS: Record<Overall, { fg: string; bg: string }> = {
  eligible: { fg: '#0a7d3e', bg: '#edf7f1' },
  'not-eligible': { fg: '#c8102e', bg: '#fdf0f2' },
  'needs-info': { fg: '#8a4500', bg: '#fffbe8' },
  'check-provincial': { fg: '#1c5fb8', bg: '#eef4fc' },
}

export type ImageItem =
  | { kind: 'text'; x: number; y: number; text: string; font: FontKey; color: string }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: string; radius: number }
  | { kind: 'dot'; cx: number; cy: number; r: number; color: string }
  | { kind: 'qr'; x: number; y: number; scale: number }

export interface ImageLayout {
  width: number
  height: number
  items: ImageItem[]
}

/** The words the image needs besides the view (from the i18n messages, in the view's language). */
export interface ImageLabels {
  heading: string
  applicant: string
  attention: string
  needsInfo: string
  met: string
  materials: string
  materialsProgress: string
  materialsMissing: string
  materialsAllDone: string
  qrCaption: string
  notice: string
  generatedOn: string
  disclaimer: string
}

/** Measures `text` in `font` (canvas `measureText`, or a fake in tests). */
export type FontMeasure = (text: string, font: FontKey) => number

/**
 * Where everything goes. `y` of a text item is the top of its line box; text is drawn with
 * `textBaseline = 'middle'` at the middle of the line box.
 */
export function layoutSummaryImage(
  view: SummaryView,
  qr: QrMatrix | null,
  labels: ImageLabels,
  measure: FontMeasure,
): ImageLayout {
  const items: ImageItem[] = []
  let y = 0
  const colon = view.lang === 'zh-CN' ? '：' : ': '
  const sep = view.lang === 'zh-CN' ? '、' : '; '

  const text = (s: string, font: FontKey, color: string, x = PAD, width = CONTENT - (x - PAD)) => {
    for (const line of wrapText(s, width, (t) => measure(t, font))) {
      items.push({ kind: 'text', x, y, text: line, font, color })
      y += lineHeight(font)
    }
  }
  const gap = (h: number) => {
    y += h
  }
  const heading = (s: string) => {
    gap(36)
    text(s, 'heading', COLORS.text)
    gap(8)
  }
  /** A coloured dot before a bold line (the status is in the words too, never the colour alone). */
  const dotted = (s: string, color: string, font: FontKey = 'item', textColor = color) => {
    const lh = lineHeight(font)
    items.push({ kind: 'dot', cx: PAD + 11, cy: y + lh / 2, r: 10, color })
    text(s, font, textColor, PAD + 36)
  }

  // Header band.
  const bandTop = y
  gap(44)
  const bandItems = items.length
  text(labels.heading, 'title', COLORS.white)
  gap(4)
  text(labels.notice, 'subtitle', COLORS.white)
  gap(40)
  items.splice(bandItems, 0, {
    kind: 'rect',
    x: 0,
    y: bandTop,
    w: IMAGE_WIDTH,
    h: y - bandTop,
    color: COLORS.band,
    radius: 0,
  })

  gap(36)
  if (view.name) text(labels.applicant, 'heading', COLORS.text)
  if (view.applying) text(view.applying, 'body', COLORS.muted)

  // Verdict box.
  gap(24)
  const tone = OVERALL_COLORS[view.overall]
  const boxTop = y
  const boxIndex = items.length
  gap(28)
  const inner = PAD + 32
  text(view.overallLabel, 'verdict', tone.fg, inner, CONTENT - 64)
  if (view.eligibleFrom) {
    gap(4)
    text(view.eligibleFrom, 'body', COLORS.text, inner, CONTENT - 64)
  }
  if (view.round) {
    gap(8)
    text(view.round, 'small', COLORS.text, inner, CONTENT - 64)
  }
  gap(28)
  items.splice(
    boxIndex,
    0,
    { kind: 'rect', x: PAD, y: boxTop, w: CONTENT, h: y - boxTop, color: tone.fg, radius: 20 },
    { kind: 'rect', x: PAD + 4, y: boxTop + 4, w: CONTENT - 8, h: y - boxTop - 8, color: tone.bg, radius: 16 },
  )

  if (view.attention.length || view.needsInfo) {
    heading(labels.attention)
    for (const a of view.attention) {
      gap(12)
      dotted(`${a.statusLabel}${colon}${a.label}`, STATUS_COLORS[a.status])
      for (const line of a.lines) text(line, 'body', COLORS.text, PAD + 36)
    }
    if (view.needsInfo) {
      gap(12)
      dotted(labels.needsInfo, STATUS_COLORS['needs-info'])
      text(view.needsInfo.items.map((r) => r.label).join(sep), 'body', COLORS.text, PAD + 36)
      text(view.needsInfo.advice, 'body', COLORS.muted, PAD + 36)
    }
  }

  if (view.met.length) {
    heading(labels.met)
    dotted(view.met.map((r) => r.label).join(sep), STATUS_COLORS.met, 'body', COLORS.text)
  }

  if (view.materials) {
    const m = view.materials
    heading(labels.materials)
    text(labels.materialsProgress, 'item', COLORS.text)
    if (m.total > 0) {
      gap(8)
      items.push({ kind: 'rect', x: PAD, y, w: CONTENT, h: 16, color: COLORS.track, radius: 8 })
      if (m.done > 0)
        items.push({
          kind: 'rect',
          x: PAD,
          y,
          w: Math.max(16, Math.round((CONTENT * m.done) / m.total)),
          h: 16,
          color: STATUS_COLORS.met,
          radius: 8,
        })
      gap(28)
    }
    if (m.missing.length) {
      text(labels.materialsMissing, 'body', COLORS.text)
      for (const title of m.missing) {
        const lh = lineHeight('body')
        items.push({ kind: 'dot', cx: PAD + 20, cy: y + lh / 2, r: 5, color: COLORS.muted })
        text(title, 'body', COLORS.text, PAD + 40)
      }
    } else if (m.total > 0) text(labels.materialsAllDone, 'body', COLORS.text)
    if (m.others) text(m.others, 'small', COLORS.muted)
  }

  if (view.deadlines.length) {
    heading(view.deadlinesHeading)
    for (const d of view.deadlines) {
      gap(6)
      text(d.title, 'body', COLORS.text)
      const rest = [d.when, d.state].filter(Boolean).join(view.lang === 'zh-CN' ? '，' : ', ')
      if (rest) text(rest, 'small', d.closed ? STATUS_COLORS['not-met'] : COLORS.muted, PAD + 24)
    }
  }

  // Footer: the QR code with its caption, the notice and the date beside it.
  gap(40)
  items.push({ kind: 'rect', x: PAD, y, w: CONTENT, h: 2, color: COLORS.rule, radius: 0 })
  gap(32)
  const footTop = y
  if (qr) {
    const scale = Math.max(4, Math.floor(QR_SIDE / qr.size))
    const side = qr.size * scale
    items.push({ kind: 'qr', x: PAD, y: footTop, scale })
    const footBottom = footTop + side
    const x = PAD + side + 32
    y = footTop + scale * 4 // level with the symbol, below the quiet zone
    text(labels.qrCaption, 'item', COLORS.text, x)
    gap(12)
    text(labels.notice, 'small', COLORS.muted, x)
    text(labels.generatedOn, 'small', COLORS.muted, x)
    y = Math.max(y, footBottom)
  } else {
    text(labels.notice, 'small', COLORS.muted)
    text(labels.generatedOn, 'small', COLORS.muted)
  }
  gap(16)
  text(labels.disclaimer, 'small', COLORS.muted)
  gap(PAD)

  return { width: IMAGE_WIDTH, height: Math.ceil(y), items }
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath()
  if (r > 0 && typeof ctx.roundRect === 'function') ctx.roundRect(x, y, w, h, r)
  else ctx.rect(x, y, w, h)
  ctx.fill()
}

export function paintSummaryImage(ctx: CanvasRenderingContext2D, layout: ImageLayout, qr: QrMatrix | null): void {
  ctx.fillStyle = COLORS.page
  ctx.fillRect(0, 0, layout.width, layout.height)
  ctx.textBaseline = 'middle'
  ctx.textAlign = 'left'
  for (const item of layout.items) {
    switch (item.kind) {
      case 'rect':
        ctx.fillStyle = item.color
        roundRect(ctx, item.x, item.y, item.w, item.h, item.radius)
        break
      case 'dot':
        ctx.fillStyle = item.color
        ctx.beginPath()
        ctx.arc(item.cx, item.cy, item.r, 0, Math.PI * 2)
        ctx.fill()
        break
      case 'text':
        ctx.font = fontCss(item.font)
        ctx.fillStyle = item.color
        ctx.fillText(item.text, item.x, item.y + lineHeight(item.font) / 2)
        break
      case 'qr':
        if (qr) drawQr(ctx, qr, item.x, item.y, item.scale)
        break
    }
  }
}

/** Draws the image on a fresh canvas and encodes it as PNG. */
export async function renderSummaryImage(
  view: SummaryView,
  qr: QrMatrix | null,
  labels: ImageLabels,
  doc: Document = document,
): Promise<Blob> {
  const canvas = doc.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas 2D is not available')
  const measure: FontMeasure = (s, font) => {
    ctx.font = fontCss(font)
    return ctx.measureText(s).width
  }
  const layout = layoutSummaryImage(view, qr, labels, measure)
  canvas.width = layout.width
  canvas.height = layout.height
  paintSummaryImage(ctx, layout, qr)
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob gave nothing'))), 'image/png')
  })
}

/** `zhicheng-summary-2024-09-01.png` for the day the summary was made. */
export function summaryImageName(generatedOn: string): string {
  return `zhicheng-summary-${/^\d{4}-\d{2}-\d{2}$/.test(generatedOn) ? generatedOn : 'undated'}.png`
}
