/**
 * Backup and restore in the built app on a phone (390×844, a fresh context per test): a self-check
 * with ticks and two photos exported on one "phone" comes back on another, offline, byte for byte;
 * bad files are refused with a message and change nothing; replace; axe in both languages. Storage
 * failures end to end: a browser that refuses IndexedDB (private mode) and an upgrade blocked by
 * another tab.
 */
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'
import {
  ENGINEER_NORMAL,
  answerCurrentPage,
  pressNext,
  profileIdOf,
  selfCheck,
  setLanguage,
  startSelfCheck,
} from './flows'
import { recordRequests, foreignUrls, waitForServiceWorkerControl } from './pwa-support'

interface Snapshot {
  profiles: { id: string; name: string; answers: unknown; updatedAt: number; deletedAt: number | null }[]
  checklist: { profileId: string; itemId: string; done: boolean; note: string }[]
  attachments: {
    id: string
    profileId: string
    itemId: string
    name: string
    type: string
    size: number
    width?: number
    height?: number
    blobSize: number
    sha256: string
  }[]
}

/** Everything the app stored, read straight from IndexedDB (files as size + SHA-256 of the blob). */
async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('zhicheng-self-check')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll()
        req.onsuccess = () => resolve(req.result as T[])
        req.onerror = () => reject(req.error)
      })
    const profiles = await all<Snapshot['profiles'][number] & Record<string, unknown>>('profiles')
    const checklist = await all<Snapshot['checklist'][number] & Record<string, unknown>>('checklist')
    const files = await all<Record<string, unknown> & { blob: Blob }>('attachments')
    db.close()
    const hex = async (blob: Blob) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()))]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('')
    return {
      profiles: profiles
        .map((p) => ({ id: p.id, name: p.name, answers: p.answers, updatedAt: p.updatedAt, deletedAt: p.deletedAt }))
        .sort((a, b) => a.id.localeCompare(b.id)),
      checklist: checklist
        .map((c) => ({ profileId: c.profileId, itemId: c.itemId, done: c.done, note: c.note }))
        .sort((a, b) => a.itemId.localeCompare(b.itemId)),
      attachments: (
        await Promise.all(
          files.map(async ({ blob, ...f }) => ({
            id: f.id as string,
            profileId: f.profileId as string,
            itemId: f.itemId as string,
            name: f.name as string,
            type: f.type as string,
            size: f.size as number,
            width: f.width as number | undefined,
            height: f.height as number | undefined,
            blobSize: blob.size,
            sha256: await hex(blob),
          })),
        )
      ).sort((a, b) => a.id.localeCompare(b.id)),
    }
  })
}

/** A camera-like photo made with a canvas (paper, a seal, text, sensor noise), as PNG bytes. */
async function makePhoto(page: Page, width: number, height: number, seed: number): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ({ width, height, seed }) => {
      const canvas = new OffscreenCanvas(width, height)
      const ctx = canvas.getContext('2d')!
      ctx.fillStyle = '#6b5b4a'
      ctx.fillRect(0, 0, width, height)
      ctx.fillStyle = '#fbf8f0'
      ctx.fillRect(width * 0.1, height * 0.08, width * 0.8, height * 0.84)
      ctx.fillStyle = '#c8102e'
      ctx.beginPath()
      ctx.arc(width * 0.7, height * 0.7, height * 0.1, 0, Math.PI * 2)
      ctx.fill()
      ctx.fillStyle = '#222'
      ctx.font = `${Math.round(height / 30)}px sans-serif`
      for (let i = 0; i < 14; i++)
        ctx.fillText(`证书编号 2024-0187-${seed}-${i} · 计量 · 宁波`, width * 0.15, height * (0.2 + i * 0.045))
      let x = seed * 9973
      const rand = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648
      for (let y = 0; y < height; y += 256) {
        const h = Math.min(256, height - y)
        const img = ctx.getImageData(0, y, width, h)
        for (let i = 0; i < img.data.length; i += 4) {
          const n = (rand() - 0.5) * 24
          img.data[i] = img.data[i]! + n
          img.data[i + 1] = img.data[i + 1]! + n
          img.data[i + 2] = img.data[i + 2]! + n
        }
        ctx.putImageData(img, 0, y)
      }
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer())
      let s = ''
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return btoa(s)
    },
    { width, height, seed },
  )
  return Buffer.from(b64, 'base64')
}

const importInput = (page: Page) => page.getByLabel(/^(从备份文件恢复…|Restore from a backup file…)$/)
const status = (page: Page) => page.getByTestId('backup-status')

/** Settings → export; returns the downloaded file's name and bytes. */
async function exportBackup(page: Page): Promise<{ name: string; bytes: Buffer }> {
  await page.goto('/settings#backup')
  await expect(page.getByRole('heading', { level: 2, name: '备份与恢复' })).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出备份文件' }).click()
  const file = await download
  const bytes = await readFile((await file.path())!)
  await expect(status(page)).toContainText(`已导出 ${file.suggestedFilename()}`)
  return { name: file.suggestedFilename(), bytes }
}

