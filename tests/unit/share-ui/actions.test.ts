import { describe, expect, it, vi } from 'vitest'
import {
  canShareFiles,
  canShareLink,
  copyToClipboard,
  downloadBlob,
  systemShare,
  type ShareGlobals,
} from '@/utils/deviceShare'

const abort = () => Object.assign(new Error('cancelled'), { name: 'AbortError' })
const png = () => new File([new Uint8Array([137, 80, 78, 71])], 'x.png', { type: 'image/png' })
const nav = (n: Record<string, unknown>) => ({ navigator: n as unknown as ShareGlobals['navigator'] })

describe('copy to the clipboard', () => {
  it('writes the text when the Clipboard API is there', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    expect(await copyToClipboard('摘要', nav({ clipboard: { writeText } }))).toBe('copied')
    expect(writeText).toHaveBeenCalledWith('摘要')
  })

  it('falls back to manual copy when the API is missing or refused', async () => {
    expect(await copyToClipboard('x', nav({}))).toBe('manual')
    expect(await copyToClipboard('x', { navigator: undefined })).toBe('manual')
    const denied = () => Promise.reject(new DOMException('denied', 'NotAllowedError'))
    expect(await copyToClipboard('x', nav({ clipboard: { writeText: denied } }))).toBe('manual')
  })
})

describe('system share', () => {
  it('is offered only where the Web Share API exists', () => {
    expect(canShareLink(nav({}))).toBe(false)
    expect(canShareLink(nav({ share: () => Promise.resolve() }))).toBe(true)
  })

  it('shares the link; a cancelled sheet is no error, another refusal is', async () => {
    const share = vi.fn(() => Promise.resolve())
    expect(await systemShare({ url: 'https://x/s#a' }, nav({ share }))).toBe('shared')
    expect(share).toHaveBeenCalledWith({ url: 'https://x/s#a' })
    expect(await systemShare({ url: 'u' }, nav({ share: () => Promise.reject(abort()) }))).toBe('cancelled')
    expect(
      await systemShare({ url: 'u' }, nav({ share: () => Promise.reject(new DOMException('no', 'NotAllowedError')) })),
    ).toBe('failed')
    expect(await systemShare({ url: 'u' }, nav({}))).toBe('unavailable')
  })

  it('shares files only when canShare({ files }) says so', async () => {
    const share = vi.fn(() => Promise.resolve())
    expect(canShareFiles([png()], nav({ share }))).toBe(false)
    expect(await systemShare({ files: [png()] }, nav({ share }))).toBe('unavailable')
    expect(share).not.toHaveBeenCalled()
    const canShare = vi.fn((d: ShareData) => Boolean(d.files?.length))
    expect(canShareFiles([png()], nav({ share, canShare }))).toBe(true)
    expect(await systemShare({ files: [png()] }, nav({ share, canShare }))).toBe('shared')
    expect(
      canShareFiles(
        [png()],
        nav({
          share,
          canShare: () => {
            throw new TypeError('bad')
          },
        }),
      ),
    ).toBe(false)
  })
})

describe('download', () => {
  it('clicks an <a download> with a blob URL and keeps the URL until revoked', () => {
    const clicked: { href: string; download: string }[] = []
    const orig = HTMLAnchorElement.prototype.click
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download })
    }
    const urls = { createObjectURL: vi.fn(() => 'blob:http://localhost/1'), revokeObjectURL: vi.fn() }
    try {
      const saved = downloadBlob(new Blob(['x'], { type: 'image/png' }), 'zhicheng-summary-2024-09-01.png', {
        URL: urls,
      })
      expect(clicked).toEqual([{ href: 'blob:http://localhost/1', download: 'zhicheng-summary-2024-09-01.png' }])
      expect(document.querySelector('a[download]')).toBeNull()
      expect(urls.revokeObjectURL).not.toHaveBeenCalled()
      saved.revoke()
      expect(urls.revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/1')
    } finally {
      HTMLAnchorElement.prototype.click = orig
    }
  })
})
