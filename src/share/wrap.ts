/**
 * Line breaking for text drawn on a canvas (the summary image), where the browser does not wrap for
 * us. Pure: the caller passes `measure` (canvas `measureText(s).width`, or a fake in tests).
 *
 * Rules, close to what a browser does for `zh-CN`:
 *  - Chinese (and Japanese, Korean) text may break between any two characters;
 *  - other text breaks at spaces; a word wider than the line is cut between characters;
 *  - closing punctuation (，。、；：？！）》” …) never starts a line and opening punctuation
 *    (（《“ …) never ends one: each is kept with its neighbour;
 *  - an emoji or a character with combining marks is never split (grapheme clusters);
 *  - `\n` forces a break; spaces at the start and end of a line are dropped.
 */

export type Measure = (text: string) => number

/** Characters that must not begin a line (kinsoku shori "not at start"). */
const NO_START = new Set([...'，。、；：？！）》〉」』】〕〗”’…‥·・ー〜～%‰℃,.;:?!)]}>'])
/** Characters that must not end a line. */
const NO_END = new Set([...'（《〈「『【〔〖“‘([{<'])

/** Han, kana, Hangul, CJK punctuation, full-width forms and emoji: each may stand on its own. */
const BREAK_ANYWHERE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u2e80-\u2fff\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]|\p{Extended_Pictographic}/u

let segmenter: Intl.Segmenter | null | undefined
/** The text's grapheme clusters (user-perceived characters). */
export function graphemes(text: string): string[] {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('und', { granularity: 'grapheme' })
        : null
  }
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text)
}

const isSpace = (g: string) => /^\s+$/u.test(g)

/**
 * Units that are never split across lines (unless one alone is wider than a line): a space, a run
 * of Latin letters and digits, or one CJK character — with the punctuation glued to it.
 */
export function breakUnits(text: string): string[] {
  const units: string[] = []
  let word = ''
  const flush = () => {
    if (word) units.push(word)
    word = ''
  }
  for (const g of graphemes(text)) {
    if (isSpace(g)) {
      flush()
      units.push(' ')
    } else if (BREAK_ANYWHERE.test(g) && !NO_START.has(g) && !NO_END.has(g)) {
      flush()
      units.push(g)
    } else if (NO_END.has(g)) {
      // Opening punctuation belongs to what follows: a break is allowed before it after closing
      // punctuation ("）。（") and before any full-width one ("年（").
      if (word && (NO_START.has(lastGrapheme(word)) || BREAK_ANYWHERE.test(g))) flush()
      word += g
    } else if (NO_START.has(g)) {
      // Closing punctuation stays with the word it follows.
      word += g
    } else {
      // A Latin letter after CJK punctuation or a CJK character starts a new word.
      word += g
    }
  }
  flush()
  // Glue: a unit starting with a no-start character joins the previous unit; a unit ending with a
  // no-end character joins the next one.
  const glued: string[] = []
  for (const u of units) {
    const prev = glued[glued.length - 1]
    if (
      prev !== undefined &&
      prev !== ' ' &&
      u !== ' ' &&
      (NO_START.has(firstGrapheme(u)) || NO_END.has(lastGrapheme(prev)))
    ) {
      glued[glued.length - 1] = prev + u
    } else glued.push(u)
  }
  return glued
}

function firstGrapheme(s: string): string {
  return graphemes(s)[0] ?? ''
}

function lastGrapheme(s: string): string {
  const g = graphemes(s)
  return g[g.length - 1] ?? ''
}

/** Cuts a unit wider than the line between its characters (never inside a grapheme). */
function hardBreak(unit: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = []
  let cur = ''
  for (const g of graphemes(unit)) {
    if (cur && measure(cur + g) > maxWidth) {
      lines.push(cur)
      cur = g
    } else cur += g
  }
  if (cur) lines.push(cur)
  return lines
}

function wrapParagraph(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = []
  let line = ''
  for (const unit of breakUnits(text)) {
    if (unit === ' ') {
      if (line) line += ' '
      continue
    }
    const candidate = line + unit
    if (measure(candidate.trimEnd()) <= maxWidth) {
      line = candidate
      continue
    }
    if (line.trim()) lines.push(line.trimEnd())
    if (measure(unit) <= maxWidth) {
      line = unit
    } else {
      const parts = hardBreak(unit, maxWidth, measure)
      lines.push(...parts.slice(0, -1))
      line = parts[parts.length - 1] ?? ''
    }
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}

/**
 * `text` as lines no wider than `maxWidth` (except a single grapheme wider than the line, which
 * stands alone). An empty paragraph (two `\n` in a row) gives an empty line.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const out: string[] = []
  for (const paragraph of text.split('\n')) {
    const lines = wrapParagraph(paragraph, maxWidth, measure)
    out.push(...(lines.length ? lines : ['']))
  }
  return out
}
