/**
 * The materials checklist as the applicant works through it. Pure: no Vue, Dexie or DOM.
 *
 *   buildChecklistView(assessment.checklist, records, attachments, { overall, titles })
 *     → { groups, keptAside, progress, others, state, caveat }
 *
 * The engine decides WHICH items apply (from the answers); this module only joins them with what
 * the applicant has recorded on the device (ticks, notes, photos), keyed by the item's stable id.
 * Records are never dropped here: an item that stops applying (the answers changed) but carries a
 * tick, a note or a photo is "kept aside", and is back in its group, with them, when it applies again.
 *
 * Readiness rule (docs/checklist.md):
 *  - "N / M 项已准备" counts the items the applicant does HIMSELF BEFORE SUBMITTING: every item of the
 *    provincial platform and paper groups that is not done by others. Items done by the unit or the
 *    district (`byOthers`) happen after the online application (unit review closes after it), so
 *    they cannot be a condition for submitting; they are confirmations, counted separately
 *    (`others`). The interview is prepared after the qualitative review, so it is not counted either.
 *  - state: the engine's overall verdict first (not eligible / needs information), then the progress:
 *    eligible or check-provincial with N < M → preparing; N = M → ready to submit. check-provincial
 *    keeps its caveat (`caveat: 'check-provincial'`) in both.
 */
import type { Bilingual, ChecklistEntry, ChecklistGroup, Overall } from '@/engine/types'
import type { MessageKey } from '@/locales'

/** The groups in the order the work is done. */
export const GROUP_ORDER: readonly ChecklistGroup[] = ['platform', 'paper', 'unit-district', 'interview']

/** Groups whose own (not byOthers) items must be done before the application is submitted. */
export const BEFORE_SUBMIT_GROUPS: ReadonlySet<ChecklistGroup> = new Set<ChecklistGroup>(['platform', 'paper'])

/** What the applicant recorded for one item (a row of the `checklist` table, without the profile). */
export interface ItemRecord {
  itemId: string
  done: boolean
  note: string
  updatedAt?: number
}

/** An attachment without its bytes. */
export interface AttachmentMeta {
  id: string
  itemId: string
  name: string
  type: string
  size: number
  createdAt: number
  width?: number
  height?: number
}

/** How an item counts: the applicant's own work before submitting, a confirmation, or later work. */
export type ItemRole = 'own' | 'confirm' | 'later'

export interface ItemView<C extends string = string> {
  entry: ChecklistEntry<C>
  role: ItemRole
  done: boolean
  note: string
  attachments: AttachmentMeta[]
}

export interface GroupView<C extends string = string> {
  id: ChecklistGroup
  items: ItemView<C>[]
  /** Items of this group that are ticked (done or confirmed). */
  done: number
}

/** An item that no longer applies but holds something the applicant recorded. */
export interface KeptAsideView {
  itemId: string
  /** The item's title in the pack's catalogue, when it is known. */
  title: Bilingual | null
  done: boolean
  note: string
  attachments: AttachmentMeta[]
}

export type ReadinessState = 'not-eligible' | 'needs-info' | 'preparing' | 'ready'

export interface ChecklistView<C extends string = string> {
  groups: GroupView<C>[]
  keptAside: KeptAsideView[]
  /** The applicant's own items before submitting: how many are ticked, of how many. */
  progress: { ready: number; total: number }
  /** Items done by the unit or the district: how many the applicant has confirmed. */
  others: { confirmed: number; total: number }
  state: ReadinessState
  /** The verdict is "eligible as far as this notice says": check the provincial documents too. */
  caveat: 'check-provincial' | null
}

export interface BuildOptions {
  /** The engine's overall verdict (`assessment.overall`). */
  overall: Overall
  /** The pack's materials catalogue (`pack.materials`): titles and order of items kept aside. */
  catalogue?: readonly { id: string; title: Bilingual }[]
}

export function roleOf(entry: Pick<ChecklistEntry, 'group' | 'byOthers'>): ItemRole {
  if (entry.byOthers) return 'confirm'
  return BEFORE_SUBMIT_GROUPS.has(entry.group) ? 'own' : 'later'
}

/** Whether a record holds anything worth keeping (a tick, a note, a file). */
export function hasContent(record: ItemRecord | undefined, attachments: readonly AttachmentMeta[] = []): boolean {
  return attachments.length > 0 || record?.done === true || (record?.note ?? '').trim() !== ''
}

