/**
 * Writes the PWA icons to public/ (pure JS PNG encoder, node:zlib only).
 *
 *   npx tsx scripts/make-icons.ts
 *
 * Design = public/favicon.svg: blue #1c5fb8 rounded square, white check mark
 * (64-unit grid: rect rx 14; path M18 33 l9 9 19-20, stroke 7, round caps).
 */
import { deflateSync } from 'node:zlib'
import { writeFileSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

type RGB = readonly [number, number, number]
const BLUE: RGB = [0x1c, 0x5f, 0xb8]
const WHITE: RGB = [0xff, 0xff, 0xff]

interface IconSpec {
  file: string
  size: number
  /** corner radius of the tile, in 64-unit grid; 0 = square, full bleed */
  radius: number
  /** scale of the check mark around the centre (1 = same as favicon) */
  glyphScale: number
}

// Check mark polyline on the 64-unit grid, and its stroke width.
const CHECK: ReadonlyArray<readonly [number, number]> = [
  [18, 33],
  [27, 42],
  [46, 22],
]
const STROKE = 7
// The mark's bounding box (18..46 × 22..42) is centred on (32, 32), so it is
// scaled about the tile centre.
const CENTRE = 32

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax
  const dy = by - ay
  const len2 = dx * dx + dy * dy
  let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2
  t = Math.max(0, Math.min(1, t))
  const cx = ax + t * dx
  const cy = ay + t * dy
  return Math.hypot(px - cx, py - cy)
}

function insideRoundedRect(x: number, y: number, r: number): boolean {
  if (x < 0 || y < 0 || x > 64 || y > 64) return false
  if (r <= 0) return true
  const cx = Math.min(Math.max(x, r), 64 - r)
  const cy = Math.min(Math.max(y, r), 64 - r)
  return Math.hypot(x - cx, y - cy) <= r
}

function insideCheck(x: number, y: number, scale: number): boolean {
  // Map the point back into the unscaled glyph's coordinates.
  const ox = CENTRE + (x - CENTRE) / scale
  const oy = CENTRE + (y - CENTRE) / scale
  for (let i = 0; i + 1 < CHECK.length; i++) {
    const a = CHECK[i]!
    const b = CHECK[i + 1]!
    if (distToSegment(ox, oy, a[0], a[1], b[0], b[1]) <= STROKE / 2) return true
  }
  return false
}

function render(spec: IconSpec): Buffer {
  const { size, radius, glyphScale } = spec
  const SS = 4 // 4×4 supersampling for anti-aliasing
  const rgba = Buffer.alloc(size * size * 4)
  const unit = 64 / size
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0
      let mark = 0
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) * unit
          const y = (py + (sy + 0.5) / SS) * unit
          if (insideRoundedRect(x, y, radius)) {
            tile++
            if (insideCheck(x, y, glyphScale)) mark++
          }
        }
      }
      const n = SS * SS
      const alpha = tile / n
      const w = tile === 0 ? 0 : mark / tile
      const o = (py * size + px) * 4
      for (let c = 0; c < 3; c++) {
        rgba[o + c] = Math.round(BLUE[c]! * (1 - w) + WHITE[c]! * w)
      }
      rgba[o + 3] = Math.round(alpha * 255)
    }
  }
  return encodePng(size, size, rgba)
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // colour type RGBA
  ihdr[10] = 0 // compression
  ihdr[11] = 0 // filter
  ihdr[12] = 0 // no interlace
  const stride = width * 4
  const raw = Buffer.alloc((stride + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0 // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const ICONS: IconSpec[] = [
  { file: 'icon-192.png', size: 192, radius: 14, glyphScale: 1 },
  { file: 'icon-512.png', size: 512, radius: 14, glyphScale: 1 },
  // Maskable: full-bleed background; the mark stays inside the 80 % safe-zone circle.
  { file: 'icon-maskable-512.png', size: 512, radius: 0, glyphScale: 0.75 },
  // iOS masks the icon itself and shows transparency as black: full bleed, opaque.
  { file: 'apple-touch-icon.png', size: 180, radius: 0, glyphScale: 0.9 },
]

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public')
mkdirSync(outDir, { recursive: true })
for (const icon of ICONS) {
  const png = render(icon)
  writeFileSync(join(outDir, icon.file), png)
  console.log(`${icon.file}: ${icon.size}×${icon.size}, ${png.length} bytes`)
}
