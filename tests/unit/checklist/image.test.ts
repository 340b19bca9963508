import { describe, expect, it, vi } from 'vitest'
import {
  AttachmentError,
  JPEG_QUALITY,
  kindOf,
  MAX_IMAGE_INPUT_BYTES,
  MAX_IMAGE_SIDE,
  MAX_PDF_BYTES,
  prepareFile,
  targetSize,
  type ImageCodec,
} from '@/checklist/image'

describe('targetSize: the longest side down to 1600 px, aspect ratio kept', () => {
  it.each([
    // camera photos, landscape and portrait
    [4032, 3024, 1600, 1200, true],
    [3024, 4032, 1200, 1600, true],
    [3000, 2000, 1600, 1067, true],
    [4000, 1000, 1600, 400, true],
    // exactly at the limit, and below: kept as they are
    [1600, 1200, 1600, 1200, false],
    [1600, 1600, 1600, 1600, false],
    [800, 600, 800, 600, false],
    [1601, 1, 1600, 1, true],
    // an extreme panorama never goes below 1 px
    [100000, 10, 1600, 1, true],
  ])('%i×%i → %i×%i', (w, h, tw, th, scaled) => {
    expect(targetSize(w, h)).toEqual({ width: tw, height: th, scaled })
  })

  it('takes another limit', () => {
    expect(targetSize(2000, 1000, 1000)).toEqual({ width: 1000, height: 500, scaled: true })
  })

  it('refuses sizes that are not images', () => {
    for (const [w, h] of [
      [0, 10],
      [10, 0],
      [-1, 5],
      [Number.NaN, 5],
      [Infinity, 5],
    ]) {
      expect(() => targetSize(w!, h!)).toThrow(RangeError)
    }
  })
})

describe('kindOf', () => {
  it.each([
    [{ type: 'image/jpeg', name: 'a.jpg' }, 'image'],
    [{ type: 'image/png', name: 'x' }, 'image'],
    [{ type: 'image/heic', name: 'IMG_1.HEIC' }, 'image'],
    [{ type: 'application/pdf', name: 'a.pdf' }, 'pdf'],
    [{ type: '', name: 'scan.PDF' }, 'pdf'],
    [{ type: '', name: 'photo.jpeg' }, 'image'],
    [{ type: 'application/octet-stream', name: 'photo.png' }, 'image'],
    [{ type: 'image/svg+xml', name: 'x.svg' }, null],
    [{ type: 'text/plain', name: 'a.pdf' }, null],
    [{ type: '', name: 'notes.docx' }, null],
  ])('%o → %s', (file, kind) => {
    expect(kindOf(file)).toBe(kind)
  })
})

/** A codec that "decodes" any blob to the given size and "encodes" to `encodedBytes` bytes. */
function fakeCodec(width: number, height: number, encodedBytes = 1000) {
  const close = vi.fn()
  const codec: ImageCodec = {
    decode: vi.fn(async () => ({ width, height, source: 'bitmap', close })),
    encode: vi.fn(
      async (_img, w, h, q) => new Blob([new Uint8Array(encodedBytes)], { type: `image/jpeg;w=${w};h=${h};q=${q}` }),
    ),
  }
  return { codec, close }
}

const bytes = (n: number, head = '') => {
  const b = new Uint8Array(n)
  for (let i = 0; i < head.length && i < n; i++) b[i] = head.charCodeAt(i)
  return b
}

