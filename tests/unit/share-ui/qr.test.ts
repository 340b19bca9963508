import jsQR from 'jsqr'
import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { QR_QUIET_ZONE, drawQr, makeQrMatrix, qrMatrixWith, qrPathData, type QrMatrix } from '@/share/qr'
import { encodeSummary, shareUrl } from '@/share'
import { CHINESE_40, ORIGIN, SHARE_PACK, buildAll } from '../share/helpers'

/** The matrix as RGBA pixels, `scale` per module (what a camera sees, minus the camera). */
function pixels(m: QrMatrix, scale = 4): { data: Uint8ClampedArray; width: number } {
  const width = m.size * scale
  const data = new Uint8ClampedArray(width * width * 4)
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const v = m.modules[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255
      data.set([v, v, v, 255], (y * width + x) * 4)
    }
  }
  return { data, width }
}

function decode(m: QrMatrix): string | null {
  const { data, width } = pixels(m)
  return jsQR(data, width, width)?.data ?? null
}

/** The dark modules a path draws (each `M x y h w v1 h-w z` fills one run). */
function modulesOfPath(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false))
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true
  }
  return grid
}

describe('QR code of the share link', () => {
  it('encodes the link with error correction M and a quiet zone of 4 modules, and a scanner reads it back', async () => {
    const link = shareUrl(ORIGIN, encodeSummary(buildAll('张工')[5]!.summary, SHARE_PACK))
    const m = await makeQrMatrix(link)
    expect(m.size).toBe(17 + 4 * m.version + 2 * QR_QUIET_ZONE)
    const border = [...m.modules.slice(0, 4), ...m.modules.slice(-4)].flat()
    expect(border.every((dark) => !dark)).toBe(true)
    expect(m.modules.every((row) => row.slice(0, 4).every((d) => !d) && row.slice(-4).every((d) => !d))).toBe(true)
    expect(decode(m)).toBe(link)
    // ECC M: the same version as uqr gives for 'M', larger than for 'L' when the data needs it.
    expect(m.version).toBe(encode(link, { ecc: 'M' }).version)
  })

  it('stays within version 12 for the longest link of the case table, and ≤ 13 for any 300-character link', async () => {
    const links = buildAll(CHINESE_40).map(({ summary }) => shareUrl(ORIGIN, encodeSummary(summary, SHARE_PACK)))
    const longest = links.reduce((a, b) => (b.length > a.length ? b : a))
    const m = await makeQrMatrix(longest)
    console.info(
      `[share-ui] longest case-table link ${longest.length} chars → QR version ${m.version} (${m.size - 8}×${m.size - 8} modules, ECC M)`,
    )
    expect(decode(m)).toBe(longest)
    expect(m.version).toBeLessThanOrEqual(12)
    const worst = `${ORIGIN}/s#${'A'.repeat(300 - ORIGIN.length - 3)}`
    const w = await makeQrMatrix(worst)
    console.info(`[share-ui] a 300-character link → QR version ${w.version}`)
    expect(w.version).toBeLessThanOrEqual(13)
    expect(decode(w)).toBe(worst)
  })

  it('draws exactly the dark modules as an SVG path', async () => {
    const m = qrMatrixWith(encode, 'https://example.com/s#AQAARGQgAAAAAAAAAAzlvKDkuIkgWmhhbmd3UZ8')
    expect(modulesOfPath(qrPathData(m), m.size)).toEqual(m.modules.map((r) => [...r]))
  })

  it('paints the same modules on a canvas (one rectangle per run, white quiet zone first)', () => {
    const m = qrMatrixWith(encode, 'https://example.com/s#x')
    const rects: { style: string; x: number; y: number; w: number; h: number }[] = []
    const ctx = {
      fillStyle: '',
      fillRect(x: number, y: number, w: number, h: number) {
        rects.push({ style: this.fillStyle, x, y, w, h })
      },
    }
    drawQr(ctx as unknown as CanvasRenderingContext2D, m, 10, 20, 3)
    expect(rects[0]).toEqual({ style: '#ffffff', x: 10, y: 20, w: m.size * 3, h: m.size * 3 })
    const grid = Array.from({ length: m.size }, () => Array<boolean>(m.size).fill(false))
    for (const r of rects.slice(1)) {
      expect(r.style).toBe('#000000')
      for (let i = 0; i < r.w / 3; i++) grid[(r.y - 20) / 3]![(r.x - 10) / 3 + i] = true
    }
    expect(grid).toEqual(m.modules.map((r) => [...r]))
  })
})
