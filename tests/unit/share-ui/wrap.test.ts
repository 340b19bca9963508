import { describe, expect, it } from 'vitest'
import { breakUnits, graphemes, wrapText } from '@/share/wrap'

/** A monospace fake: CJK and full-width characters are 2 wide, everything else 1. */
const measure = (s: string) =>
  graphemes(s).reduce(
    (w, g) => w + (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f\u201c\u201d]|\p{Extended_Pictographic}/u.test(g) ? 2 : 1),
    0,
  )

const NO_START = [...'，。、；：？！）》」』】”']
const NO_END = [...'（《「『【“']

describe('wrapText', () => {
  it('breaks Chinese between any two characters and fills each line', () => {
    const text = '请在二〇二四年八月二十一日前登录省平台完成网上申报并提交全部材料'
    const lines = wrapText(text, 20, measure)
    expect(lines.join('')).toBe(text)
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(20)
    // Greedy: every line but the last is full (10 characters of width 2).
    for (const l of lines.slice(0, -1)) expect(measure(l)).toBe(20)
  })

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const text =
      '现单位缴纳社保不满一年。2025年1月31日起满一年（本年度截止日之后），请核对《专业技术职务任职资格评审表》。'
    for (let width = 6; width <= 40; width++) {
      const lines = wrapText(text, width, measure)
      expect(lines.join('')).toBe(text)
      for (const l of lines.slice(1)) expect(NO_START, `width ${width}: "${l}"`).not.toContain([...l][0])
      for (const l of lines.slice(0, -1)) expect(NO_END, `width ${width}: "${l}"`).not.toContain([...l].at(-1))
      for (const l of lines) expect(measure(l), `width ${width}`).toBeLessThanOrEqual(width + 2) // punctuation kept with its neighbour may overhang by one character
    }
  })

  it('breaks English at spaces and keeps words whole', () => {
    const text = 'Less than a year of social security with the current employer.'
    const lines = wrapText(text, 20, measure)
    expect(lines).toEqual(['Less than a year of', 'social security with', 'the current', 'employer.'])
  })

  it('cuts a word wider than the line between its characters', () => {
    const url = 'https://example.com/s#AQAlJMyAALARAMQAAyPKAEOHjtvAAAAA'
    const lines = wrapText(`Open: ${url}`, 16, measure)
    expect(lines[0]).toBe('Open:')
    expect(lines.slice(1).join('')).toBe(url)
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(16)
  })

  it('mixes Chinese and Latin: numbers and words stay whole inside Chinese text', () => {
    const lines = wrapText('继续教育2023年专业科目学时不足70学时', 10, measure)
    expect(lines.join('')).toBe('继续教育2023年专业科目学时不足70学时')
    expect(lines.some((l) => l.includes('2023'))).toBe(true)
    expect(lines.some((l) => l.includes('70'))).toBe(true)
  })

  it('never splits an emoji sequence or a character with combining marks', () => {
    const family = '👨‍👩‍👧'
    const text = `${family}${family}${family}e\u0301e\u0301e\u0301`
    const lines = wrapText(text, 2, measure)
    expect(lines.join('')).toBe(text)
    expect(lines.slice(0, 3)).toEqual([family, family, family])
    for (const l of lines) expect(graphemes(l).length).toBeGreaterThan(0)
  })

  it('keeps forced line breaks and empty lines, and drops spaces at the ends of lines', () => {
    expect(wrapText('a\n\nb', 10, measure)).toEqual(['a', '', 'b'])
    expect(wrapText('  word   word  ', 4, measure)).toEqual(['word', 'word'])
    expect(wrapText('', 10, measure)).toEqual([''])
  })

  it('gives a grapheme wider than the line a line of its own instead of looping', () => {
    expect(wrapText('职称', 1, measure)).toEqual(['职', '称'])
  })
})

describe('breakUnits', () => {
  it('glues punctuation to its neighbours', () => {
    expect(breakUnits('年）。（中')).toEqual(['年）。', '（中'])
    expect(breakUnits('Hello, world.')).toEqual(['Hello,', ' ', 'world.'])
  })
})
