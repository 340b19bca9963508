/**
 * Reading a backup file. The WHOLE file is checked before the caller may write anything:
 *
 *   1. size (on `File.size`, before reading), JSON, an object, no `__proto__`/`constructor`/`prototype`
 *      keys anywhere, not nested absurdly deep;
 *   2. `format` is this app's, `version` is one this app knows (a newer one: "update the app first");
 *   3. every field's type and presence (valibot, strict: an unknown field is an error), count limits;
 *   4. counts agree with the content, ids are unique, checklist records and attachments point at a
 *      profile in the file, every profile's answers pass `validateAnswers`;
 *   5. every attachment's base64 decodes to exactly `size` bytes whose SHA-256 is `sha256`;
 *   6. the checksum over the rest of the file matches.
 *
 * Problems come back in both languages and name what is wrong and where ("第 2 个档案的 birthDate …
 * / profile 2: birthDate …"). Nothing here touches the database.
 */
import * as v from 'valibot'
import { V1_PACK_ID, type AttachmentRecord, type ChecklistRecord, type ProfileRecord } from '@/db'
import { packMeta, unknownPack } from '@/policy'
import { offeredProblems, validateAnswers } from '@/engine/answers'
import type { RulePack } from '@/engine/pack'
import type { Bilingual } from '@/engine/types'
import { isAppRoute } from '@/router/paths'
import { base64Length, base64ToBytes, isBase64, sha256Hex } from './encoding'
import {
  ATTACHMENT_TYPES,
  backupChecksum,
  BACKUP_FORMAT,
  BACKUP_LIMITS as L,
  BACKUP_READABLE_VERSIONS,
  BACKUP_VERSION,
  type BackupCounts,
  type BackupFile,
} from './format'

export type BackupProblem = Bilingual

/** An attachment ready to store: the v1 record plus the optional photo facts. */
export type RestoredAttachment = AttachmentRecord & { width?: number; height?: number; originalSize?: number }

/** A backup that passed every check, in the database's own record shapes. */
export interface ValidBackup {
  createdAt: string
  /**
   * Checklist records and files for items this app's rule pack does not know (`ValidateOptions.itemIds`):
   * left out of `checklist`/`attachments` and never written; the import dialog says so.
   */
  dropped: { checklist: number; attachments: number; attachmentBytes: number }
  appVersion: string
  schemaVersion: number
  counts: BackupCounts
  profiles: ProfileRecord[]
  checklist: ChecklistRecord[]
  attachments: RestoredAttachment[]
}

export interface ValidateOptions {
  /**
   * The checklist item ids of this app's rule pack. Records and files for other ids would be stored
   * and never shown (and re-exported): they are dropped and counted in `dropped`. Unset: all kept.
   */
  itemIds?: ReadonlySet<string>
  /**
   * The rule pack of an id, when this app knows it (synchronous: the store passes the registry's
   * `packById`, projections included). Given, each profile's checklist records and files are
   * checked against the items of its OWN pack (`packId`; a version-1 file's profiles: ningbo-2024-187),
   * not against every pack's items combined, and its answers against the ids its pack offers
   * (`offeredProblems`). Takes the place of `itemIds` for profiles whose pack it finds.
   */
  packFor?: (packId: string) => RulePack<string> | undefined
}

export type BackupReadResult = { ok: true; backup: ValidBackup } | { ok: false; problems: BackupProblem[] }

/** At most this many problems are listed (the first ones found). */
export const MAX_PROBLEMS = 8

