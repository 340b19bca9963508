import { describe, expect, it } from 'vitest'
import { assess } from '@/engine/assess'
import type { ChecklistEntry } from '@/engine/types'
import { pack } from '@/policy/ningbo-2024-187'
import {
  buildChecklistView,
  GROUP_ORDER,
  readinessState,
  roleOf,
  type AttachmentMeta,
  type ItemRecord,
} from '@/checklist/model'
import { BASES } from '../engine/cases'
import { ENGINEER_ENTERPRISE, ENGINEER_PUBLIC, PRINCIPAL, SENIOR } from './fixtures'

const file = (itemId: string, id = `f-${itemId}`, createdAt = 1): AttachmentMeta => ({
  id,
  itemId,
  name: `${id}.jpg`,
  type: 'image/jpeg',
  size: 1000,
  createdAt,
})
const rec = (itemId: string, done: boolean, note = ''): ItemRecord => ({ itemId, done, note })
const ids = (list: readonly { entry: ChecklistEntry }[]) => list.map((i) => i.entry.id)

describe('regrouping', () => {
  const applicants = {
    engineerEnterprise: ENGINEER_ENTERPRISE,
    engineerPublic: ENGINEER_PUBLIC,
    senior: SENIOR,
    principal: PRINCIPAL,
  }

  it.each(Object.entries(applicants))(
    '%s: every engine item lands in exactly one group, in the engine’s order',
    (_name, answers) => {
      const a = assess(answers, pack)
      expect(a.checklist.length).toBeGreaterThan(5)
      const view = buildChecklistView(a.checklist, [], [], { overall: a.overall })
      const placed = view.groups.flatMap((g) => ids(g.items))
      expect(placed.sort()).toEqual(a.checklist.map((c) => c.id).sort())
      expect(new Set(placed).size).toBe(placed.length)
      for (const g of view.groups) {
        // Items keep the engine's relative order inside their group.
        const engineOrder = a.checklist.filter((c) => c.group === g.id).map((c) => c.id)
        expect(ids(g.items)).toEqual(engineOrder)
        for (const item of g.items) expect(item.entry.group).toBe(g.id)
      }
      // Groups in the order the work is done; empty groups are left out.
      expect(view.groups.map((g) => g.id)).toEqual(GROUP_ORDER.filter((g) => a.checklist.some((c) => c.group === g)))
    },
  )

  it('groups as the work is done: platform, paper, unit and district, interview (engineer)', () => {
    const a = assess(ENGINEER_PUBLIC, pack)
    const view = buildChecklistView(a.checklist, [], [], { overall: a.overall })
    const byGroup = Object.fromEntries(view.groups.map((g) => [g.id, ids(g.items)]))
    expect(byGroup.platform).toEqual(
      expect.arrayContaining([
        'platform-account',
        'platform-commitment',
        'platform-social-security',
        'platform-ce-import',
        'platform-ce-certificate',
        'platform-evidence',
        'platform-assessment',
        'platform-public-institution',
      ]),
    )
    expect(byGroup.paper).toEqual([
      'forms-download',
      'paper-evaluation-form',
      'paper-achievements',
      'paper-post-info',
      'paper-materials-list',
    ])
    expect(byGroup['unit-district']).toEqual([
      'unit-publicity',
      'unit-review',
      'unit-post-procedure',
      'district-entrustment',
      'district-roster',
      'district-forward',
    ])
    expect(byGroup.interview).toEqual(['interview-prepare'])
    const form = view.groups[1]!.items.find((i) => i.entry.id === 'paper-evaluation-form')!
    expect(form.entry.copies).toBe(3)
    expect(form.entry.detail.zh).toContain('A3')
  })

  it('the order is stable: building twice, or with records in another order, gives the same view', () => {
    const a = assess(ENGINEER_ENTERPRISE, pack)
    const records = [rec('paper-achievements', true), rec('platform-account', true, 'x')]
    const v1 = buildChecklistView(a.checklist, records, [], { overall: a.overall })
    const v2 = buildChecklistView(a.checklist, [...records].reverse(), [], { overall: a.overall })
    expect(v2).toEqual(v1)
  })

  it('an entry listed twice is shown once; a group the module does not know is shown last, not dropped', () => {
    const a = assess(ENGINEER_ENTERPRISE, pack)
    const odd = { ...a.checklist[0]!, id: 'future-item', group: 'future' as never }
    const view = buildChecklistView([...a.checklist, a.checklist[0]!, odd], [], [], { overall: 'eligible' })
    expect(view.groups.flatMap((g) => ids(g.items)).filter((id) => id === a.checklist[0]!.id)).toHaveLength(1)
    expect(view.groups.at(-1)!.id).toBe('future')
  })

  it('attaches records and files to their items, files oldest first', () => {
    const a = assess(ENGINEER_ENTERPRISE, pack)
    const view = buildChecklistView(
      a.checklist,
      [rec('platform-evidence', true, '论文两篇')],
      [file('platform-evidence', 'b', 2), file('platform-evidence', 'a', 1)],
      { overall: a.overall },
    )
    const item = view.groups[0]!.items.find((i) => i.entry.id === 'platform-evidence')!
    expect(item).toMatchObject({ done: true, note: '论文两篇' })
    expect(item.attachments.map((f) => f.id)).toEqual(['a', 'b'])
  })
})

