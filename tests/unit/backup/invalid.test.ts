// @vitest-environment node
import 'fake-indexeddb/auto'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '@/db'
import {
  backupChecksum,
  BACKUP_LIMITS,
  createBackup,
  importBackupFile,
  readBackupFile,
  serializeBackup,
  type BackupFile,
} from '@/backup'
import { bytesToBase64 } from '@/backup/encoding'
import { bytesOf, dump, profile, resetDb, seed } from './helpers'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** A valid backup of the seed data (made once), as text. */
let validText = ''
beforeAll(async () => {
  await resetDb()
  await seed()
  validText = serializeBackup(await createBackup(db, { now: new Date('2025-03-01T06:30:00Z') }))
})

beforeEach(async () => {
  await resetDb()
  await seed()
})

const fileOf = (text: string | Uint8Array) => new Blob([text as BlobPart], { type: 'application/json' })

/** The valid file with a change made to its JSON. */
function edited(change: (f: Json) => void): string {
  const f = JSON.parse(validText) as Json
  change(f)
  return JSON.stringify(f)
}

/** The valid file with a change, and its checksum made right again (so only the change is wrong). */
async function editedSigned(change: (f: Json) => void): Promise<string> {
  const f = JSON.parse(validText) as Json
  change(f)
  f.checksum = await backupChecksum(f as BackupFile)
  return JSON.stringify(f)
}

interface Case {
  name: string
  text: () => string | Uint8Array | Promise<string>
  zh: RegExp
  en: RegExp
}

