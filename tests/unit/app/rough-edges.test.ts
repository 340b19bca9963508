/**
 * Rough edges a new user hit, as texts: each test fails on the wording it replaced.
 */
import { describe, expect, it } from 'vitest'
import { detailsLabel } from '@/checklist/model'
import { tIn, type Lang } from '@/i18n'
import { loadLazyMessages, messages } from '@/locales'

describe('rough edges in the texts', async () => {
  await loadLazyMessages()

  it('"备注和照片" says the note and the files apart; it never counts a note as a photo', () => {
    const zh = (k: Parameters<typeof tIn>[1], p?: Record<string, string | number>) => tIn('zh-CN', k, p)
    const en = (k: Parameters<typeof tIn>[1], p?: Record<string, string | number>) => tIn('en-US', k, p)
    expect(detailsLabel('', 0, zh)).toBe('备注和照片')
    expect(detailsLabel('已交人事科', 0, zh)).toBe('备注和照片（有备注）')
    expect(detailsLabel('  ', 1, zh)).toBe('备注和照片（1 个文件）')
    expect(detailsLabel('已交人事科', 1, zh)).toBe('备注和照片（有备注，1 个文件）')
    expect(detailsLabel('note', 2, en)).toBe('Note and photos (a note, 2 files)')
    expect(detailsLabel('', 1, en)).toBe('Note and photos (1 file)')
  })

  it('the "not a number" error gives no example (a year field said "例如 60")', () => {
    for (const lang of ['zh-CN', 'en-US'] as Lang[]) {
      expect(tIn(lang, 'questions.error.number.not-number')).not.toMatch(/\d/)
    }
  })

  it('the app says 您, never 你, in every Chinese message', () => {
    const informal = Object.entries(messages['zh-CN']).filter(([, text]) => text.includes('你'))
    expect(informal).toEqual([])
  })
})

describe('dates and times read alike in each language', () => {
  it('a moment is written like a calendar date: 2 Dec 2026, 14:51 / 2026年12月2日 14:51', async () => {
    const { formatIsoDate, formatTimestamp, applyLang } = await import('@/i18n')
    const ms = new Date(2026, 11, 2, 14, 51).getTime() // local time
    applyLang('en-US')
    expect(formatIsoDate('2024-08-09')).toBe('9 Aug 2024')
    expect(formatTimestamp(ms)).toBe('2 Dec 2026, 14:51')
    applyLang('zh-CN')
    expect(formatIsoDate('2024-08-09')).toBe('2024年8月9日')
    expect(formatTimestamp(ms)).toBe('2026年12月2日 14:51')
  })
})