/** Settings → restore → the check → the dialog (left open). */
async function chooseFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.goto('/settings')
  await importInput(page).setInputFiles({ name, mimeType: 'application/json', buffer: bytes })
}

test('a self-check with ticks, a note and two photos, exported on one phone, comes back on another — offline, byte for byte', async ({
  browser,
  baseURL,
}) => {
  test.slow() // two phones, a whole self-check, two photos
  // ---- phone A ----
  const a = await browser.newContext()
  const pageA = await a.newPage()
  await selfCheck(pageA, ENGINEER_NORMAL)
  const verdict = (await pageA.locator('#verdict-title').textContent())!.trim()
  const profileId = profileIdOf(pageA)
  await pageA.goto(`/p/${profileId}/checklist`)
  const form = pageA.locator('article[data-item="paper-evaluation-form"]')
  await form.getByRole('checkbox').check()
  await form.locator('.item__toggle').click()
  await pageA.locator('#item-paper-evaluation-form-note').fill('已打印 A3，待单位盖章')
  for (const [i, name] of ['证书.png', '毕业证.png'].entries()) {
    await pageA
      .getByTestId('files-paper-evaluation-form')
      .setInputFiles({ name, mimeType: 'image/png', buffer: await makePhoto(pageA, 3000, 2000, i + 1) })
    await expect(form.getByTestId('attachment')).toHaveCount(i + 1)
  }
  await waitForServiceWorkerControl(pageA)
  const before = await snapshot(pageA)
  expect(before.attachments).toHaveLength(2)
  expect(before.attachments.every((f) => f.type === 'image/jpeg' && f.width === 1600)).toBe(true)

  // Exported offline: no network at all.
  await a.setOffline(true)
  const requestsA = recordRequests(a, pageA)
  const { name, bytes } = await exportBackup(pageA)
  expect(name).toMatch(/^zhicheng-backup-\d{4}-\d{2}-\d{2}\.json$/)
  await expect(pageA.getByTestId('last-backup')).toContainText('上次备份：')
  const file = JSON.parse(bytes.toString('utf8'))
  expect(file).toMatchObject({
    format: 'zhicheng-self-check-backup',
    version: 2,
    counts: { profiles: 1, attachments: 2 },
  })
  const photos = before.attachments.reduce((s, f) => s + f.size, 0)
  console.info(`backup of 1 profile with 2 photos (${photos} B stored): ${bytes.length} B`)
  expect(bytes.length).toBeLessThan(photos * 1.34 + 20_000)
  expect(foreignUrls(requestsA.urls, new URL(baseURL!).origin)).toEqual([])
  await a.close()

  // ---- phone B: a fresh browser with the app installed, then offline ----
  const b = await browser.newContext()
  const pageB = await b.newPage()
  await pageB.goto('/')
  await waitForServiceWorkerControl(pageB)
  await b.setOffline(true)
  const requestsB = recordRequests(b, pageB)
  await chooseFile(pageB, name, bytes)
  const dialog = pageB.getByRole('dialog', { name: '恢复备份' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('backup-summary')).toContainText(`${name} 备份于`)
  await expect(dialog.getByTestId('backup-summary')).toContainText('包含 1 份档案、1 条清单记录、2 个照片/文件')
  await expect(dialog.getByRole('listitem')).toHaveText(['我的申报 1'])
  await expect(dialog.getByRole('radio', { name: /合并（推荐）/ })).toBeChecked()
  await dialog.getByRole('button', { name: '合并导入' }).click()
  await expect(status(pageB)).toContainText('导入完成：新增 1 份档案')
  expect(foreignUrls(requestsB.urls, new URL(baseURL!).origin)).toEqual([])

  // Same data, same bytes.
  const after = await snapshot(pageB)
  expect(after).toEqual(before)

  // The imported profile is the current one: home offers to continue it (not to start a new one).
  await pageB.goto('/')
  await expect(pageB.getByText('当前档案：我的申报 1')).toBeVisible()
  await expect(pageB.getByRole('button', { name: '继续上次进度' })).toBeVisible()
  // Same profile in the list, same verdict on the results, the tick, the note and the photos.
  await pageB.goto('/profiles')
  await expect(pageB.getByRole('heading', { level: 2, name: '我的申报 1' })).toBeVisible()
  await pageB.goto(`/p/${profileId}/results`)
  await expect(pageB.locator('#verdict-title')).toHaveText(verdict)
  await pageB.goto(`/p/${profileId}/checklist`)
  const formB = pageB.locator('article[data-item="paper-evaluation-form"]')
  await expect(formB.getByRole('checkbox')).toBeChecked()
  await expect(pageB.locator('#item-paper-evaluation-form-note')).toHaveValue('已打印 A3，待单位盖章')
  await expect(formB.getByTestId('attachment')).toHaveCount(2)
  await expect(formB.getByTestId('attachment').first().locator('img')).toHaveJSProperty('complete', true)
  await b.close()
})

test('a bad, truncated or future-version file gives a clear message and changes nothing', async ({ page }) => {
  await startSelfCheck(page)
  await answerCurrentPage(page, ENGINEER_NORMAL)
  await pressNext(page)
  const { name, bytes } = await exportBackup(page)
  const before = await snapshot(page)
  const valid = JSON.parse(bytes.toString('utf8'))

  const cases: [string, Buffer, RegExp][] = [
    ['photo.json', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), /这不是 JSON 格式的备份文件/],
    [name, bytes.subarray(0, Math.floor(bytes.length / 2)), /备份文件不完整/],
    ['future.json', Buffer.from(JSON.stringify({ ...valid, version: 3 })), /此备份来自更新版本的应用.*请先更新本应用/],
    ['other.json', Buffer.from('{"type":"excalidraw","version":2}'), /这不是本应用的备份文件/],
    [
      'date.json',
      Buffer.from(
        JSON.stringify({
          ...valid,
          profiles: [{ ...valid.profiles[0], answers: { ...valid.profiles[0].answers, birthDate: '1990-02-30' } }],
        }),
      ),
      /第 1 个档案「我的申报 1」的 birthDate 应为真实存在的日期/,
    ],
  ]
  for (const [fileName, content, message] of cases) {
    await chooseFile(page, fileName, content)
    const alert = page.getByTestId('backup-error')
    await expect(alert, fileName).toHaveAttribute('role', 'alert')
    await expect(alert, fileName).toContainText(`无法导入 ${fileName}`)
    await expect(alert, fileName).toContainText(message)
    await expect(alert, fileName).toContainText('本机数据没有任何改动。')
    await expect(page.getByRole('dialog')).toBeHidden()
  }
  expect(await snapshot(page)).toEqual(before)

  // The same in English.
  await setLanguage(page, 'en-US')
  await chooseFile(page, 'future.json', Buffer.from(JSON.stringify({ ...valid, version: 3 })))
  await expect(page.getByTestId('backup-error')).toContainText('This backup is from a newer app')
  await expect(page.getByTestId('backup-error')).toContainText('Nothing on this device was changed.')
})