const CASES: Case[] = [
  {
    name: 'not JSON (plain text)',
    text: () => 'hello, this is a note',
    zh: /不是 JSON 格式的备份文件/,
    en: /not a JSON backup/,
  },
  {
    name: 'not JSON (a photo chosen by mistake)',
    text: () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]),
    zh: /不是 JSON/,
    en: /not a JSON backup/,
  },
  { name: 'JSON but a list', text: () => '[1, 2, 3]', zh: /内容不是 JSON 对象/, en: /not a JSON object/ },
  { name: 'JSON but null', text: () => 'null', zh: /内容不是 JSON 对象/, en: /not a JSON object/ },
  { name: 'an empty file', text: () => '', zh: /文件是空的/, en: /empty/ },
  {
    name: 'another app’s JSON',
    text: () => '{"format":"excalidraw","version":2}',
    zh: /不是本应用的备份文件/,
    en: /not a backup from this app/,
  },
  {
    name: 'an answers file instead of a backup',
    text: () => '{"version":1,"track":"engineer"}',
    zh: /不是本应用的备份文件/,
    en: /not a backup from this app/,
  },
  {
    name: 'a future version',
    text: () => edited((f) => (f.version = 3)),
    zh: /此备份来自更新版本的应用.*请先更新本应用/,
    en: /from a newer app.*Update the app first/,
  },
  {
    name: 'a version that is not a number',
    text: () => edited((f) => (f.version = '1')),
    zh: /版本号无效："1"/,
    en: /version is invalid: "1"/,
  },
  {
    name: 'a missing list',
    text: () => edited((f) => delete f.profiles),
    zh: /^文件缺少 profiles$/,
    en: /^The file is missing profiles$/,
  },
  {
    name: 'a missing field in a profile',
    text: () => edited((f) => delete f.profiles[1].name),
    zh: /^第 2 个档案缺少 name$/,
    en: /^profile 2: name is missing$/,
  },
  {
    name: 'a missing file manifest field',
    text: () => edited((f) => delete f.app.version),
    zh: /文件缺少 app\.version/,
    en: /^The file is missing app\.version$/,
  },
  {
    name: 'a wrong type (time as text)',
    text: () => edited((f) => (f.profiles[0].createdAt = 'yesterday')),
    zh: /^第 1 个档案「张三 · 计量」的 createdAt 应为数字$/,
    en: /^profile 1 \("张三 · 计量"\): createdAt must be a number$/,
  },
  {
    name: 'a wrong type (tick as text)',
    text: () => edited((f) => (f.checklist[0].done = 'yes')),
    zh: /^第 1 条清单记录的 done 应为 true 或 false$/,
    en: /^checklist record 1: done must be true or false$/,
  },
  {
    name: 'an unknown field',
    text: () => edited((f) => (f.profiles[0].isAdmin = true)),
    zh: /第 1 个档案「张三 · 计量」有未知字段 isAdmin/,
    en: /unknown field isAdmin/,
  },
  {
    name: 'an impossible date in the answers',
    text: () => edited((f) => (f.profiles[1].answers.birthDate = '1990-02-30')),
    zh: /^第 2 个档案「Li Si」的 birthDate 应为真实存在的日期/,
    en: /^profile 2 \("Li Si"\): birthDate must be a real calendar date/,
  },
  {
    name: 'an answer out of range',
    text: () => edited((f) => (f.profiles[0].answers.ceHours['2023'].professional = -5)),
    zh: /第 1 个档案「张三 · 计量」的 ceHours\.2023\.professional 不能为负数/,
    en: /ceHours\.2023\.professional cannot be negative/,
  },
  {
    name: 'answers from a newer app',
    text: () => edited((f) => (f.profiles[0].answers.version = 4)),
    zh: /^第 1 个档案「张三 · 计量」的答案：此文件为第 4 版格式.*请先更新本应用/,
    en: /^profile 1 \("张三 · 计量"\): answers: this file uses format version 4.*update this app first/,
  },
  {
    name: 'a truncated file',
    text: () => validText.slice(0, Math.floor(validText.length / 2)),
    zh: /备份文件不完整/,
    en: /incomplete/,
  },
  {
    name: 'a truncated file (cut inside the manifest)',
    text: () => validText.slice(0, 60),
    zh: /备份文件不完整/,
    en: /incomplete/,
  },
  {
    name: 'duplicate profile ids',
    text: () => edited((f) => (f.profiles[1].id = f.profiles[0].id)),
    zh: /第 2 个档案「Li Si」的 id 与第 1 个档案「张三 · 计量」重复/,
    en: /profile 2 \("Li Si"\) has the same id as profile 1/,
  },
  {
    name: 'duplicate attachment ids',
    text: () => edited((f) => (f.attachments[1].id = f.attachments[0].id)),
    zh: /第 2 个附件「a2\.jpg」的 id 与第 1 个附件「a1\.jpg」重复/,
    en: /attachment 2 \("a2\.jpg"\) has the same id as attachment 1/,
  },
  {
    name: 'duplicate checklist records',
    text: () => edited((f) => (f.checklist[1].itemId = f.checklist[0].itemId)),
    zh: /第 2 条清单记录与第 1 条重复/,
    en: /checklist record 2 repeats checklist record 1/,
  },
  {
    name: 'an attachment pointing at a missing profile',
    text: () => edited((f) => (f.attachments[0].profileId = 'nobody')),
    zh: /第 1 个附件「a1\.jpg」指向文件中不存在的档案（nobody）/,
    en: /attachment 1 \("a1\.jpg"\) refers to a profile that is not in the file \(nobody\)/,
  },
  {
    name: 'a checklist record pointing at a missing profile',
    text: () => edited((f) => (f.checklist[2].profileId = 'gone')),
    zh: /第 3 条清单记录指向文件中不存在的档案（gone）/,
    en: /refers to a profile that is not in the file/,
  },
  {
    name: 'bad base64',
    text: () => edited((f) => (f.attachments[0].data = `!!${f.attachments[0].data.slice(2)}`)),
    zh: /第 1 个附件「a1\.jpg」的数据不是有效的 base64/,
    en: /not valid base64/,
  },
  {
    name: 'base64 of the wrong length (cut short)',
    text: () => edited((f) => (f.attachments[1].data = f.attachments[1].data.slice(0, 4000))),
    zh: /第 2 个附件「a2\.jpg」的数据长度与 size（310000 字节）不符/,
    en: /does not have size \(310000\) bytes/,
  },
  {
    name: 'a changed byte (sha256 mismatch)',
    text: () =>
      edited((f) => {
        const bytes = Buffer.from(f.attachments[0].data, 'base64')
        bytes[1000] = bytes[1000]! ^ 0xff
        f.attachments[0].data = bytesToBase64(bytes)
      }),
    zh: /第 1 个附件「a1\.jpg」的内容与其 sha256 不符/,
    en: /does not match its sha256/,
  },
  {
    name: 'a checksum mismatch (a note edited by hand)',
    text: () => edited((f) => (f.checklist[0].note = '改过')),
    zh: /校验和不符/,
    en: /checksum does not match/,
  },
  {
    name: 'counts that disagree with the content',
    text: () => edited((f) => (f.counts.profiles = 3)),
    zh: /counts\.profiles 为 3，实际内容为 2/,
    en: /counts\.profiles is 3 but the file holds 2/,
  },
  {
    name: '__proto__ key (prototype pollution)',
    text: () => validText.replace('"answers": {', '"answers": { "__proto__": { "polluted": true },'),
    zh: /不允许的字段名 "__proto__"（位置：profiles\.0\.answers\.__proto__）/,
    en: /forbidden key "__proto__"/,
  },
  {
    name: 'constructor key',
    text: () => validText.replace('"app": {', '"app": { "constructor": { "prototype": { "x": 1 } },'),
    zh: /不允许的字段名 "constructor"/,
    en: /forbidden key "constructor"/,
  },
  {
    name: 'an HTML page disguised as evidence',
    text: () => editedSigned((f) => (f.attachments[0].type = 'text/html')),
    zh: /第 1 个附件「a1\.jpg」的 type 不是支持的文件类型/,
    en: /is not a supported file type/,
  },
  {
    name: 'a lastRoute leaving the app',
    text: () => editedSigned((f) => (f.profiles[0].lastRoute = '//evil.example/x')),
    zh: /lastRoute 应为本应用内的路径/,
    en: /lastRoute must be a path inside this app/,
  },
  {
    name: 'a file claimed larger than the per-file limit',
    text: () => edited((f) => (f.attachments[0].size = BACKUP_LIMITS.attachmentBytes + 1)),
    zh: /的 size 超过单个文件的上限 25 MB/,
    en: /size is over the limit of 25 MB/,
  },
  {
    name: 'too many profiles',
    text: () =>
      edited((f) => {
        f.profiles = Array.from({ length: BACKUP_LIMITS.profiles + 1 }, (_, i) => ({ ...f.profiles[0], id: `x${i}` }))
      }),
    zh: /档案过多（最多 500）/,
    en: /too many profiles \(at most 500\)/,
  },
  {
    name: 'nesting deep enough to hurt',
    text: () =>
      edited((f) => {
        let o: Json = {}
        f.profiles[0].answers.deep = o
        for (let i = 0; i < 60; i++) o = o.next = {}
      }),
    zh: /嵌套过深/,
    en: /nested too deeply/,
  },
]

