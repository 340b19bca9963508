import { describe, expect, it } from 'vitest'
import { estimateUsage, formatBytes, RECORD_OVERHEAD_BYTES } from '@/checklist/storage'

describe('estimateUsage', () => {
  it('sums the file sizes and estimates the records', () => {
    const u = estimateUsage({
      answers: { version: 2 },
      records: [{ itemId: 'ab', note: '备注' }],
      attachments: [
        { size: 250_000, name: 'a.jpg', type: 'image/jpeg' },
        { size: 1_000_000, name: 'b.pdf', type: 'application/pdf' },
      ],
    })
    expect(u.files).toBe(1_250_000)
    expect(u.fileCount).toBe(2)
    const answers = JSON.stringify({ version: 2 }).length * 2 + RECORD_OVERHEAD_BYTES
    const record = (2 + 2) * 2 + RECORD_OVERHEAD_BYTES
    const files = (5 + 10 + 5 + 15) * 2 + 2 * RECORD_OVERHEAD_BYTES
    expect(u.records).toBe(answers + record + files)
    expect(u.total).toBe(u.files + u.records)
  })

  it('an empty profile takes almost nothing', () => {
    expect(estimateUsage({ records: [], attachments: [] })).toEqual({ files: 0, records: 0, total: 0, fileCount: 0 })
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [950, '950 B'],
    [1024, '1 KB'],
    [12_345, '12 KB'],
    [1_468_006, '1.4 MB'],
    [10 * 1024 * 1024, '10 MB'],
    [2.5 * 1024 ** 3, '2.5 GB'],
    [-1, '—'],
  ])('%d → %s', (n, text) => {
    expect(formatBytes(n)).toBe(text)
  })
})