export function readinessState(overall: Overall, progress: { ready: number; total: number }): ReadinessState {
  if (overall === 'not-eligible') return 'not-eligible'
  if (overall === 'needs-info') return 'needs-info'
  return progress.ready >= progress.total ? 'ready' : 'preparing'
}

function groupAttachments(list: readonly AttachmentMeta[]): Map<string, AttachmentMeta[]> {
  const out = new Map<string, AttachmentMeta[]>()
  const sorted = [...list].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
  for (const a of sorted) {
    const arr = out.get(a.itemId)
    if (arr) arr.push(a)
    else out.set(a.itemId, [a])
  }
  return out
}

export function buildChecklistView<C extends string>(
  checklist: readonly ChecklistEntry<C>[],
  records: readonly ItemRecord[],
  attachments: readonly AttachmentMeta[],
  options: BuildOptions,
): ChecklistView<C> {
  const byId = new Map(records.map((r) => [r.itemId, r]))
  const files = groupAttachments(attachments)

  const groups: GroupView<C>[] = GROUP_ORDER.map((id) => ({ id, items: [], done: 0 }))
  const groupOf = new Map(groups.map((g) => [g.id, g]))
  const applying = new Set<string>()
  for (const entry of checklist) {
    if (applying.has(entry.id)) continue // an id appears once, in its first group
    applying.add(entry.id)
    const record = byId.get(entry.id)
    const item: ItemView<C> = {
      entry,
      role: roleOf(entry),
      done: record?.done === true,
      note: record?.note ?? '',
      attachments: files.get(entry.id) ?? [],
    }
    let group = groupOf.get(entry.group)
    if (!group) {
      // A group this module does not know (a later pack): shown last, never dropped.
      group = { id: entry.group, items: [], done: 0 }
      groups.push(group)
      groupOf.set(entry.group, group)
    }
    group.items.push(item)
    if (item.done) group.done++
  }

  const items = groups.flatMap((g) => g.items)
  const own = items.filter((i) => i.role === 'own')
  const confirm = items.filter((i) => i.role === 'confirm')
  const progress = { ready: own.filter((i) => i.done).length, total: own.length }
  const others = { confirmed: confirm.filter((i) => i.done).length, total: confirm.length }

  const asideIds = new Set<string>()
  for (const r of records) if (!applying.has(r.itemId)) asideIds.add(r.itemId)
  for (const id of files.keys()) if (!applying.has(id)) asideIds.add(id)
  const catalogue = new Map((options.catalogue ?? []).map((m, i) => [m.id, { title: m.title, index: i }]))
  const keptAside: KeptAsideView[] = []
  for (const itemId of asideIds) {
    const record = byId.get(itemId)
    const att = files.get(itemId) ?? []
    if (!hasContent(record, att)) continue
    keptAside.push({
      itemId,
      title: catalogue.get(itemId)?.title ?? null,
      done: record?.done === true,
      note: record?.note ?? '',
      attachments: att,
    })
  }
  // Catalogue order; ids the catalogue does not know (an older pack's) last, by id.
  const rank = (id: string) => catalogue.get(id)?.index ?? Number.MAX_SAFE_INTEGER
  keptAside.sort((a, b) => rank(a.itemId) - rank(b.itemId) || a.itemId.localeCompare(b.itemId))

  return {
    groups: groups.filter((g) => g.items.length > 0),
    keptAside,
    progress,
    others,
    state: readinessState(options.overall, progress),
    caveat: options.overall === 'check-provincial' ? 'check-provincial' : null,
  }
}

/**
 * The words on an item's "note and photos" toggle: what is inside, said apart — a written note is
 * not a file ("备注和照片（有备注，2 个文件）"), so one number never counts both.
 */
export function detailsLabel(
  note: string,
  files: number,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): string {
  const hasNote = note.trim() !== ''
  if (!hasNote && files === 0) return t('checklist.details')
  if (files === 0) return t('checklist.detailsNote')
  const filesText = files === 1 ? t('checklist.detailsFilesOne') : t('checklist.detailsFiles', { n: files })
  return hasNote
    ? t('checklist.detailsNoteAndFiles', { files: filesText })
    : t('checklist.detailsOnlyFiles', { files: filesText })
}
