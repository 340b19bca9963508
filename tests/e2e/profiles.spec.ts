import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'

/** The list item of the profile called `name`. */
function profile(page: Page, name: string) {
  return page
    .getByRole('list', { name: /档案列表|Profiles/ })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) })
}

/** The open dialog, after its transition has finished. */
async function dialogSettled(page: Page) {
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog).not.toHaveClass(/enter-(from|active|to)/)
  await expect(page.locator('.van-overlay:visible')).not.toHaveClass(/enter-(from|active|to)/)
}

async function profileNames(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: /档案列表|Profiles/ })
    .getByRole('heading', { level: 2 })
    .allInnerTexts()
}

test('profiles: create, rename, duplicate, delete + undo — all kept after a reload', async ({ page }) => {
  await page.goto('/profiles')
  await expect(page.getByRole('heading', { level: 1, name: '申报档案' })).toBeVisible()

  await page.getByRole('button', { name: '新建档案' }).click()
  await expect(profile(page, '我的申报 1')).toBeVisible()
  await page.getByRole('button', { name: '新建档案' }).click()
  await expect(profile(page, '我的申报 2')).toBeVisible()
  await expect(profile(page, '我的申报 2').getByText('当前')).toBeVisible()

  // Rename through a dialog with a labelled field.
  await profile(page, '我的申报 1').getByRole('button', { name: '重命名' }).click()
  const dialog = page.getByRole('dialog', { name: '重命名档案' })
  await expect(dialog).toBeVisible()
  const field = dialog.getByLabel('档案名称')
  await expect(field).toBeFocused()
  await field.fill('')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog.getByText('请输入名称')).toBeVisible()
  await field.fill('工程师申报')
  await field.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(profile(page, '工程师申报')).toBeVisible()

  // Duplicate.
  await profile(page, '工程师申报').getByRole('button', { name: '复制' }).click()
  await expect(profile(page, '工程师申报 副本')).toBeVisible()

  // Delete with confirmation, then undo.
  await profile(page, '我的申报 2').getByRole('button', { name: '删除' }).click()
  const confirm = page.getByRole('dialog', { name: '删除档案？' })
  await expect(confirm).toContainText('我的申报 2')
  await confirm.getByRole('button', { name: '删除' }).click()
  await expect(profile(page, '我的申报 2')).toHaveCount(0)
  const undo = page.getByRole('button', { name: '撤销' })
  await expect(undo).toBeFocused()
  await undo.click()
  await expect(profile(page, '我的申报 2')).toBeVisible()
  await expect(profile(page, '我的申报 2').getByText('当前')).toBeVisible() // reselected

  // Delete the copy for good (no undo).
  await profile(page, '工程师申报 副本').getByRole('button', { name: '删除' }).click()
  await page.getByRole('dialog', { name: '删除档案？' }).getByRole('button', { name: '删除' }).click()
  await expect(profile(page, '工程师申报 副本')).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: '已删除“工程师申报 副本”' })).toBeVisible()

  // Make the renamed one current.
  await profile(page, '工程师申报').getByRole('button', { name: '设为当前' }).click()
  await expect(profile(page, '工程师申报').getByText('当前')).toBeVisible()

  await page.reload()
  await expect(profile(page, '工程师申报')).toBeVisible()
  expect((await profileNames(page)).sort()).toEqual(['工程师申报', '我的申报 2'].sort())
  await expect(profile(page, '工程师申报').getByText('当前')).toBeVisible()

  // The home page shows the current profile.
  await page
    .getByRole('link', { name: '首页' })
    .or(page.getByRole('button', { name: '返回' }))
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: '职称申报自评助手' })).toBeVisible()
  await expect(page.getByText('当前档案：工程师申报')).toBeVisible()
})

test('language: switch to English and back; a reload remembers it', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: '设置 / Language' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeFocused()
  await expect(page).toHaveTitle('设置 · 职称申报自评助手')

  await page.getByRole('radio', { name: 'English' }).check()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US')
  await expect(page).toHaveTitle('Settings · Professional Title Self-Check')

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked()
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Professional Title Self-Check' })).toBeFocused()
  await expect(page.getByText('Document no.')).toBeVisible()

  await page.getByRole('link', { name: 'Settings / 语言' }).click()
  await page.getByRole('radio', { name: '中文' }).check()
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
})

test('the home page starts a profile when there is none', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText('还没有申报档案')).toBeVisible()
  await page.getByRole('button', { name: '开始自查' }).click()
  await page.goto('/profiles')
  await expect(profile(page, '我的申报 1')).toBeVisible()
})

for (const lang of ['zh-CN', 'en-US'] as const) {
  test(`axe: home, profiles (with dialogs) and settings pass WCAG 2.2 AA in ${lang}`, async ({ page }) => {
    await page.addInitScript((l) => localStorage.setItem('zhicheng-self-check.lang', l), lang)
    // Scan settled screens, not a dialog half-way through its fade-in.
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const en = lang === 'en-US'
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goto('/profiles')
    await page.getByRole('button', { name: en ? 'New profile' : '新建档案' }).click()
    await page.getByRole('button', { name: en ? 'New profile' : '新建档案' }).click()
    await expect(page.getByRole('listitem')).toHaveCount(2)
    await expectNoAxeViolations(page)

    await page
      .getByRole('button', { name: en ? 'Rename' : '重命名' })
      .first()
      .click()
    await dialogSettled(page)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: en ? 'Cancel' : '取消' }).click()
    await expect(page.getByRole('dialog')).toBeHidden()

    await page
      .getByRole('button', { name: en ? 'Delete' : '删除' })
      .first()
      .click()
    await dialogSettled(page)
    await expectNoAxeViolations(page)
    await page
      .getByRole('dialog')
      .getByRole('button', { name: en ? 'Delete' : '删除' })
      .click()
    await expect(page.getByRole('button', { name: en ? 'Undo' : '撤销' })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goto('/settings')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

test('at 200% zoom (a 195 px wide viewport) nothing overflows sideways', async ({ page }) => {
  // Browser zoom at 200% on a 390 px phone leaves 195 CSS px: the layout must reflow (WCAG 1.4.4, 1.4.10).
  await page.setViewportSize({ width: 195, height: 422 })
  await page.goto('/profiles')
  await page.getByRole('button', { name: '新建档案' }).click()
  await expect(page.getByRole('listitem')).toHaveCount(1)
  for (const path of ['/', '/profiles', '/settings']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0)
  }
})

test('continue where you left off: the home page resumes at the last page of the current profile', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: '开始自查' }).click()
  await expect(page).toHaveURL(/\/p\/[^/]+\/q\/[^/]+$/)
  const id = /\/p\/([^/]+)\//.exec(page.url())![1]!
  await page.goto(`/p/${id}/q/unit`) // a reload or a killed tab lands on a page directly
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const last = new URL(page.url()).pathname

  await page.goto('/')
  await page.getByRole('button', { name: '继续上次进度' }).click()
  await expect(page).toHaveURL(last)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
})

test('two tabs stay consistent: a change in one shows in the other', async ({ context }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await a.goto('/profiles')
  await b.goto('/profiles')
  await expect(b.getByRole('heading', { level: 1, name: '申报档案' })).toBeVisible()

  await a.getByRole('button', { name: '新建档案' }).click()
  await expect(profile(b, '我的申报 1')).toBeVisible()

  await profile(b, '我的申报 1').getByRole('button', { name: '重命名' }).click()
  const field = b.getByRole('dialog').getByLabel('档案名称')
  await field.fill('在 B 改名')
  await field.press('Enter')
  await expect(profile(a, '在 B 改名')).toBeVisible()
})
