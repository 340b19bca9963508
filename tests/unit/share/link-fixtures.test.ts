// @vitest-environment node
/**
 * Share links made by the code before the pack registry (tests/fixtures/share/v1-links.json, frozen:
 * see tests/fixtures/formats-v1.ts) keep decoding, through today's code, to exactly the summary they
 * were made from; and today's encoder writes the same bytes for that summary.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { decodeSummary, encodeSummary } from '@/share/codec'
import type { Summary } from '@/share/summary'
import { SHARE_PACKS } from '@/share/packs'
import { CASES } from '../engine/cases'

interface LinkFixture {
  case: string
  displayName: string | null
  payload: string
  summary: Summary
}

const FIXTURE = JSON.parse(readFileSync(new URL('../../fixtures/share/v1-links.json', import.meta.url), 'utf8')) as {
  links: LinkFixture[]
}

describe('share links written before the pack registry (v1 fixtures)', () => {
  it('cover every case of the engine table, without and with a display name', () => {
    const names = CASES.map((c) => c.name)
    expect(FIXTURE.links.filter((l) => l.displayName === null).map((l) => l.case)).toEqual(
      expect.arrayContaining(names),
    )
    expect(FIXTURE.links.filter((l) => l.displayName !== null).length).toBeGreaterThanOrEqual(names.length)
    expect(new Set(FIXTURE.links.map((l) => l.summary.overall)).size).toBeGreaterThan(2)
  })

  it.each(FIXTURE.links.map((l) => [`${l.case}${l.displayName ? ' (named)' : ''}`, l] as const))(
    'decodes to the same summary: %s',
    (_name, link) => {
      const read = decodeSummary(link.payload)
      expect(read.ok, read.ok ? '' : read.error).toBe(true)
      if (!read.ok) return
      expect(read.summary).toEqual(link.summary)
      expect(read.pack.id).toBe(link.summary.packId)
      expect(encodeSummary(link.summary, read.pack)).toBe(link.payload)
    },
  )

  it('names pack index 0 as ningbo-2024-187 (the byte every old link carries)', () => {
    const indexes = new Set(FIXTURE.links.map((l) => Buffer.from(l.payload, 'base64url')[1]))
    expect([...indexes]).toEqual([0])
    expect(SHARE_PACKS[0]!.id).toBe('ningbo-2024-187')
  })
})
