/**
 * The materials checklist and the timeline, in the built app on a phone (390×844, fresh context per
 * test): ticks, notes and photos survive a reload and work offline; an item removed by a changed
 * answer keeps its tick aside and gets it back; the print view; the deadline states against a fixed
 * device date; axe in both languages. Also measures what a typical camera photo costs once stored.
 */
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'
import {
  ENGINEER_NORMAL,
  answerCurrentPage,
  pressNext,
  profileIdOf,
  selfCheck,
  setLanguage,
  type Applicant,
} from './flows'
import { waitForServiceWorkerControl } from './pwa-support'

/** A public-institution engineer: the checklist then has the post-information form (岗位信息表). */
const PUBLIC_ENGINEER: Applicant = { ...ENGINEER_NORMAL, unitType: 'public-institution' }

const item = (page: Page, id: string) => page.locator(`article[data-item="${id}"]`)
const tick = (page: Page, id: string) => item(page, id).getByRole('checkbox')
const note = (page: Page, id: string) => page.locator(`#item-${id}-note`)
const files = (page: Page, id: string) => item(page, id).getByTestId('attachment')

async function openChecklist(page: Page): Promise<string> {
  const id = profileIdOf(page)
  await page.goto(`/p/${id}/checklist`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('section[data-group="platform"]')).toBeVisible()
  return id
}

/** Opens an item's "note and photos" panel (if closed). */
async function openPanel(page: Page, id: string): Promise<void> {
  const toggle = item(page, id).locator('.item__toggle')
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await expect(note(page, id)).toBeVisible()
}

/**
 * An image made in the page with a canvas: a camera-like scene (gradients, shapes, text) with noise,
 * encoded as `type`. Returned as bytes for `setInputFiles`.
 */
async function makeImage(
  page: Page,
  width: number,
  height: number,
  type: 'image/png' | 'image/jpeg',
  quality = 0.92,
  noise = 0,
): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ({ width, height, type, quality, noise }) => {
      const canvas = new OffscreenCanvas(width, height)
      const ctx = canvas.getContext('2d')!
      const sky = ctx.createLinearGradient(0, 0, 0, height)
      sky.addColorStop(0, '#8fb8e8')
      sky.addColorStop(0.6, '#e8eef5')
      sky.addColorStop(1, '#6b5b4a')
      ctx.fillStyle = sky
      ctx.fillRect(0, 0, width, height)
      // A certificate on a desk: paper, a red seal, lines of text.
      ctx.fillStyle = '#fbf8f0'
      ctx.fillRect(width * 0.15, height * 0.1, width * 0.7, height * 0.8)
      ctx.fillStyle = '#c8102e'
      ctx.beginPath()
      ctx.arc(width * 0.7, height * 0.7, height * 0.1, 0, Math.PI * 2)
      ctx.fill()
      ctx.fillStyle = '#222'
      ctx.font = `${Math.round(height / 14)}px sans-serif`
      ctx.fillText('专业技术职务任职资格证书', width * 0.22, height * 0.25)
      ctx.font = `${Math.round(height / 30)}px sans-serif`
      for (let i = 0; i < 12; i++)
        ctx.fillText('持证人 ·  专业 质量  ·  编号 2024-0187-' + i, width * 0.22, height * (0.35 + i * 0.04))
      if (noise > 0) {
        // Sensor noise, row band by row band (a 12 MP ImageData at once is heavy).
        const band = 256
        for (let y = 0; y < height; y += band) {
          const h = Math.min(band, height - y)
          const img = ctx.getImageData(0, y, width, h)
          const d = img.data
          for (let i = 0; i < d.length; i += 4) {
            const n = (Math.random() - 0.5) * noise
            d[i] = d[i]! + n
            d[i + 1] = d[i + 1]! + n
            d[i + 2] = d[i + 2]! + n
          }
          ctx.putImageData(img, 0, y)
        }
      }
      const blob = await canvas.convertToBlob({ type, quality })
      const bytes = new Uint8Array(await blob.arrayBuffer())
      let s = ''
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return btoa(s)
    },
    { width, height, type, quality, noise },
  )
  return Buffer.from(b64, 'base64')
}

/** What IndexedDB holds for the profile's attachments (sizes and dimensions, not the bytes). */
async function storedAttachments(page: Page): Promise<
  {
    itemId: string
    name: string
    type: string
    size: number
    blobSize: number
    width?: number
    height?: number
    originalSize?: number
  }[]
> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('zhicheng-self-check')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const req = open.result.transaction('attachments').objectStore('attachments').getAll()
          req.onerror = () => reject(req.error)
          req.onsuccess = () => {
            open.result.close()
            resolve(
              (
                req.result as {
                  itemId: string
                  name: string
                  type: string
                  size: number
                  blob: Blob
                  width?: number
                  height?: number
                  originalSize?: number
                  createdAt: number
                }[]
              )
                .sort((a, b) => a.createdAt - b.createdAt)
                .map((r) => ({
                  itemId: r.itemId,
                  name: r.name,
                  type: r.type,
                  size: r.size,
                  blobSize: r.blob.size,
                  width: r.width,
                  height: r.height,
                  originalSize: r.originalSize,
                })),
            )
          }
        }
      }),
  )
}

/** axe with the page scrolled to the top (the sticky header would cover targets scrolled under it). */
async function axe(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await expectNoAxeViolations(page)
}

test('ticks, a note and a downscaled photo survive a reload; a bad file is refused with a reason', async ({ page }) => {
  await selfCheck(page, PUBLIC_ENGINEER)
  // The results page links to the checklist.
  await page.getByRole('link', { name: '材料清单' }).click()
  await expect(page).toHaveURL(/\/checklist$/)
  await expect(page.getByRole('heading', { level: 1, name: '材料清单' })).toBeFocused()
  await expect(page.getByTestId('readiness')).toContainText('符合条件，材料准备中')
  const progress = page.getByTestId('readiness').locator('label[for="ready-progress"]')
  const total = Number(/\/ (\d+)/.exec((await progress.textContent())!)![1])
  await expect(progress).toHaveText(`0 / ${total} 项已准备`)

  // Paper material with its copies and the notice's detail; why it applies; the clause sheet.
  const form = item(page, 'paper-evaluation-form')
  await expect(form).toContainText('一式 3 份')
  await expect(form).toContainText('A3 纸，骑缝装订，贴照片')
  await expect(form).toContainText('为什么需要：申报工程师（中级）。')
  await form
    .getByRole('button', { name: /查看通知原文/ })
    .first()
    .click()
  await expect(page.getByRole('dialog')).toContainText('甬市监组人〔2024〕187号')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  // An inference is tagged.
  await expect(item(page, 'platform-assessment')).toContainText('推断')
  // Items done by the unit: a "confirmed with my unit" tick, not counted in the progress.
  await expect(item(page, 'unit-publicity').getByRole('checkbox', { name: /^已向单位确认/ })).toBeVisible()

  await tick(page, 'paper-evaluation-form').check()
  await tick(page, 'platform-account').check()
  await item(page, 'unit-publicity').getByRole('checkbox').check()
  await expect(progress).toHaveText(`2 / ${total} 项已准备`)
  await expect(page.getByTestId('readiness')).toContainText('单位和区县事项：已确认 1 / 6 项')

  await openPanel(page, 'paper-evaluation-form')
  await note(page, 'paper-evaluation-form').pressSequentially('已打印 A3，待单位盖章', { delay: 10 })

  // A 3000×2000 photo from the file picker: stored at 1600×1067.
  const big = await makeImage(page, 3000, 2000, 'image/png')
  await page
    .getByTestId('files-paper-evaluation-form')
    .setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: big })
  await expect(files(page, 'paper-evaluation-form')).toHaveCount(1)
  await expect(files(page, 'paper-evaluation-form')).toContainText('1600×1067')
  await expect(files(page, 'paper-evaluation-form')).toContainText('scan.jpg')

  // Not a photo: a clear message; what was stored stays.
  await page
    .getByTestId('files-paper-evaluation-form')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') })
  await expect(item(page, 'paper-evaluation-form').getByRole('alert')).toContainText(
    '“notes.txt”不是照片或 PDF，没有添加。',
  )
  // A broken JPEG: cannot be read.
  await page
    .getByTestId('files-paper-evaluation-form')
    .setInputFiles({ name: 'broken.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not really a jpeg') })
  await expect(item(page, 'paper-evaluation-form').getByRole('alert')).toContainText('无法读取照片“broken.jpg”')
  await expect(files(page, 'paper-evaluation-form')).toHaveCount(1)
  await expect(page.getByTestId('storage-usage')).toContainText('1 个文件')

  const stored = await storedAttachments(page)
  expect(stored).toEqual([
    expect.objectContaining({
      itemId: 'paper-evaluation-form',
      name: 'scan.jpg',
      type: 'image/jpeg',
      width: 1600,
      height: 1067,
    }),
  ])
  expect(stored[0]!.blobSize).toBe(stored[0]!.size)
  expect(stored[0]!.originalSize).toBe(big.length)

  await page.reload()
  await expect(tick(page, 'paper-evaluation-form')).toBeChecked()
  await expect(tick(page, 'platform-account')).toBeChecked()
  await expect(item(page, 'unit-publicity').getByRole('checkbox')).toBeChecked()
  await expect(tick(page, 'platform-commitment')).not.toBeChecked()
  // The panel opens by itself when something is recorded.
  await expect(note(page, 'paper-evaluation-form')).toHaveValue('已打印 A3，待单位盖章')
  await expect(files(page, 'paper-evaluation-form')).toHaveCount(1)
  const thumb = files(page, 'paper-evaluation-form').locator('img')
  await expect(thumb).toHaveJSProperty('complete', true)
  expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600)

  // Full screen, then back to the tile.
  const view = item(page, 'paper-evaluation-form').getByRole('button', { name: '查看 scan.jpg' })
  await view.click()
  const viewer = page.getByRole('dialog', { name: 'scan.jpg' })
  await expect(viewer.getByRole('img', { name: 'scan.jpg' })).toBeVisible()
  await expect(viewer.getByRole('button', { name: '关闭' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(viewer).toBeHidden()
  await expect(view).toBeFocused()

  // Delete, with confirmation (cancel first).
  await item(page, 'paper-evaluation-form').getByRole('button', { name: '删除 scan.jpg' }).click()
  const confirm = page.getByRole('dialog', { name: '删除这个文件？' })
  await expect(confirm).toContainText('“scan.jpg”将从本机删除')
  await confirm.getByRole('button', { name: '取消' }).click()
  await expect(confirm).toBeHidden()
  await expect(files(page, 'paper-evaluation-form')).toHaveCount(1)
  await item(page, 'paper-evaluation-form').getByRole('button', { name: '删除 scan.jpg' }).click()
  await confirm.getByRole('button', { name: '删除' }).click()
  await expect(files(page, 'paper-evaluation-form')).toHaveCount(0)
  await expect(item(page, 'paper-evaluation-form').getByRole('button', { name: '选择照片或 PDF' })).toBeFocused()
  expect(await storedAttachments(page)).toEqual([])
})

test('offline, once the service worker controls the page: the checklist opens and a photo can be attached', async ({
  page,
  context,
}) => {
  await selfCheck(page, PUBLIC_ENGINEER)
  const id = await openChecklist(page)
  await tick(page, 'platform-evidence').check()
  await waitForServiceWorkerControl(page)

  await context.setOffline(true)
  await page.goto(`/p/${id}/checklist`)
  await expect(tick(page, 'platform-evidence')).toBeChecked()
  await openPanel(page, 'platform-evidence')
  const photo = await makeImage(page, 2400, 3200, 'image/jpeg')
  await page
    .getByTestId('camera-platform-evidence')
    .setInputFiles({ name: 'IMG_2001.jpg', mimeType: 'image/jpeg', buffer: photo })
  await expect(files(page, 'platform-evidence')).toHaveCount(1)
  await expect(files(page, 'platform-evidence')).toContainText('1200×1600')
  const pdf = Buffer.from(`%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`)
  await page
    .getByTestId('files-platform-evidence')
    .setInputFiles({ name: '论文.pdf', mimeType: 'application/pdf', buffer: pdf })
  await expect(files(page, 'platform-evidence')).toHaveCount(2)
  await expect(files(page, 'platform-evidence').nth(1)).toContainText('PDF')
  await page.reload()
  await expect(files(page, 'platform-evidence')).toHaveCount(2)
  await expect(page.getByTestId('network-status')).not.toBeEmpty()
})

test('a changed answer puts an item aside with its tick and note; changing it back restores them', async ({ page }) => {
  await selfCheck(page, PUBLIC_ENGINEER)
  const id = await openChecklist(page)
  await tick(page, 'paper-post-info').check()
  await openPanel(page, 'paper-post-info')
  await note(page, 'paper-post-info').fill('岗位信息表已盖章')
  await expect(page.getByTestId('kept-aside')).toHaveCount(0)

  // Now an enterprise: the post-information form no longer applies.
  await page.goto(`/p/${id}/q/unit`)
  await page.locator('input[name="unitType"][value="enterprise"]').check()
  await pressNext(page)
  await page.goto(`/p/${id}/checklist`)
  await expect(item(page, 'paper-post-info')).toHaveCount(0)
  const kept = page.getByTestId('kept-aside')
  await expect(kept).toBeVisible()
  await expect(kept.locator('summary')).toHaveText('不再适用（已保留，1 项）')
  await kept.locator('summary').click()
  await expect(kept).toContainText('《事业单位人员职称申报岗位信息表》')
  await expect(kept).toContainText('曾勾选')
  await expect(kept).toContainText('岗位信息表已盖章')
  await axe(page)

  // Back to a public institution: the item returns, ticked, with its note.
  await page.goto(`/p/${id}/q/unit`)
  await page.locator('input[name="unitType"][value="public-institution"]').check()
  await answerCurrentPage(page, PUBLIC_ENGINEER)
  await pressNext(page)
  await page.goto(`/p/${id}/checklist`)
  await expect(tick(page, 'paper-post-info')).toBeChecked()
  await expect(note(page, 'paper-post-info')).toHaveValue('岗位信息表已盖章')
  await expect(page.getByTestId('kept-aside')).toHaveCount(0)
})

test('print: an A4 PDF of the checklist, without buttons or file inputs, with the ticks and the notice', async ({
  page,
}) => {
  await selfCheck(page, PUBLIC_ENGINEER)
  await openChecklist(page)
  await tick(page, 'paper-evaluation-form').check()
  await openPanel(page, 'paper-evaluation-form')
  await note(page, 'paper-evaluation-form').fill('交人事科')
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible()

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1, name: '材料清单' })).toBeVisible()
  await expect(page.getByText('依据：甬市监组人〔2024〕187号（2024年8月9日）')).toBeVisible()
  await expect(page.getByText(/^生成日期：\d{4}年\d{1,2}月\d{1,2}日$/)).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /纸质材料/ })).toBeVisible()
  await expect(item(page, 'paper-evaluation-form').locator('.item__print-box')).toHaveText('☑')
  await expect(item(page, 'paper-achievements').locator('.item__print-box')).toHaveText('☐')
  await expect(item(page, 'paper-evaluation-form')).toContainText('备注：交人事科')
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden()
  await expect(page.locator('header.app-header')).toBeHidden()
  await expect(page.locator('main button:visible')).toHaveCount(0)
  await expect(page.locator('input[type="checkbox"]:visible, textarea:visible')).toHaveCount(0)

  const pdf = await page.pdf({ format: 'A4' })
  const text = pdf.toString('latin1')
  expect(text.startsWith('%PDF-')).toBe(true)
  const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? []
  expect(pages.length).toBeGreaterThanOrEqual(2)
  // A4 is 595 × 842 points.
  expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](?:\.\d+)? 84[12](?:\.\d+)?\s*\]/)
  // It is this page: the document title (UTF-16BE in the PDF's info dictionary).
  const hex = /\/Title\s*<FEFF([0-9A-F]+)>/i.exec(text)?.[1] ?? ''
  expect(Buffer.from(hex, 'hex').swap16().toString('utf16le')).toBe('材料清单 · 职称申报自评助手')
  console.log(`[print] A4 PDF: ${pages.length} pages, ${pdf.length} bytes`)
})

