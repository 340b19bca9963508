// @vitest-environment node
/**
 * The pack registry (src/policy/index.ts + packs.ts): one way in, lookups that never throw, the
 * light metas in step with the rules, and no pack folder imported from anywhere else in the app.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CURRENT_PACK_ID, PACK_METAS, SHIPPED_METAS, currentPackMeta, isKnownPack, loadPack, packMeta } from '@/policy'
import { RULE_PACKS, TEST_PACK, currentPack, packById } from '@/policy/packs'
import { SHARE_PACKS, SHARE_PACK_IDS, TEST_PACK_INDEX, sharePackIndex } from '@/share/packs'

const ROOT = new URL('../../../', import.meta.url).pathname
const POLICY = join(ROOT, 'src/policy')
const PACK_FOLDERS = readdirSync(POLICY).filter(
  // A pack folder has a meta.ts and an index.ts (law/ and switch/ are not packs).
  (d) => d !== 'switch' && existsSync(join(POLICY, d, 'meta.ts')) && existsSync(join(POLICY, d, 'index.ts')),
)

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return /\.(ts|vue|js|mjs)$/.test(name) ? [path] : []
  })
}

describe('the pack registry', () => {
  it('lists every pack folder, ningbo-2024-187 first, and names a current pack it ships', () => {
    expect(PACK_FOLDERS).toContain('ningbo-2024-187')
    expect(SHIPPED_METAS.map((m) => m.id).sort()).toEqual([...PACK_FOLDERS].sort())
    expect(SHIPPED_METAS[0]!.id).toBe('ningbo-2024-187')
    expect(CURRENT_PACK_ID).toBe(currentPackMeta.id)
    expect(currentPack.id).toBe(CURRENT_PACK_ID)
    expect(isKnownPack(CURRENT_PACK_ID)).toBe(true)
  })

  it('a normal build has no test pack switched in: the current pack is a shipped one', () => {
    expect(TEST_PACK).toBeNull()
    expect(PACK_METAS).toEqual(SHIPPED_METAS)
    expect(SHIPPED_METAS.map((m) => m.id)).toContain(CURRENT_PACK_ID)
  })

  it('each meta is the same as its pack’s own fields (the home screen shows the meta)', () => {
    expect(RULE_PACKS.map((p) => p.id)).toEqual(PACK_METAS.map((m) => m.id))
    for (const meta of PACK_METAS) {
      const found = packById(meta.id)
      expect(found.ok).toBe(true)
      if (!found.ok) continue
      const { id, issuer, docNo, date, year, title } = found.pack
      // The meta also carries the pack's application deadline (the round status on the first screen).
      const deadlines = found.pack.deadlines.filter((d) => d.application)
      expect(deadlines.length).toBeGreaterThan(0)
      expect({ id, issuer, docNo, date, year, title, deadlines }).toEqual(meta)
    }
  })

  it.each([['ningbo-2099-1'], [''], [undefined], [null], [42], ['__proto__'], ['x'.repeat(500)]])(
    'an unknown id (%s) gives a clear result, in both languages, never a throw',
    async (id) => {
      for (const r of [packById(id), packMeta(id), await loadPack(id)]) {
        expect(r.ok).toBe(false)
        if (r.ok) continue
        expect(r.error).toBe('unknown-pack')
        expect(r.id.length).toBeLessThanOrEqual(80)
        expect(r.message.zh).toMatch(/请先更新应用/)
        expect(r.message.en).toMatch(/update the app first/)
      }
      expect(isKnownPack(id)).toBe(false)
    },
  )

  it('loads a pack on demand by id', async () => {
    const r = await loadPack('ningbo-2024-187')
    expect(r.ok && r.pack.docNo).toBe('甬市监组人〔2024〕187号')
  })

  it('every shipped pack can be shared, at its permanent index (0 = ningbo-2024-187)', () => {
    expect(SHARE_PACK_IDS[0]).toBe('ningbo-2024-187')
    for (const m of SHIPPED_METAS) expect(sharePackIndex(m.id), m.id).toBeGreaterThanOrEqual(0)
    expect(SHARE_PACKS.length).toBeLessThan(TEST_PACK_INDEX)
  })
})

describe('one way in', () => {
  it('nothing outside src/policy imports a pack folder (app code and scripts)', () => {
    const offenders: string[] = []
    const folders = [...PACK_FOLDERS, 'switch'].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
    const IMPORT = new RegExp(`(?:from|import\\()\\s*['"][^'"]*policy/(?:${folders})(?:/[^'"]*)?['"]`)
    for (const file of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'scripts'))]) {
      if (file.startsWith(POLICY)) continue
      const text = readFileSync(file, 'utf8')
      text.split('\n').forEach((line, i) => {
        if (IMPORT.test(line)) offenders.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`)
      })
    }
    expect(offenders, 'import packs through @/policy (metas) or @/policy/packs (rules)').toEqual([])
  })

  it('the check above would catch such an import', () => {
    const IMPORT = /(?:from|import\()\s*['"][^'"]*policy\/(?:ningbo-2024-187|switch)(?:\/[^'"]*)?['"]/
    expect(IMPORT.test("import { pack } from '@/policy/ningbo-2024-187'")).toBe(true)
    expect(IMPORT.test("import { meta } from '../src/policy/ningbo-2024-187/meta'")).toBe(true)
    expect(IMPORT.test("const m = await import('@/policy/switch/pack')")).toBe(true)
    expect(IMPORT.test("import { packById } from '@/policy/packs'")).toBe(false)
  })
})