describe('answers change: ticks, notes and photos are carried over by item id', () => {
  it('public institution → enterprise puts paper-post-info aside with its tick and note; switching back restores it', () => {
    const records = [rec('paper-post-info', true, '人事科已盖章'), rec('platform-account', true)]
    const files = [file('paper-post-info')]
    const opts = { catalogue: pack.materials }

    const pub = assess(ENGINEER_PUBLIC, pack)
    const before = buildChecklistView(pub.checklist, records, files, { ...opts, overall: pub.overall })
    const paper = before.groups.find((g) => g.id === 'paper')!
    expect(paper.items.find((i) => i.entry.id === 'paper-post-info')).toMatchObject({
      done: true,
      note: '人事科已盖章',
    })
    expect(before.keptAside).toEqual([])

    const ent = assess(ENGINEER_ENTERPRISE, pack)
    expect(ent.checklist.some((c) => c.id === 'paper-post-info')).toBe(false)
    const after = buildChecklistView(ent.checklist, records, files, { ...opts, overall: ent.overall })
    expect(after.groups.flatMap((g) => ids(g.items))).not.toContain('paper-post-info')
    expect(after.keptAside).toEqual([
      {
        itemId: 'paper-post-info',
        title: pack.materials.find((m) => m.id === 'paper-post-info')!.title,
        done: true,
        note: '人事科已盖章',
        attachments: files,
      },
    ])
    // What still applies keeps its tick.
    expect(after.groups[0]!.items.find((i) => i.entry.id === 'platform-account')!.done).toBe(true)

    const back = buildChecklistView(pub.checklist, records, files, { ...opts, overall: pub.overall })
    expect(back).toEqual(before)
  })

  it('only items holding something are kept aside (an unticked, empty record is not)', () => {
    const a = assess(ENGINEER_ENTERPRISE, pack)
    const view = buildChecklistView(
      a.checklist,
      [rec('paper-post-info', false, '   '), rec('unit-post-procedure', false, '问过人事')],
      [file('platform-public-institution')],
      { overall: a.overall, catalogue: pack.materials },
    )
    // Catalogue order: platform-public-institution comes before unit-post-procedure.
    expect(view.keptAside.map((k) => k.itemId)).toEqual(['platform-public-institution', 'unit-post-procedure'])
  })

  it('an item the catalogue does not know (an older pack) is kept, named by its id, last', () => {
    const a = assess(ENGINEER_ENTERPRISE, pack)
    const view = buildChecklistView(a.checklist, [rec('gone-item', true), rec('paper-post-info', true)], [], {
      overall: a.overall,
      catalogue: pack.materials,
    })
    expect(view.keptAside.map((k) => [k.itemId, k.title === null])).toEqual([
      ['paper-post-info', false],
      ['gone-item', true],
    ])
  })

  it('track engineer → senior: the engineer-only paper forms go aside, the shared platform items stay ticked', () => {
    const records = [
      rec('paper-evaluation-form', true),
      rec('platform-evidence', true),
      rec('interview-prepare', false, '准备PPT'),
    ]
    const senior = assess(
      { ...structuredClone(BASES.engineer), track: 'senior', seniorBasis: 'normal', specialty: 'quality' },
      pack,
    )
    const view = buildChecklistView(senior.checklist, records, [], {
      overall: senior.overall,
      catalogue: pack.materials,
    })
    expect(view.keptAside.map((k) => k.itemId)).toEqual(['paper-evaluation-form', 'interview-prepare'])
    expect(view.groups[0]!.items.find((i) => i.entry.id === 'platform-evidence')!.done).toBe(true)
  })
})