describe('an invalid file is refused with a clear message, and nothing changes', () => {
  it.each(CASES)('$name', async ({ text, zh, en }) => {
    const before = await dump()
    const beforeBytes = await bytesOf()
    const result = await importBackupFile(db, fileOf(await text()), 'replace')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.stage).toBe('read')
    const first = result.problems[0]!
    expect(first.zh).toMatch(zh)
    expect(first.en).toMatch(en)
    expect(await dump()).toEqual(before)
    const afterBytes = await bytesOf()
    for (const [id, bytes] of beforeBytes) expect(afterBytes.get(id)!.equals(bytes)).toBe(true)
  })

  it('the prototype of every object stays clean', async () => {
    await importBackupFile(
      db,
      fileOf(validText.replace('"answers": {', '"answers": { "__proto__": { "polluted": true },')),
      'merge',
    )
    expect(({} as Json).polluted).toBeUndefined()
  })

  it('a file over the size limit is refused before a byte is read', async () => {
    const text = vi.fn(() => Promise.resolve(validText))
    const huge = { size: BACKUP_LIMITS.fileBytes + 1, text, arrayBuffer: text } as unknown as Blob
    const before = await dump()
    const result = await readBackupFile(huge)
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { zh: expect.stringMatching(/文件过大（200\.0 MB|文件过大（200 MB/), en: expect.stringMatching(/too large/) },
      ],
    })
    expect(text).not.toHaveBeenCalled()
    expect(await dump()).toEqual(before)
  })

  it('a file the browser can no longer read gives a message, not an exception', async () => {
    const gone = {
      size: 10,
      text: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
    } as unknown as Blob
    expect(await readBackupFile(gone)).toMatchObject({
      ok: false,
      problems: [{ zh: expect.stringContaining('NotReadableError') }],
    })
  })

  it('lists several problems at once (up to a limit), each naming its place', async () => {
    const result = await readBackupFile(
      fileOf(
        edited((f) => {
          f.profiles[0].createdAt = 'x'
          f.profiles[1].name = ''
          f.checklist[0].note = 7
        }),
      ),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => p.zh)).toEqual([
      '第 1 个档案「张三 · 计量」的 createdAt 应为数字',
      '第 2 个档案的 name 不能为空',
      '第 1 条清单记录的 note 应为文本',
    ])
  })

  it('control: the checks do not refuse a valid file, nor one edited consistently (checksum redone)', async () => {
    expect((await readBackupFile(fileOf(validText))).ok).toBe(true)
    const renamed = await editedSigned((f) => (f.profiles[0].name = '改名后'))
    const result = await readBackupFile(fileOf(renamed))
    expect(result.ok && result.backup.profiles[0]!.name).toBe('改名后')
  })

  it('control: the future-version message wins over every other problem of the file', async () => {
    const result = await readBackupFile(
      fileOf(
        edited((f) => {
          f.version = 3
          f.profiles = 'whatever the new format holds'
        }),
      ),
    )
    expect(result).toMatchObject({ ok: false, problems: [{ en: expect.stringMatching(/version 3/) }] })
  })
})

describe('profile sample', () => {
  it('the sample profile is itself valid (otherwise the cases above prove nothing)', async () => {
    await resetDb()
    await db.profiles.add(profile('only'))
    const text = serializeBackup(await createBackup(db))
    expect((await readBackupFile(fileOf(text))).ok).toBe(true)
  })
})
