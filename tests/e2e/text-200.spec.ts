/**
 * 200% text (WCAG 1.4.4) and reflow (1.4.10) on every screen, in both languages. Two ways a phone
 * makes text twice as large:
 *   - the browser's zoom at 200% on a 390 px phone: a 195 CSS-pixel-wide layout;
 *   - the system text size at 200% on the 390×844 layout: the root font size and every Vant font
 *     size doubled (a style tag), the layout width unchanged.
 * Either way nothing may scroll sideways: neither the page nor any element wider than its box (the
 * birth-date field did: 243 px of content in a 195 px layout). And the photo viewer fills the width.
 */
import { expect, test, type Page } from '@playwright/test'
import { ENGINEER_EXCEPTIONAL, profileIdOf, selfCheck, setLanguage } from './flows'

/** A shared summary made by the app (also used by share.spec.ts): 张三 Zhang, version 1. */
const SHARED = '/s#AQAARGQgAAAAAAAAAAzlvKDkuIkgWmhhbmd3UZ8'

/** Vant's font-size variables (px) and the root font size, doubled: the system "text size 200%". */
const DOUBLE_TEXT = `
  html { font-size: 200% !important; }
  :root, .van-theme-light {
    --van-font-size-xs: 20px; --van-font-size-sm: 24px; --van-font-size-md: 28px;
    --van-font-size-lg: 32px; --van-font-size-xl: 40px;
    --van-nav-bar-title-font-size: 32px; --van-cell-font-size: 28px; --van-button-normal-font-size: 28px;
    --van-button-small-font-size: 24px; --van-button-large-font-size: 32px;
  }
`

/** Horizontal overflow of the page, and the elements whose content is wider than themselves. */
async function overflow(page: Page): Promise<{ page: number; elements: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement
    const elements: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>('main *, header *, [role="dialog"] *')) {
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden') continue
      // Elements that scroll or clip on purpose (a scrolling strip, an ellipsis) are theirs to handle.
      if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0) continue
      // The box, or the text spilling out of it (scrollWidth), past the edge of the screen.
      if (Math.max(r.right, r.left + el.scrollWidth) > root.clientWidth + 1 || r.left < -1) {
        const where = (e: Element) =>
          `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')}`
        const name = `${el.parentElement ? where(el.parentElement) + ' > ' : ''}${where(el)} “${el.textContent?.trim().slice(0, 24)}”`
        elements.push(`${name} [${Math.round(r.left)}, ${Math.round(r.right)}] in ${root.clientWidth}`)
      }
    }
    return { page: root.scrollWidth - root.clientWidth, elements: elements.slice(0, 8) }
  })
}

/** Every screen of one applicant, once the self-check is done. */
function screens(id: string): string[] {
  const q = (p: string) => `/p/${id}/q/${p}`
  return [
    '/',
    '/profiles',
    '/settings',
    ...[
      'track',
      'unit',
      'retirement',
      'education',
      'title',
      'exceptional',
      'social-security',
      'ce',
      'assessments',
      'ability',
      'declarations',
    ].map(q),
    `/p/${id}/check`,
    `/p/${id}/results`,
    `/p/${id}/checklist`,
    `/p/${id}/timeline`,
    `/p/${id}/summary`,
    SHARED,
  ]
}

async function expectNoOverflow(page: Page, path: string, mode: string): Promise<void> {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  // Lazily drawn parts (the QR code, fonts) settle first.
  await page.waitForLoadState('networkidle')
  const o = await overflow(page)
  expect(o.elements, `${mode} ${path}: elements wider than the screen`).toEqual([])
  expect(o.page, `${mode} ${path}: the page scrolls sideways`).toBeLessThanOrEqual(0)
}

for (const lang of ['zh-CN', 'en-US'] as const) {
  test(`${lang}: at 200% zoom and at 200% text size nothing on any screen is wider than the phone`, async ({
    page,
  }) => {
    test.slow() // a whole self-check, then ~20 screens twice
    await selfCheck(page, ENGINEER_EXCEPTIONAL)
    const id = profileIdOf(page)
    if (lang === 'en-US') await setLanguage(page, 'en-US')

    await page.setViewportSize({ width: 195, height: 422 })
    for (const path of screens(id)) await expectNoOverflow(page, path, 'zoom 200%')

    await page.setViewportSize({ width: 390, height: 844 })
    await page.addInitScript((css) => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style')
        style.textContent = css
        document.head.append(style)
      })
    }, DOUBLE_TEXT)
    for (const path of screens(id)) await expectNoOverflow(page, path, 'text 200%')
  })
}

test('the photo viewer fills the width of the phone', async ({ page }) => {
  await selfCheck(page, ENGINEER_EXCEPTIONAL)
  await page.goto(`/p/${profileIdOf(page)}/checklist`)
  const item = page.locator('article[data-item="paper-evaluation-form"]')
  await item.locator('.item__toggle').click()
  const png = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1600, 1067)
    const ctx = canvas.getContext('2d')!
    ctx.fillStyle = '#8fb8e8'
    ctx.fillRect(0, 0, 1600, 1067)
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer())
    return Array.from(bytes)
  })
  await page
    .getByTestId('files-paper-evaluation-form')
    .setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from(png) })
  await item.getByRole('button', { name: '查看 scan.png' }).click()
  const viewer = page.getByRole('dialog', { name: 'scan.png' })
  const img = viewer.getByRole('img', { name: 'scan.png' })
  await expect(img).toBeVisible()
  await expect(img).toHaveJSProperty('complete', true)
  const box = (await img.boundingBox())!
  const dialog = (await viewer.boundingBox())!
  expect(dialog.width, 'the viewer is as wide as the screen').toBeGreaterThanOrEqual(389)
  // A landscape photo: as wide as the viewer, less at most its padding.
  expect(box.width, 'the photo is as wide as the viewer').toBeGreaterThanOrEqual(dialog.width - 20)
  expect(Math.round(box.height)).toBeLessThanOrEqual(844)
})