describe('readiness', () => {
  it('counts the applicant’s own items before submitting; confirmations and the interview are separate', () => {
    const a = assess(ENGINEER_PUBLIC, pack)
    const roles = Object.fromEntries(a.checklist.map((c) => [c.id, roleOf(c)]))
    expect(roles['unit-publicity']).toBe('confirm')
    expect(roles['district-roster']).toBe('confirm')
    expect(roles['interview-prepare']).toBe('later')
    expect(roles['paper-evaluation-form']).toBe('own')
    expect(roles['platform-account']).toBe('own')

    const own = a.checklist.filter((c) => roleOf(c) === 'own')
    const confirm = a.checklist.filter((c) => roleOf(c) === 'confirm')
    const none = buildChecklistView(a.checklist, [], [], { overall: a.overall })
    expect(none.progress).toEqual({ ready: 0, total: own.length })
    expect(none.others).toEqual({ confirmed: 0, total: confirm.length })

    // Confirming everything the unit does and preparing the interview does not change "N / M".
    const others = buildChecklistView(
      a.checklist,
      [...confirm.map((c) => rec(c.id, true)), rec('interview-prepare', true)],
      [],
      { overall: a.overall },
    )
    expect(others.progress.ready).toBe(0)
    expect(others.others.confirmed).toBe(confirm.length)
    expect(others.state).toBe('preparing')
  })

  it('states: not eligible and needs information come from the engine; then preparing until every own item is ticked', () => {
    expect(readinessState('not-eligible', { ready: 10, total: 10 })).toBe('not-eligible')
    expect(readinessState('needs-info', { ready: 10, total: 10 })).toBe('needs-info')
    expect(readinessState('eligible', { ready: 9, total: 10 })).toBe('preparing')
    expect(readinessState('eligible', { ready: 10, total: 10 })).toBe('ready')
    expect(readinessState('check-provincial', { ready: 0, total: 3 })).toBe('preparing')
    expect(readinessState('check-provincial', { ready: 3, total: 3 })).toBe('ready')
  })

  it('an eligible engineer who ticks every own item is ready to submit; unticking one goes back to preparing', () => {
    const a = assess(ENGINEER_ENTERPRISE, pack)
    expect(a.overall).toBe('eligible')
    const own = a.checklist.filter((c) => roleOf(c) === 'own').map((c) => rec(c.id, true))
    const all = buildChecklistView(a.checklist, own, [], { overall: a.overall })
    expect(all).toMatchObject({ state: 'ready', caveat: null, progress: { ready: own.length, total: own.length } })
    const one = buildChecklistView(a.checklist, own.slice(1), [], { overall: a.overall })
    expect(one.state).toBe('preparing')
    // Ticks kept aside never count.
    const aside = buildChecklistView(a.checklist, [...own.slice(1), rec('paper-post-info', true)], [], {
      overall: a.overall,
    })
    expect(aside.progress.ready).toBe(own.length - 1)
  })

  it('check-provincial counts like eligible, with its caveat', () => {
    const a = assess(SENIOR, pack)
    expect(a.overall).toBe('check-provincial')
    const own = a.checklist.filter((c) => roleOf(c) === 'own').map((c) => rec(c.id, true))
    expect(buildChecklistView(a.checklist, own, [], { overall: a.overall })).toMatchObject({
      state: 'ready',
      caveat: 'check-provincial',
    })
    expect(buildChecklistView(a.checklist, [], [], { overall: a.overall })).toMatchObject({
      state: 'preparing',
      caveat: 'check-provincial',
    })
  })

  it('not eligible and needs information, from real answers', () => {
    const short = assess({ ...structuredClone(BASES.engineer), socialSecurityMonths: 11 }, pack)
    expect(buildChecklistView(short.checklist, [], [], { overall: short.overall }).state).toBe('not-eligible')
    const partial = { ...structuredClone(BASES.engineer) }
    delete partial.birthDate
    const missing = assess(partial, pack)
    expect(buildChecklistView(missing.checklist, [], [], { overall: missing.overall }).state).toBe('needs-info')
  })
})