const fail = (...problems: BackupProblem[]): BackupReadResult => ({
  ok: false,
  problems: problems.slice(0, MAX_PROBLEMS),
})

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`

// ---------------------------------------------------------------- step 1: the file as a whole

/** Checks a chosen file before reading it. Returns a problem, or null if it may be read. */
export function checkBackupFileSize(file: { size: number }): BackupProblem | null {
  if (file.size === 0) return { zh: '文件是空的，不是备份文件。', en: 'The file is empty: it is not a backup.' }
  if (file.size > L.fileBytes) {
    return {
      zh: `文件过大（${mb(file.size)}）。备份文件最大 ${mb(L.fileBytes)}，这不是本应用导出的备份。`,
      en: `The file is too large (${mb(file.size)}). A backup is at most ${mb(L.fileBytes)}; this is not a backup made by this app.`,
    }
  }
  return null
}

/** Reads and checks a chosen file (size first, then the text). Never rejects. */
export async function readBackupFile(file: Blob, options: ValidateOptions = {}): Promise<BackupReadResult> {
  const tooBig = checkBackupFileSize(file)
  if (tooBig) return fail(tooBig)
  let text: string
  try {
    text = await file.text()
  } catch (e) {
    const name = e instanceof Error ? e.name : 'Error'
    return fail({
      zh: `无法读取所选文件（${name}）。文件可能已被移动或删除，请重新选择。`,
      en: `The chosen file could not be read (${name}). It may have been moved or deleted; choose it again.`,
    })
  }
  return parseBackup(text, options)
}

/**
 * A failure nobody planned for (a browser out of memory, a bug): still a message, never a spinner
 * that turns forever. `stage` says which step broke.
 */
export function unexpectedProblem(stage: 'read' | 'check' | 'write', e: unknown): BackupProblem {
  const name = e instanceof Error ? e.name : typeof e
  const detail = e instanceof Error && e.message ? `${name}: ${e.message.slice(0, 200)}` : name
  const step: Record<typeof stage, Bilingual> = {
    read: { zh: '读取文件时', en: 'while reading the file' },
    check: { zh: '检查文件时', en: 'while checking the file' },
    write: { zh: '写入本机时', en: 'while writing to this device' },
  }
  return {
    zh: `${step[stage].zh}出现意外错误（${detail}），本机数据没有任何改动。请重试；如仍失败，可能是手机内存不足，请关闭其他应用后再试。`,
    en: `An unexpected error occurred ${step[stage].en} (${detail}); nothing on this device was changed. Try again; if it fails again the phone may be short of memory: close other apps and retry.`,
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** The first forbidden key or over-deep nesting, with its path; null when the tree is clean. */
function scanTree(root: unknown): BackupProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value !== 'object' || value === null) continue
    if (depth > L.depth) {
      const at = path.length > 60 ? `${path.slice(0, 60)}…` : path
      return {
        zh: `文件结构嵌套过深（${at}），不是本应用导出的备份。`,
        en: `The file is nested too deeply (${at}); it is not a backup made by this app.`,
      }
    }
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key
      if (FORBIDDEN_KEYS.has(key)) {
        return {
          zh: `文件含有不允许的字段名 "${key}"（位置：${at}），可能被恶意修改，已拒绝导入。`,
          en: `The file contains the forbidden key "${key}" (at ${at}); it may have been tampered with, so it is refused.`,
        }
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 })
    }
  }
  return null
}

/** Parses and checks the text of a backup file. Never rejects. */
export async function parseBackup(text: string, options: ValidateOptions = {}): Promise<BackupReadResult> {
  try {
    return await parseText(text, options)
  } catch (e) {
    return fail(unexpectedProblem('check', e))
  }
}

async function parseText(text: string, options: ValidateOptions): Promise<BackupReadResult> {
  const body = text.replace(/^\uFEFF/, '').trim()
  if (!body) return fail({ zh: '文件是空的，不是备份文件。', en: 'The file is empty: it is not a backup.' })
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    if (body.startsWith('{') && !body.endsWith('}')) {
      return fail({
        zh: '备份文件不完整（可能在下载或传输时被截断），无法读取。请重新导出或找到完整的文件。',
        en: 'The backup file is incomplete (perhaps cut short while downloading or transferring) and cannot be read. Export it again or find the complete file.',
      })
    }
    return fail({
      zh: '无法读取：这不是 JSON 格式的备份文件（可能选错了文件，或文件已损坏）。',
      en: 'Cannot read this file: it is not a JSON backup (perhaps the wrong file, or a damaged one).',
    })
  }
  return validateBackup(value, options)
}

// ---------------------------------------------------------------- step 3: structure (valibot)

const Id = v.pipe(v.string('string'), v.minLength(1, 'empty'), v.maxLength(L.idLength, 'too-long'))
const Text = (max: number) => v.pipe(v.string('string'), v.maxLength(max, 'too-long'))
const Time = v.pipe(
  v.number('number'),
  v.integer('timestamp'),
  v.minValue(0, 'timestamp'),
  v.maxValue(8.64e15, 'timestamp'),
)
const Count = v.pipe(v.number('number'), v.integer('count'), v.minValue(0, 'count'))
const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

const ProfileSchema = v.strictObject(
  {
    id: Id,
    name: v.pipe(
      v.string('string'),
      v.check((s) => s.trim().length > 0, 'empty'),
      v.maxLength(L.nameLength, 'too-long'),
    ),
    createdAt: Time,
    updatedAt: Time,
    // Checked field by field by validateAnswers (step 4), for messages that name the answer.
    answers: v.custom<Record<string, unknown>>(isPlainObject, 'object'),
    // Format 2; checked against the packs this app knows in step 4.
    packId: v.optional(Id),
    lastRoute: v.nullable(
      v.pipe(
        v.string('string-or-null'),
        v.maxLength(L.routeLength, 'too-long'),
        v.check((r) => isAppRoute(r), 'route'),
      ),
    ),
  },
  'object',
)

const ChecklistSchema = v.strictObject(
  {
    profileId: Id,
    itemId: Id,
    done: v.boolean('boolean'),
    note: Text(L.noteLength),
    updatedAt: Time,
  },
  'object',
)

const Pixels = v.optional(
  v.pipe(v.number('number'), v.integer('count'), v.minValue(1, 'count'), v.maxValue(100_000, 'count')),
)

const AttachmentSchema = v.strictObject(
  {
    id: Id,
    profileId: Id,
    itemId: Id,
    name: Text(L.nameLength),
    type: v.pipe(v.string('string'), v.regex(ATTACHMENT_TYPES, 'file-type')),
    size: v.pipe(Count, v.maxValue(L.attachmentBytes, 'file-too-big')),
    sha256: v.pipe(v.string('string'), v.regex(/^[0-9a-f]{64}$/, 'sha256')),
    createdAt: Time,
    width: Pixels,
    height: Pixels,
    originalSize: v.optional(Count),
    data: v.string('string'),
  },
  'object',
)

const FileSchema = v.strictObject(
  {
    format: v.literal(BACKUP_FORMAT, 'format'),
    version: v.picklist(BACKUP_READABLE_VERSIONS, 'version'),
    createdAt: v.pipe(v.string('string'), v.isoTimestamp('iso-time')),
    app: v.strictObject({ version: v.pipe(v.string('string'), v.maxLength(L.idLength, 'too-long')) }, 'object'),
    db: v.strictObject({ schemaVersion: v.pipe(Count, v.minValue(1, 'count')) }, 'object'),
    counts: v.strictObject({ profiles: Count, checklist: Count, attachments: Count, attachmentBytes: Count }, 'object'),
    profiles: v.pipe(v.array(ProfileSchema, 'array'), v.maxLength(L.profiles, 'too-many')),
    checklist: v.pipe(v.array(ChecklistSchema, 'array'), v.maxLength(L.checklist, 'too-many')),
    attachments: v.pipe(v.array(AttachmentSchema, 'array'), v.maxLength(L.attachments, 'too-many')),
    checksum: v.pipe(v.string('string'), v.regex(/^[0-9a-f]{64}$/, 'sha256')),
  },
  'object',
)

const REASONS: Record<string, Bilingual> = {
  string: { zh: '应为文本', en: 'must be text' },
  'string-or-null': { zh: '应为文本或 null', en: 'must be text or null' },
  number: { zh: '应为数字', en: 'must be a number' },
  boolean: { zh: '应为 true 或 false', en: 'must be true or false' },
  object: { zh: '应为对象 { … }', en: 'must be an object { … }' },
  array: { zh: '应为列表 [ … ]', en: 'must be a list [ … ]' },
  empty: { zh: '不能为空', en: 'cannot be empty' },
  'too-long': { zh: '过长', en: 'is too long' },
  timestamp: { zh: '不是有效的时间', en: 'is not a valid time' },
  'iso-time': { zh: '不是有效的日期时间', en: 'is not a valid date and time' },
  count: { zh: '应为不小于 0 的整数', en: 'must be a whole number, 0 or more' },
  route: {
    zh: '应为本应用内的路径（本应用的某个页面，如 /p/…/results）',
    en: 'must be a path inside this app (one of its screens, such as /p/…/results)',
  },
  sha256: { zh: '应为 64 位十六进制的 SHA-256', en: 'must be a SHA-256 of 64 hex digits' },
  'file-type': {
    zh: '不是支持的文件类型（只接受照片和 PDF）',
    en: 'is not a supported file type (photos and PDFs only)',
  },
  'file-too-big': {
    zh: `超过单个文件的上限 ${mb(L.attachmentBytes)}`,
    en: `is over the limit of ${mb(L.attachmentBytes)} for one file`,
  },
  'too-many': { zh: '条目过多', en: 'has too many entries' },
  format: { zh: '不是本应用的备份格式', en: 'is not this app’s backup format' },
  version: {
    zh: `应为 ${BACKUP_READABLE_VERSIONS.join(' 或 ')}`,
    en: `must be ${BACKUP_READABLE_VERSIONS.join(' or ')}`,
  },
}

const LIST_LIMITS: Record<string, number> = { profiles: L.profiles, checklist: L.checklist, attachments: L.attachments }

/** "第 2 个档案「张三」" / "profile 2 ("张三")": where a problem is, for people (1-based). */
function whereOf(root: Record<string, unknown>, list: string, index: number): Bilingual {
  const n = index + 1
  const item = Array.isArray(root[list]) ? (root[list] as unknown[])[index] : undefined
  const rawName = isPlainObject(item) && typeof item.name === 'string' ? item.name.trim() : ''
  const name = rawName.length > 24 ? `${rawName.slice(0, 24)}…` : rawName
  switch (list) {
    case 'profiles':
      return name
        ? { zh: `第 ${n} 个档案「${name}」`, en: `profile ${n} ("${name}")` }
        : { zh: `第 ${n} 个档案`, en: `profile ${n}` }
    case 'checklist':
      return { zh: `第 ${n} 条清单记录`, en: `checklist record ${n}` }
    default:
      return name
        ? { zh: `第 ${n} 个附件「${name}」`, en: `attachment ${n} ("${name}")` }
        : { zh: `第 ${n} 个附件`, en: `attachment ${n}` }
  }
}

/** A valibot issue in words: where (list item or file), which field, what is wrong. */
function describeIssue(root: Record<string, unknown>, issue: v.BaseIssue<unknown>): BackupProblem {
  const keys = (issue.path ?? []).map((p) => String(p.key))
  const inList = keys.length >= 2 && keys[0]! in LIST_LIMITS && /^\d+$/.test(keys[1]!)
  const where: Bilingual = inList ? whereOf(root, keys[0]!, Number(keys[1])) : { zh: '文件', en: 'The file' }
  const field = (inList ? keys.slice(2) : keys).join('.')
  const zhAt = where.zh
  const enAt = where.en

  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    return { zh: `${zhAt}有未知字段 ${field}`, en: `${enAt}: unknown field ${field}` }
  }
  if (
    issue.kind === 'schema' &&
    issue.type === 'strict_object' &&
    issue.input === undefined &&
    issue.expected !== 'Object'
  ) {
    return inList
      ? { zh: `${zhAt}缺少 ${field}`, en: `${enAt}: ${field} is missing` }
      : { zh: `文件缺少 ${field}`, en: `The file is missing ${field}` }
  }
  if (issue.message === 'too-many' && keys.length === 1) {
    const list = keys[0]!
    const label: Bilingual =
      list === 'profiles'
        ? { zh: '档案', en: 'profiles' }
        : list === 'checklist'
          ? { zh: '清单记录', en: 'checklist records' }
          : { zh: '附件', en: 'attachments' }
    return {
      zh: `文件中的${label.zh}过多（最多 ${LIST_LIMITS[list]}）`,
      en: `The file has too many ${label.en} (at most ${LIST_LIMITS[list]})`,
    }
  }
  const reason = REASONS[issue.message] ?? { zh: `无效（${issue.message}）`, en: `is invalid (${issue.message})` }
  if (!field) return { zh: `${zhAt}${reason.zh}`, en: `${enAt} ${reason.en}` }
  if (!inList) return { zh: `文件的 ${field} ${reason.zh}`, en: `${field} ${reason.en}` }
  return { zh: `${zhAt}的 ${field} ${reason.zh}`, en: `${enAt}: ${field} ${reason.en}` }
}

// ---------------------------------------------------------------- the checks in order

const NOT_A_BACKUP: BackupProblem = {
  zh: '这不是本应用的备份文件（缺少 format: "zhicheng-self-check-backup"）。',
  en: 'This is not a backup from this app (it lacks format: "zhicheng-self-check-backup").',
}

/** Checks an already-parsed value (the JSON of a file). Never rejects. */
export async function validateBackup(value: unknown, options: ValidateOptions = {}): Promise<BackupReadResult> {
  try {
    return await validateValue(value, options)
  } catch (e) {
    return fail(unexpectedProblem('check', e))
  }
}

async function validateValue(value: unknown, options: ValidateOptions): Promise<BackupReadResult> {
  if (!isPlainObject(value)) {
    return fail({
      zh: '这不是备份文件：内容不是 JSON 对象。',
      en: 'This is not a backup file: its content is not a JSON object.',
    })
  }
  const hostile = scanTree(value)
  if (hostile) return fail(hostile)

  // Step 2: whose file, and which version.
  if (value.format !== BACKUP_FORMAT) return fail(NOT_A_BACKUP)
  const version = value.version
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return fail({
      zh: `此备份来自更新版本的应用（备份格式第 ${version} 版，本应用只能读取第 ${BACKUP_VERSION} 版），请先更新本应用再导入。`,
      en: `This backup is from a newer app (backup format version ${version}; this app reads version ${BACKUP_VERSION}). Update the app first, then import it.`,
    })
  }
  if (typeof version !== 'number' || !BACKUP_READABLE_VERSIONS.includes(version)) {
    return fail({
      zh: `备份的版本号无效：${JSON.stringify(version) ?? '缺失'}。`,
      en: `The backup's version is invalid: ${JSON.stringify(version) ?? 'missing'}.`,
    })
  }

  // Step 3: structure.
  const parsed = v.safeParse(FileSchema, value)
  if (!parsed.success) return fail(...parsed.issues.map((i) => describeIssue(value, i)))
  const file = parsed.output as BackupFile

  // Step 4: agreement, uniqueness, references, answers.
  const problems: BackupProblem[] = []
  const counted: BackupCounts = {
    profiles: file.profiles.length,
    checklist: file.checklist.length,
    attachments: file.attachments.length,
    attachmentBytes: file.attachments.reduce((s, a) => s + a.size, 0),
  }
  for (const key of Object.keys(counted) as (keyof BackupCounts)[]) {
    if (counted[key] !== file.counts[key]) {
      problems.push({
        zh: `文件头记录的 counts.${key} 为 ${file.counts[key]}，实际内容为 ${counted[key]}：文件不完整或被修改过。`,
        en: `The header says counts.${key} is ${file.counts[key]} but the file holds ${counted[key]}: the file is incomplete or was changed.`,
      })
    }
  }

  const profileIndex = new Map<string, number>()
  file.profiles.forEach((p, i) => {
    const first = profileIndex.get(p.id)
    if (first !== undefined) {
      const a = whereOf(value, 'profiles', i)
      const b = whereOf(value, 'profiles', first)
      problems.push({ zh: `${a.zh}的 id 与${b.zh}重复`, en: `${a.en} has the same id as ${b.en}` })
    } else profileIndex.set(p.id, i)
  })

  file.profiles.forEach((p, i) => {
    if (p.lastRoute !== null && !isAppRoute(p.lastRoute, p.id)) {
      const at = whereOf(value, 'profiles', i)
      problems.push({
        zh: `${at.zh}的 lastRoute 指向另一份档案的页面`,
        en: `${at.en}: lastRoute leads to another profile's screen`,
      })
    }
  })

  // Pack ids: format 2 names each profile's pack, which this app must know (a newer pack: update first).
  file.profiles.forEach((p, i) => {
    const at = whereOf(value, 'profiles', i)
    if (p.packId === undefined) {
      if (file.version >= 2) problems.push({ zh: `${at.zh}缺少 packId`, en: `${at.en} is missing packId` })
      return
    }
    // The caller's lookup when given (the registry's, projections included), else the shipped metas.
    const known = options.packFor
      ? options.packFor(p.packId)
        ? ({ ok: true } as const)
        : unknownPack(p.packId)
      : packMeta(p.packId)
    if (!known.ok) problems.push({ zh: `${at.zh}：${known.message.zh}`, en: `${at.en}: ${known.message.en}` })
  })

  const answers: ProfileRecord['answers'][] = []
  const packOf = (p: { packId?: string | undefined }) => options.packFor?.(p.packId ?? V1_PACK_ID)
  file.profiles.forEach((p, i) => {
    const plain = validateAnswers(p.answers)
    const pack = packOf(p)
    const offered = plain.ok && pack ? offeredProblems(plain.answers, pack) : []
    const checked: typeof plain = offered.length ? { ok: false, errors: offered } : plain
    if (checked.ok) {
      answers[i] = checked.answers
      return
    }
    const at = whereOf(value, 'profiles', i)
    for (const e of checked.errors) {
      // Field messages read "birthDate: 应为…"; whole-answers ones (a newer format) have no field.
      const prefix = `${e.path}: `
      problems.push(
        e.path && e.zh.startsWith(prefix) && e.en.startsWith(prefix)
          ? {
              zh: `${at.zh}的 ${e.path} ${e.zh.slice(prefix.length)}`,
              en: `${at.en}: ${e.path} ${e.en.slice(prefix.length)}`,
            }
          : { zh: `${at.zh}的答案：${e.zh}`, en: `${at.en}: answers: ${e.en}` },
      )
    }
  })

  const checklistIndex = new Map<string, number>()
  file.checklist.forEach((c, i) => {
    const at = whereOf(value, 'checklist', i)
    const key = `${c.profileId}\u0000${c.itemId}`
    const first = checklistIndex.get(key)
    if (first !== undefined) {
      problems.push({
        zh: `${at.zh}与第 ${first + 1} 条重复（同一档案的同一事项）`,
        en: `${at.en} repeats checklist record ${first + 1} (same profile and item)`,
      })
    } else checklistIndex.set(key, i)
    if (!profileIndex.has(c.profileId)) {
      problems.push({
        zh: `${at.zh}指向文件中不存在的档案（${c.profileId}）`,
        en: `${at.en} refers to a profile that is not in the file (${c.profileId})`,
      })
    }
  })

  const attachmentIndex = new Map<string, number>()
  file.attachments.forEach((a, i) => {
    const at = whereOf(value, 'attachments', i)
    const first = attachmentIndex.get(a.id)
    if (first !== undefined) {
      const b = whereOf(value, 'attachments', first)
      problems.push({ zh: `${at.zh}的 id 与${b.zh}重复`, en: `${at.en} has the same id as ${b.en}` })
    } else attachmentIndex.set(a.id, i)
    if (!profileIndex.has(a.profileId)) {
      problems.push({
        zh: `${at.zh}指向文件中不存在的档案（${a.profileId}）`,
        en: `${at.en} refers to a profile that is not in the file (${a.profileId})`,
      })
    }
  })
  if (problems.length) return fail(...problems)

  // Orphans: records and files of items the app does not know are dropped (and counted).
  // With `packs`, each profile's own pack decides (issue 10: not every pack's items combined).
  const itemsByProfile = new Map<string, ReadonlySet<string>>()
  for (const p of file.profiles) {
    const pack = packOf(p)
    if (pack) itemsByProfile.set(p.id, new Set(pack.materials.map((m) => m.id)))
  }
  const known = (r: { profileId: string; itemId: string }) => {
    const own = itemsByProfile.get(r.profileId)
    if (own) return own.has(r.itemId)
    return !options.itemIds || options.itemIds.has(r.itemId)
  }
  const dropped = { checklist: 0, attachments: 0, attachmentBytes: 0 }
  for (const c of file.checklist) if (!known(c)) dropped.checklist++
  for (const a of file.attachments) {
    if (known(a)) continue
    dropped.attachments++
    dropped.attachmentBytes += a.size
  }

  // Step 5: the files' bytes. Lengths first (no decoding of a file that cannot be right). A dropped
  // file is still checked (a damaged file is refused whoever it belongs to), but not kept.
  const blobs: Blob[] = []
  for (const [i, a] of file.attachments.entries()) {
    const at = whereOf(value, 'attachments', i)
    const bytes = a.data.length % 4 === 0 && base64Length(a.data) === a.size ? base64ToBytes(a.data) : null
    if (!bytes) {
      problems.push(
        isBase64(a.data)
          ? {
              zh: `${at.zh}的数据长度与 size（${a.size} 字节）不符：文件已损坏`,
              en: `${at.en}: its data does not have size (${a.size}) bytes: the file is damaged`,
            }
          : {
              zh: `${at.zh}的数据不是有效的 base64：文件已损坏`,
              en: `${at.en}: its data is not valid base64: the file is damaged`,
            },
      )
      if (problems.length >= MAX_PROBLEMS) break
      continue
    }
    if ((await sha256Hex(bytes)) !== a.sha256) {
      problems.push({
        zh: `${at.zh}的内容与其 sha256 不符：文件已损坏或被修改`,
        en: `${at.en}: its content does not match its sha256: the file is damaged or was changed`,
      })
      if (problems.length >= MAX_PROBLEMS) break
      continue
    }
    if (known(a)) blobs[i] = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: a.type })
  }
  if (problems.length) return fail(...problems)

  // Step 6: everything else, as a whole.
  if ((await backupChecksum(value as unknown as BackupFile)) !== file.checksum) {
    return fail({
      zh: '文件的校验和不符：文件在导出后被修改过或已损坏，为安全起见不予导入。',
      en: 'The file’s checksum does not match: it was changed after export or is damaged, so it is not imported.',
    })
  }

  return {
    ok: true,
    backup: {
      createdAt: file.createdAt,
      dropped,
      appVersion: file.app.version,
      schemaVersion: file.db.schemaVersion,
      counts: counted,
      profiles: file.profiles.map((p, i) => ({
        id: p.id,
        name: p.name,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
        answers: answers[i]!,
        packId: p.packId ?? V1_PACK_ID,
        lastRoute: p.lastRoute,
        deletedAt: null,
      })),
      checklist: file.checklist
        .filter((c) => known(c))
        .map((c) => ({
          profileId: c.profileId,
          itemId: c.itemId,
          done: c.done,
          note: c.note,
          updatedAt: c.updatedAt,
        })),
      attachments: file.attachments.flatMap((a, i) => {
        if (!known(a)) return []
        const out: RestoredAttachment = {
          id: a.id,
          profileId: a.profileId,
          itemId: a.itemId,
          name: a.name,
          type: a.type,
          size: a.size,
          blob: blobs[i]!,
          createdAt: a.createdAt,
        }
        if (a.width !== undefined) out.width = a.width
        if (a.height !== undefined) out.height = a.height
        if (a.originalSize !== undefined) out.originalSize = a.originalSize
        return [out]
      }),
    },
  }
}