test('timeline: days left, closes today, closed on — against the device date; seniority to 2024-12-31', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2024-08-20T09:00:00+08:00'))
  await selfCheck(page, ENGINEER_NORMAL)
  await page.getByRole('link', { name: '时间安排' }).click()
  await expect(page).toHaveURL(/\/timeline$/)
  const deadline = (id: string) => page.locator(`li[data-deadline="${id}"]`)
  await expect(page.getByTestId('today-marker')).toHaveText('今天 · 2024年8月20日')
  await expect(deadline('online-application')).toContainText('明天截止')
  await expect(deadline('online-application').locator('time')).toHaveAttribute('datetime', '2024-08-21')
  await expect(deadline('unit-review')).toContainText('还有 12 天')
  await expect(deadline('review')).toContainText('2024年9月21日 至 2024年9月30日（预计）')
  await expect(page.getByText('任职年限一律计算到 2024年12月31日，与今天的日期无关。')).toBeVisible()
  // The marker sits before the first date still ahead.
  expect(await page.locator('ol > li').first().getAttribute('data-testid')).toBe('today-marker')

  await page.clock.setFixedTime(new Date('2024-08-21T23:30:00+08:00'))
  await page.reload()
  await expect(deadline('online-application')).toContainText('今天截止')

  await page.clock.setFixedTime(new Date('2024-08-22T00:10:00+08:00'))
  await page.reload()
  await expect(deadline('online-application')).toContainText('已于 2024年8月21日 截止')
  await expect(page.locator('ol > li').nth(1)).toHaveAttribute('data-testid', 'today-marker')

  // The clause chip opens the notice.
  await deadline('online-application')
    .getByRole('button', { name: /查看通知原文/ })
    .click()
  await expect(page.getByRole('dialog')).toContainText('8 月 21 日')
})

