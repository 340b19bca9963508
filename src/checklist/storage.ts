/**
 * How much of the device's storage one profile takes: the bytes of its files, plus a rough estimate
 * of its records (answers, ticks, notes). Pure. IndexedDB's real footprint differs by browser; the
 * point is to show the applicant what their photos cost, not to account for every byte.
 */

/** Bookkeeping per stored record (keys, indexes, structure): a rough allowance. */
export const RECORD_OVERHEAD_BYTES = 100

export interface UsageInput {
  answers?: unknown
  records: readonly { itemId: string; note: string }[]
  attachments: readonly { size: number; name: string; type: string }[]
}

export interface Usage {
  files: number
  /** Rough: strings counted at 2 bytes a character, plus RECORD_OVERHEAD_BYTES a record. */
  records: number
  total: number
  fileCount: number
}

const textBytes = (s: string) => s.length * 2

export function estimateUsage({ answers, records, attachments }: UsageInput): Usage {
  const files = attachments.reduce((sum, a) => sum + a.size, 0)
  let meta = answers === undefined ? 0 : textBytes(JSON.stringify(answers)) + RECORD_OVERHEAD_BYTES
  for (const r of records) meta += textBytes(r.itemId) + textBytes(r.note) + RECORD_OVERHEAD_BYTES
  for (const a of attachments) meta += textBytes(a.name) + textBytes(a.type) + RECORD_OVERHEAD_BYTES
  return { files, records: meta, total: files + meta, fileCount: attachments.length }
}

/** 0 B, 950 B, 12 KB, 1.4 MB, 2.1 GB (1 KB = 1024 B). */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—'
  if (n < 1024) return `${Math.round(n)} B`
  const units = ['KB', 'MB', 'GB']
  let v = n / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v >= 10 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`
}
