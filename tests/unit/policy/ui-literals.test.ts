// @vitest-environment node
/**
 * Screens take every notice-specific value from the pack of the profile they show (usePack(), the
 * assessment store, packParams): pages, components and locales hold none of the 2024 pack's literal
 * values — no document number, none of its dates, not its year. Comments are not scanned (they may
 * show an example of output).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packById } from '@/policy/packs'

const ROOT = new URL('../../../', import.meta.url).pathname
const SCANNED = ['src/pages', 'src/components', 'src/locales']

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

/** Every string in a value, recursively. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v]
  if (Array.isArray(v)) return v.flatMap(strings)
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings)
  return []
}

/** The text without comments (block, line, HTML), keeping line numbers. */
function withoutComments(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ')
  return text
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|[\s;{}(),])\/\/.*$/gm, (m, lead: string) => lead + blank(m.slice(lead.length)))
}

const found = packById('ningbo-2024-187')
if (!found.ok) throw new Error('the 2024 pack is not in the registry')
const pack2024 = found.pack
const all = strings(pack2024)

/** Forbidden literals of the 2024 pack, each with a name for the message. */
function forbidden(): { what: string; re: RegExp }[] {
  const out: { what: string; re: RegExp }[] = []
  // Any document number at all (〔2024〕187号, 〔2022〕77号 …): the UI names documents from the pack.
  out.push({ what: 'a document number (〔YYYY〕N号)', re: /〔\d{4}〕/ })
  for (const no of new Set(all.flatMap((s) => s.match(/[\u4e00-\u9fff]{1,8}〔\d{4}〕\d+号/g) ?? [])))
    out.push({ what: `document ${no}`, re: new RegExp(no.replace(/[〔〕]/g, '.')) })
  // Its dates, as ISO and as written in Chinese (2024-12-31, 2024年12月31日, 2024 年 12 月 31 日).
  for (const d of new Set(all.filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s)))) {
    const [y, m, day] = d.split('-').map(Number)
    out.push({ what: `date ${d}`, re: new RegExp(`${d}|${y}\\s*年\\s*0?${m}\\s*月\\s*0?${day}\\s*日`) })
  }
  // Its year: the notice's year, the cut-off's, the CE year still open.
  const years = new Set([
    pack2024.year,
    Number(pack2024.params.cutoff.value.slice(0, 4)),
    pack2024.params.ce.currentYear.value,
  ])
  for (const y of years) out.push({ what: `the year ${y}`, re: new RegExp(`(?<![\\d.])${y}(?!\\d)`) })
  return out
}

function scan(text: string, rules = forbidden()): string[] {
  const hits: string[] = []
  withoutComments(text)
    .split('\n')
    .forEach((line, i) => {
      for (const r of rules) if (r.re.test(line)) hits.push(`${i + 1}: ${r.what}: ${line.trim().slice(0, 120)}`)
    })
  return hits
}

describe('no 2024 pack literal in pages, components and locales', () => {
  it('knows what to look for (document numbers, dates and the year of the 2024 pack)', () => {
    const rules = forbidden().map((r) => r.what)
    expect(rules).toContain('document 甬市监组人〔2024〕187号')
    expect(rules).toContain('date 2024-12-31')
    expect(rules).toContain('the year 2024')
    expect(rules.filter((r) => r.startsWith('date ')).length).toBeGreaterThan(3)
  })

  it('would catch one (the scan can fail), and leaves comments alone', () => {
    expect(scan("const s = t('x', { docNo: '甬市监组人〔2024〕187号' })")).not.toEqual([])
    expect(scan("'截至 2024 年 12 月 31 日'")).not.toEqual([])
    expect(scan('<p>2024年度</p>')).not.toEqual([])
    expect(scan("'see 2024-12-31'")).not.toEqual([])
    expect(scan('/** e.g. 2024-09-01 */\nconst ok = 1 // 2024\n<!-- 2024 -->')).toEqual([])
    // `//` inside a string is no comment: what follows is still scanned.
    expect(scan("const url = 'https://example.com/' + '2024'")).not.toEqual([])
    expect(scan("'例如 2023 年 2 月只有 28 天'")).toEqual([])
  })

  it.each(SCANNED)('%s', (dir) => {
    const hits = files(join(ROOT, dir)).flatMap((file) =>
      scan(readFileSync(file, 'utf8')).map((h) => `${relative(ROOT, file)}:${h}`),
    )
    expect(hits, 'take such values from the pack (usePack(), packParams, meta) instead').toEqual([])
  })
})