test('principal engineer: dates set by the provincial documents', async ({ page }) => {
  await selfCheck(page, {
    track: 'principal',
    specialty: 'quality',
    birthDate: '1975-01-01',
    education: { level: 'master', year: 2000 },
  })
  await page.goto(`/p/${profileIdOf(page)}/timeline`)
  await expect(page.locator('li[data-deadline="provincial-dates"]')).toContainText('以浙市监人〔2024〕18号为准')
  await expect(page.locator('li[data-deadline="provincial-dates"]')).not.toContainText('浙特协')
  await expect(page.locator('li[data-deadline="review"]')).toHaveCount(0)
  await page.goto(`/p/${profileIdOf(page)}/checklist`)
  await expect(page.getByTestId('readiness')).toContainText('本通知写明的条件您都满足；其他条件由省级文件规定')
  await expect(item(page, 'paper-senior')).toBeVisible()
})

test('axe: checklist (with a photo, a note and a file error) and timeline, in Chinese and English', async ({
  page,
}) => {
  test.slow() // a self-check and five scans of long pages
  await selfCheck(page, PUBLIC_ENGINEER)
  const id = await openChecklist(page)
  await tick(page, 'platform-account').check()
  await openPanel(page, 'platform-evidence')
  await note(page, 'platform-evidence').fill('论文两篇')
  await page
    .getByTestId('files-platform-evidence')
    .setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: await makeImage(page, 800, 600, 'image/png') })
  await expect(files(page, 'platform-evidence')).toHaveCount(1)
  await page
    .getByTestId('files-platform-evidence')
    .setInputFiles({ name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('x') })
  await expect(item(page, 'platform-evidence').getByRole('alert')).toBeVisible()
  await axe(page)
  await page.goto(`/p/${id}/timeline`)
  await expect(page.getByRole('heading', { level: 1, name: '时间安排' })).toBeVisible()
  await axe(page)

  await setLanguage(page, 'en-US')
  await page.goto(`/p/${id}/checklist`)
  await expect(page.getByRole('heading', { level: 1, name: 'Materials checklist' })).toBeVisible()
  await expect(page.getByTestId('readiness')).toContainText('1 / ')
  await expect(item(page, 'paper-evaluation-form')).toContainText('3 copies')
  await expect(item(page, 'unit-publicity').getByRole('checkbox', { name: /^Confirmed with my unit/ })).toBeVisible()
  await expect(files(page, 'platform-evidence')).toHaveCount(1)
  await axe(page)
  // The viewer and the delete confirmation, open.
  await item(page, 'platform-evidence').getByRole('button', { name: 'View a.png' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await page.goto(`/p/${id}/timeline`)
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  await expect(page.getByText('Years in title are always counted to 31 Dec 2024, whatever today’s date.')).toBeVisible()
  await axe(page)
})