test('replace asks first, then the device holds exactly the file; cancel changes nothing', async ({ page }) => {
  await startSelfCheck(page)
  const { name, bytes } = await exportBackup(page) // one profile, "我的申报 1"
  const exported = await snapshot(page)
  // Another profile appears on the device after the backup.
  await page.goto('/profiles')
  await page.getByRole('button', { name: '新建档案' }).click()
  await expect(page.getByRole('heading', { level: 2, name: '我的申报 2' })).toBeVisible()
  const withTwo = await snapshot(page)

  await chooseFile(page, name, bytes)
  let dialog = page.getByRole('dialog', { name: '恢复备份' })
  await dialog.getByRole('radio', { name: /全部替换/ }).check()
  await expect(dialog).toContainText('删除本机现有的 2 份档案')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(status(page)).toHaveText('已取消，本机数据没有任何改动。')
  await expect(importInput(page)).toBeFocused()
  expect(await snapshot(page)).toEqual(withTwo)

  // The phone's Back is Cancel too (the dialog is the app's one ConfirmDialog).
  await chooseFile(page, name, bytes)
  dialog = page.getByRole('dialog', { name: '恢复备份' })
  await expect(dialog).toBeVisible()
  await expect(status(page)).not.toHaveText('已取消，本机数据没有任何改动。')
  await page.goBack()
  await expect(dialog).toBeHidden()
  await expect(page).toHaveURL(/\/settings$/)
  await expect(status(page)).toHaveText('已取消，本机数据没有任何改动。')
  expect(await snapshot(page)).toEqual(withTwo)

  await chooseFile(page, name, bytes)
  dialog = page.getByRole('dialog', { name: '恢复备份' })
  await dialog.getByRole('radio', { name: /全部替换/ }).check()
  await dialog.getByRole('button', { name: '替换本机数据' }).click()
  await expect(status(page)).toHaveText('导入完成：本机数据已替换为备份中的 1 份档案（0 个照片/文件）。')
  expect((await snapshot(page)).profiles.map((p) => p.name)).toEqual(exported.profiles.map((p) => p.name))
  await page.goto('/profiles')
  await expect(page.getByRole('heading', { level: 2, name: '我的申报 1' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: '我的申报 2' })).toBeHidden()
})