describe('prepareFile', () => {
  it('downscales a camera photo to 1600 px, JPEG at quality 0.8, renamed .jpg', async () => {
    const { codec, close } = fakeCodec(4032, 3024, 300_000)
    const file = new File([bytes(3_000_000)], 'IMG_0001.png', { type: 'image/png' })
    const out = await prepareFile(file, codec)
    expect(codec.encode).toHaveBeenCalledWith(expect.anything(), 1600, 1200, JPEG_QUALITY)
    expect(out).toMatchObject({
      name: 'IMG_0001.jpg',
      type: 'image/jpeg',
      size: 300_000,
      width: 1600,
      height: 1200,
      originalSize: 3_000_000,
      scaled: true,
    })
    expect(close).toHaveBeenCalled()
  })

  it('keeps a photo that is already small enough as it is', async () => {
    const { codec } = fakeCodec(1200, 900)
    const file = new File([bytes(200_000)], 'small.jpg', { type: 'image/jpeg' })
    const out = await prepareFile(file, codec)
    expect(codec.encode).not.toHaveBeenCalled()
    expect(out).toMatchObject({ blob: file, name: 'small.jpg', size: 200_000, width: 1200, height: 900, scaled: false })
  })

  it('keeps the original when the re-encoded photo would be larger', async () => {
    const { codec } = fakeCodec(4000, 3000, 600_000)
    const file = new File([bytes(500_000)], 'tiny.jpg', { type: 'image/jpeg' })
    const out = await prepareFile(file, codec)
    expect(out.blob).toBe(file)
    expect(out.scaled).toBe(false)
  })

  it('a photo that cannot be decoded: decode-failed, and the decoder’s error is kept as the cause', async () => {
    const boom = new DOMException('bad', 'InvalidStateError')
    const codec: ImageCodec = {
      decode: async () => {
        throw boom
      },
      encode: vi.fn(),
    }
    const err = await prepareFile(new File([bytes(10)], 'x.heic', { type: 'image/heic' }), codec).catch((e) => e)
    expect(err).toBeInstanceOf(AttachmentError)
    expect(err).toMatchObject({ code: 'decode-failed', fileName: 'x.heic', cause: boom })
  })

  it('an encoder failure (e.g. out of memory) is a decode failure too, and the bitmap is released', async () => {
    const { codec, close } = fakeCodec(5000, 5000)
    codec.encode = async () => {
      throw new RangeError('canvas too large')
    }
    await expect(prepareFile(new File([bytes(10)], 'big.jpg', { type: 'image/jpeg' }), codec)).rejects.toMatchObject({
      code: 'decode-failed',
    })
    expect(close).toHaveBeenCalled()
  })

  it('not a photo or a PDF: not-supported, without decoding', async () => {
    const { codec } = fakeCodec(10, 10)
    await expect(prepareFile(new File(['hello'], 'a.txt', { type: 'text/plain' }), codec)).rejects.toMatchObject({
      code: 'not-supported',
      fileName: 'a.txt',
    })
    expect(codec.decode).not.toHaveBeenCalled()
  })

  it('an empty file: empty', async () => {
    await expect(
      prepareFile(new File([], 'a.jpg', { type: 'image/jpeg' }), fakeCodec(1, 1).codec),
    ).rejects.toMatchObject({ code: 'empty' })
  })

  it('PDFs are stored as they are, up to 10 MB', async () => {
    const { codec } = fakeCodec(1, 1)
    const pdf = new File([bytes(2048, '%PDF-1.7\n')], 'cert.pdf', { type: 'application/pdf' })
    const out = await prepareFile(pdf, codec)
    expect(out).toMatchObject({ blob: pdf, name: 'cert.pdf', type: 'application/pdf', size: 2048, scaled: false })
    expect(codec.decode).not.toHaveBeenCalled()

    const atLimit = new File([bytes(MAX_PDF_BYTES, '%PDF-1.4')], 'limit.pdf', { type: 'application/pdf' })
    await expect(prepareFile(atLimit, codec)).resolves.toMatchObject({ size: MAX_PDF_BYTES })
    const tooBig = new File([bytes(MAX_PDF_BYTES + 1, '%PDF-1.4')], 'big.pdf', { type: 'application/pdf' })
    await expect(prepareFile(tooBig, codec)).rejects.toMatchObject({ code: 'too-big', limit: MAX_PDF_BYTES })
  })

  it('a file called .pdf that is not a PDF is refused', async () => {
    const fake = new File([bytes(100, 'PK\u0003\u0004')], 'doc.pdf', { type: 'application/pdf' })
    await expect(prepareFile(fake, fakeCodec(1, 1).codec)).rejects.toMatchObject({ code: 'not-supported' })
  })

  it('a huge image is refused before it is decoded', async () => {
    const { codec } = fakeCodec(1, 1)
    const huge = new File([bytes(MAX_IMAGE_INPUT_BYTES + 1)], 'huge.jpg', { type: 'image/jpeg' })
    await expect(prepareFile(huge, codec)).rejects.toMatchObject({ code: 'too-big', limit: MAX_IMAGE_INPUT_BYTES })
    expect(codec.decode).not.toHaveBeenCalled()
  })

  it('the limit constants are the documented ones', () => {
    expect(MAX_IMAGE_SIDE).toBe(1600)
    expect(JPEG_QUALITY).toBe(0.8)
    expect(MAX_PDF_BYTES).toBe(10 * 1024 * 1024)
  })
})
