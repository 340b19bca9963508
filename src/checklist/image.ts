/**
 * Evidence files, prepared on the device before they are stored: photos are downscaled (longest side
 * ≤ 1600 px, JPEG quality 0.8), PDFs are kept as they are up to a size cap. Nothing leaves the
 * device. The decoding and encoding go through an `ImageCodec` (the browser's createImageBitmap and
 * OffscreenCanvas / canvas by default) so that the rules can be tested without a browser.
 */

/** Longest side of a stored photo, in pixels. */
export const MAX_IMAGE_SIDE = 1600
export const JPEG_QUALITY = 0.8
/** PDFs are stored as they are, up to this size. */
export const MAX_PDF_BYTES = 10 * 1024 * 1024
/** Images larger than this are not even decoded (a phone could run out of memory). */
export const MAX_IMAGE_INPUT_BYTES = 40 * 1024 * 1024

export type AttachmentErrorCode = 'not-supported' | 'too-big' | 'decode-failed' | 'empty'

/** A file that cannot be attached, with the reason in a form the UI can put into words. */
export class AttachmentError extends Error {
  readonly code: AttachmentErrorCode
  readonly fileName: string
  /** The size limit that was exceeded, in bytes (for `too-big`). */
  readonly limit: number | undefined
  override readonly cause: unknown
  constructor(code: AttachmentErrorCode, fileName: string, options: { limit?: number; cause?: unknown } = {}) {
    super(`${code}: ${fileName}`)
    this.name = 'AttachmentError'
    this.code = code
    this.fileName = fileName
    this.limit = options.limit
    this.cause = options.cause
  }
}

export interface TargetSize {
  width: number
  height: number
  /** False when the image is already within the limit (it is then stored as it is). */
  scaled: boolean
}

/**
 * The size a photo is stored at: the longest side brought down to `maxSide`, the aspect ratio kept,
 * each side at least 1 px. Images already within the limit keep their size.
 */
export function targetSize(width: number, height: number, maxSide: number = MAX_IMAGE_SIDE): TargetSize {
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new RangeError(`invalid image size ${width}×${height}`)
  }
  const longest = Math.max(width, height)
  if (longest <= maxSide) return { width, height, scaled: false }
  const scale = maxSide / longest
  return width >= height
    ? { width: maxSide, height: Math.max(1, Math.round(height * scale)), scaled: true }
    : { width: Math.max(1, Math.round(width * scale)), height: maxSide, scaled: true }
}

export type FileKind = 'image' | 'pdf'

const IMAGE_EXT = /\.(jpe?g|png|webp|gif|bmp|heic|heif|avif)$/i

/** Whether a file is a photo or a PDF, from its type (or, when the browser gives none, its name). */
export function kindOf(file: { type: string; name: string }): FileKind | null {
  const type = file.type.toLowerCase()
  if (type === 'application/pdf') return 'pdf'
  if (type === 'image/svg+xml') return null // a drawing with scripts, not a photo
  if (type.startsWith('image/')) return 'image'
  if (!type || type === 'application/octet-stream') {
    if (/\.pdf$/i.test(file.name)) return 'pdf'
    if (IMAGE_EXT.test(file.name)) return 'image'
  }
  return null
}

export interface PreparedFile {
  blob: Blob
  name: string
  type: string
  size: number
  width?: number
  height?: number
  originalSize: number
  /** True when the photo was downscaled and re-encoded. */
  scaled: boolean
}

export interface DecodedImage {
  width: number
  height: number
  /** Whatever `encode` draws from (an ImageBitmap in the browser). */
  source: unknown
  close(): void
}

export interface ImageCodec {
  decode(blob: Blob): Promise<DecodedImage>
  encode(image: DecodedImage, width: number, height: number, quality: number): Promise<Blob>
}

async function drawTo(image: DecodedImage, width: number, height: number, quality: number): Promise<Blob> {
  const source = image.source as CanvasImageSource
  const paint = (ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D) => {
    ctx.fillStyle = '#fff' // transparent PNG areas become white, not black, in a JPEG
    ctx.fillRect(0, 0, width, height)
    ctx.imageSmoothingEnabled = true
    ctx.imageSmoothingQuality = 'high'
    ctx.drawImage(source, 0, 0, width, height)
  }
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no 2d context')
    paint(ctx)
    return canvas.convertToBlob({ type: 'image/jpeg', quality })
  }
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2d context')
  paint(ctx)
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', quality)
  })
}

/** The browser's decoder and encoder. */
export const browserCodec: ImageCodec = {
  async decode(blob) {
    const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' })
    return { width: bitmap.width, height: bitmap.height, source: bitmap, close: () => bitmap.close() }
  },
  encode: drawTo,
}

async function looksLikePdf(blob: Blob): Promise<boolean> {
  // "%PDF-" within the first 1024 bytes (the PDF specification allows leading junk).
  const head = new Uint8Array(await blob.slice(0, 1024).arrayBuffer())
  const text = String.fromCharCode(...head)
  return text.includes('%PDF-')
}

function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]+$/, '')
  return `${base || 'photo'}.jpg`
}

/**
 * Makes a picked or photographed file ready to store: checks what it is, downscales photos,
 * checks PDFs. Rejects with an `AttachmentError`; never touches the database.
 */
export async function prepareFile(file: File, codec: ImageCodec = browserCodec): Promise<PreparedFile> {
  const name = file.name || 'file'
  const kind = kindOf(file)
  if (!kind) throw new AttachmentError('not-supported', name)
  if (file.size === 0) throw new AttachmentError('empty', name)

  if (kind === 'pdf') {
    if (file.size > MAX_PDF_BYTES) throw new AttachmentError('too-big', name, { limit: MAX_PDF_BYTES })
    if (!(await looksLikePdf(file))) throw new AttachmentError('not-supported', name)
    return { blob: file, name, type: 'application/pdf', size: file.size, originalSize: file.size, scaled: false }
  }

  if (file.size > MAX_IMAGE_INPUT_BYTES) throw new AttachmentError('too-big', name, { limit: MAX_IMAGE_INPUT_BYTES })
  let image: DecodedImage
  try {
    image = await codec.decode(file)
  } catch (e) {
    throw new AttachmentError('decode-failed', name, { cause: e })
  }
  try {
    const target = targetSize(image.width, image.height)
    const type = file.type || 'image/jpeg'
    const original: PreparedFile = {
      blob: file,
      name,
      type,
      size: file.size,
      width: image.width,
      height: image.height,
      originalSize: file.size,
      scaled: false,
    }
    if (!target.scaled) return original
    const blob = await codec.encode(image, target.width, target.height, JPEG_QUALITY)
    // A re-encoding that came out larger than the original is not worth keeping.
    if (blob.size >= file.size) return original
    return {
      blob,
      name: jpegName(name),
      type: 'image/jpeg',
      size: blob.size,
      width: target.width,
      height: target.height,
      originalSize: file.size,
      scaled: true,
    }
  } catch (e) {
    if (e instanceof AttachmentError) throw e
    throw new AttachmentError('decode-failed', name, { cause: e })
  } finally {
    image.close()
  }
}
