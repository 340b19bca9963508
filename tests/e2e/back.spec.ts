/**
 * Back closes what is open: with a sheet or a dialog open, the phone's Back button closes it and
 * leaves the page where it was; closing it by its own button leaves history as it was (one Back
 * then leaves the page, as before the sheet was opened).
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { ENGINEER_NORMAL, profileIdOf, selfCheck } from './flows'

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
})

async function backCloses(page: Page, open: () => Promise<void>, dialog: Locator): Promise<void> {
  const url = page.url()
  await open()
  await expect(dialog).toBeVisible()
  await page.goBack()
  await expect(dialog).toBeHidden()
  expect(page.url(), 'Back closed the overlay and stayed on the page').toBe(url)
}

test('Back closes the clause sheet, the QR sheet, the image dialog and the confirm dialogs', async ({ page }) => {
  test.setTimeout(120_000)
  await selfCheck(page, ENGINEER_NORMAL)
  const id = profileIdOf(page)

  // Clause sheet on the results.
  const chip = page.getByRole('button', { name: /^查看通知原文/ }).first()
  const sheet = page.getByRole('dialog').filter({ has: page.locator('#clause-sheet-title') })
  await backCloses(page, () => chip.click(), sheet)
  await expect(page.locator('#results-title')).toBeVisible()

  // Closed by its own button: history is as before, so one Back leaves the results page.
  await chip.click()
  await expect(sheet).toBeVisible()
  await sheet.getByRole('button', { name: '关闭' }).click()
  await expect(sheet).toBeHidden()
  await page.goBack()
  await expect(page).not.toHaveURL(/\/results$/)

  // QR sheet and the image dialog on the summary.
  await page.goto(`/p/${id}/summary`)
  await backCloses(page, () => page.getByTestId('show-qr').click(), page.getByTestId('qr-sheet'))
  await backCloses(page, () => page.getByTestId('save-image').click(), page.getByTestId('image-dialog'))
  await expect(page.locator('#summary-title')).toBeVisible()

  // Clause sheet on the timeline (compact references).
  await page.goto(`/p/${id}/timeline`)
  await backCloses(
    page,
    () =>
      page
        .getByRole('button', { name: /^查看通知原文/ })
        .first()
        .click(),
    sheet,
  )

  // Confirm dialogs on the profiles page: delete (the app's ConfirmDialog) and rename.
  await page.goto('/profiles')
  const item = page.getByRole('listitem').filter({ hasText: '我的申报' }).first()
  await backCloses(
    page,
    () => item.getByRole('button', { name: '删除' }).click(),
    page.getByRole('dialog', { name: '删除档案？' }),
  )
  await expect(item, 'Back is Cancel: nothing deleted').toBeVisible()
  await backCloses(
    page,
    () => item.getByRole('button', { name: '重命名' }).click(),
    page.getByRole('dialog', { name: '重命名档案' }),
  )
})
