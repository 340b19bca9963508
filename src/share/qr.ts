/**
 * The QR code of a share link. The encoder (`uqr`: no dependencies, no DOM, no eval) is loaded on
 * demand, so it stays out of the initial bundle. We only take its module matrix and draw it
 * ourselves — as an SVG path in the page (text interpolation of a path string, no v-html) and as
 * rectangles on the summary image's canvas — so it works under `script-src 'self'`.
 *
 * Settings for scanning from another phone's screen: error correction M (15 %), a quiet zone of
 * 4 modules (ISO/IEC 18004), byte mode (base64url is mixed-case, so alphanumeric mode cannot be used).
 */

/** Modules of quiet zone around the symbol. */
export const QR_QUIET_ZONE = 4
export const QR_ECC = 'M' as const

export interface QrMatrix {
  /** QR version (1–40). */
  version: number
  /** Width and height in modules, quiet zone included. */
  size: number
  /** `modules[y][x]` is true for a dark module. */
  modules: readonly (readonly boolean[])[]
}

type Encode = typeof import('uqr').encode

let encoder: Promise<Encode> | null = null

/** Loads the encoder once (a separate chunk, precached for offline use like every other chunk). */
export function loadQrEncoder(): Promise<Encode> {
  encoder ??= import('uqr')
    .then((m) => m.encode)
    .catch((e: unknown) => {
      encoder = null
      throw e
    })
  return encoder
}

export function qrMatrixWith(encode: Encode, text: string): QrMatrix {
  const r = encode(text, { ecc: QR_ECC, border: QR_QUIET_ZONE })
  return { version: r.version, size: r.size, modules: r.data }
}

export async function makeQrMatrix(text: string): Promise<QrMatrix> {
  return qrMatrixWith(await loadQrEncoder(), text)
}

/**
 * An SVG path (`d`) drawing every dark module as a unit square, one sub-path per horizontal run of
 * dark modules (a version-12 code is ~2,500 modules, ~600 runs).
 */
export function qrPathData(m: QrMatrix): string {
  const parts: string[] = []
  m.modules.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < row.length && row[x]) x++
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`)
    }
  })
  return parts.join('')
}

/** Draws the matrix on a canvas at (x, y), `scale` pixels per module, white quiet zone included. */
export function drawQr(ctx: CanvasRenderingContext2D, m: QrMatrix, x: number, y: number, scale: number): void {
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(x, y, m.size * scale, m.size * scale)
  ctx.fillStyle = '#000000'
  m.modules.forEach((row, j) => {
    let i = 0
    while (i < row.length) {
      if (!row[i]) {
        i++
        continue
      }
      const start = i
      while (i < row.length && row[i]) i++
      ctx.fillRect(x + start * scale, y + j * scale, (i - start) * scale, scale)
    }
  })
}