test('the disk fills up half-way through a replace: a clear message, and Chromium rolls everything back', async ({
  page,
}) => {
  await startSelfCheck(page)
  const { name, bytes } = await exportBackup(page)
  await page.goto('/profiles')
  await page.getByRole('button', { name: '新建档案' }).click()
  await expect(page.getByRole('heading', { level: 2, name: '我的申报 2' })).toBeVisible()
  const before = await snapshot(page)

  await chooseFile(page, name, bytes)
  const dialog = page.getByRole('dialog', { name: '恢复备份' })
  await dialog.getByRole('radio', { name: /全部替换/ }).check()
  // The tables are cleared first; then writing the profiles hits a full disk.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'profiles') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    }
  })
  await dialog.getByRole('button', { name: '替换本机数据' }).click()
  const alert = page.getByTestId('backup-error')
  await expect(alert).toContainText('导入失败')
  await expect(alert).toContainText('本机数据保持原样，没有任何改动。原因：手机存储空间不足')
  expect(await snapshot(page)).toEqual(before)
  await page.reload()
  await page.goto('/profiles')
  await expect(page.getByRole('heading', { level: 2, name: '我的申报 2' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: '我的申报 1' })).toBeVisible()
})

test('/settings#backup (linked from the storage status) brings the section into view', async ({ page }) => {
  await page.goto('/settings')
  await page.getByRole('link', { name: '备份与恢复' }).click()
  await expect(page).toHaveURL(/\/settings#backup$/)
  await expect(page.getByRole('heading', { level: 2, name: '备份与恢复' })).toBeInViewport()
  await page.goto('/')
  await page.goto('/settings#backup')
  await expect(page.getByRole('heading', { level: 2, name: '备份与恢复' })).toBeFocused()
  await expect(page.getByRole('heading', { level: 2, name: '备份与恢复' })).toBeInViewport()
})

test('axe: the backup section, its dialog and an error, in both languages', async ({ page }) => {
  await startSelfCheck(page)
  const { name, bytes } = await exportBackup(page)
  for (const lang of ['zh-CN', 'en-US'] as const) {
    await setLanguage(page, lang)
    await page.goto('/settings#backup')
    await expect(page.getByTestId('backup-section')).toBeVisible()
    await page.evaluate(() => window.scrollTo(0, 0))
    await expectNoAxeViolations(page)

    await importInput(page).setInputFiles({ name, mimeType: 'application/json', buffer: bytes })
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    await page.waitForTimeout(350) // Vant's dialog transition
    await expectNoAxeViolations(page)
    await dialog.getByRole('button', { name: lang === 'zh-CN' ? '取消' : 'Cancel' }).click()
    await expect(dialog).toBeHidden()

    await importInput(page).setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"zhicheng-self-check-backup","version":9}'),
    })
    await expect(page.getByTestId('backup-error')).toBeVisible()
    await page.evaluate(() => window.scrollTo(0, 0))
    await expectNoAxeViolations(page)
  }
})

test('private mode: IndexedDB refused → the app says nothing will be kept, the self-check works in memory, a backup can still be exported', async ({
  page,
}) => {
  // What Firefox with site data blocked (and old private modes) do: opening IndexedDB throws.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
  })
  await page.goto('/')
  const banner = page.getByTestId('memory-mode')
  await expect(banner).toContainText('本次填写的内容不会保存')
  await expect(banner).toContainText('无痕/隐私浏览模式')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expectNoAxeViolations(page)

  // The self-check works (answers are kept while the page is open).
  await startSelfCheck(page)
  await answerCurrentPage(page, ENGINEER_NORMAL)
  await pressNext(page)
  await page.getByRole('link', { name: '导出备份' }).click()
  await expect(page).toHaveURL(/\/settings#backup$/)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出备份文件' }).click()
  const file = JSON.parse((await readFile((await (await download).path())!)).toString('utf8'))
  expect(file.profiles).toHaveLength(1)
  expect(file.profiles[0].answers).toMatchObject({ track: 'engineer', specialty: 'metrology' })
  await expect(banner).toBeVisible()
})

test('an upgrade blocked by another tab: a banner asks to close it, then the app opens with nothing lost', async ({
  context,
  page,
}) => {
  // Another tab of a much older build holds the database open at version 1 and ignores requests to close.
  const old = await context.newPage()
  await old.goto('/robots.txt')
  await old.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('zhicheng-self-check', 1)
        req.onsuccess = () => {
          ;(window as unknown as { held: IDBDatabase }).held = req.result
          resolve()
        }
        req.onerror = () => reject(req.error)
      }),
  )
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('升级被阻止。请关闭其他标签页后刷新本页面。')
  await old.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close())
  await expect(page.getByRole('heading', { level: 1, name: '职称申报自评助手' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await startSelfCheck(page)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect((await snapshot(page)).profiles).toHaveLength(1)
})
