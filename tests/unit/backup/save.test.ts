import { describe, expect, it, vi } from 'vitest'
import { canShareFile, downloadBlob, shareFile } from '@/backup/save'

describe('handing the file over', () => {
  it('downloads through a blob: URL and an <a download> with the file name, then revokes the URL', () => {
    vi.useFakeTimers()
    const urls = { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }
    const clicked: { href: string; download: string; attached: boolean }[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({
        href: this.getAttribute('href')!,
        download: this.download,
        attached: document.body.contains(this),
      })
    })
    const blob = new Blob(['{}'], { type: 'application/json' })
    downloadBlob(blob, 'zhicheng-backup-2025-03-01.json', document, urls)
    expect(urls.createObjectURL).toHaveBeenCalledWith(blob)
    expect(clicked).toEqual([{ href: 'blob:x', download: 'zhicheng-backup-2025-03-01.json', attached: true }])
    expect(document.querySelector('a[download]')).toBeNull()
    expect(urls.revokeObjectURL).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60_000)
    expect(urls.revokeObjectURL).toHaveBeenCalledWith('blob:x')
    click.mockRestore()
    vi.useRealTimers()
  })

  it('offers sharing only where the browser says it can share this file', () => {
    const file = new File(['{}'], 'b.json', { type: 'application/json' })
    expect(canShareFile(file, undefined)).toBe(false)
    expect(canShareFile(file, {})).toBe(false)
    expect(canShareFile(file, { share: vi.fn(), canShare: () => false })).toBe(false)
    expect(canShareFile(file, { share: vi.fn(), canShare: () => true })).toBe(true)
    expect(
      canShareFile(file, {
        share: vi.fn(),
        canShare: () => {
          throw new TypeError('no files')
        },
      }),
    ).toBe(false)
  })

  it('a share sheet closed by the user is "cancelled", not an error; other failures reject', async () => {
    const file = new File(['{}'], 'b.json')
    const share = vi.fn(() => Promise.resolve())
    expect(await shareFile(file, 't', { share, canShare: () => true })).toBe('shared')
    expect(share).toHaveBeenCalledWith({ files: [file], title: 't' })
    expect(
      await shareFile(file, 't', {
        share: () => Promise.reject(new DOMException('x', 'AbortError')),
        canShare: () => true,
      }),
    ).toBe('cancelled')
    await expect(
      shareFile(file, 't', {
        share: () => Promise.reject(new DOMException('x', 'NotAllowedError')),
        canShare: () => true,
      }),
    ).rejects.toMatchObject({ name: 'NotAllowedError' })
  })
})