test('the home page links to the checklist of the current profile', async ({ page }) => {
  await selfCheck(page, ENGINEER_NORMAL)
  await page.goto('/')
  await page.getByRole('link', { name: '材料清单' }).click()
  await expect(page).toHaveURL(/\/p\/[^/]+\/checklist$/)
})

test('measure: a 4032×3024 camera-like JPEG with noise, as stored after downscaling', async ({ page }) => {
  test.slow()
  await selfCheck(page, ENGINEER_NORMAL)
  await openChecklist(page)
  await openPanel(page, 'platform-evidence')
  const photo = await makeImage(page, 4032, 3024, 'image/jpeg', 0.92, 24)
  const started = Date.now()
  await page
    .getByTestId('camera-platform-evidence')
    .setInputFiles({ name: 'IMG_4032.jpg', mimeType: 'image/jpeg', buffer: photo })
  await expect(files(page, 'platform-evidence')).toHaveCount(1, { timeout: 20_000 })
  const ms = Date.now() - started
  const [stored] = await storedAttachments(page)
  expect(stored).toMatchObject({ width: 1600, height: 1200, type: 'image/jpeg', originalSize: photo.length })
  expect(stored!.size).toBeLessThan(photo.length)
  expect(stored!.size).toBeLessThan(1024 * 1024)
  console.log(
    `[photo] 4032×3024 JPEG q0.92 with noise: ${photo.length} bytes → stored ${stored!.width}×${stored!.height} JPEG q0.8: ${stored!.size} bytes (${((stored!.size / photo.length) * 100).toFixed(1)}%), in ${ms} ms`,
  )
})
