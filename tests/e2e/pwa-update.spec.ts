/**
 * The update flow, end to end: two real builds that differ only in their version (APP_VERSION), one
 * origin. Build A is installed and used; then the server switches to build B and the page checks for
 * an update. The new service worker must wait for the user: "稍后" leaves A running (even across a
 * reload), "更新" reloads into B, and what was answered (IndexedDB) is still there.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test as base, type Page } from '@playwright/test'
import { answerCurrentPage, ENGINEER_NORMAL, pressNext, profileIdOf, startSelfCheck } from './flows'
import { expectNoAxeViolations } from './helpers'
import { serveDirectory, waitForServiceWorkerControl } from './pwa-support'

const VERSION_A = '0.0.1-update-a'
const VERSION_B = '0.0.2-update-b'

/** `vite build` of the current sources into `outDir`, with the given app version. */
function build(outDir: string, version: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(process.cwd(), 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { env: { ...process.env, APP_VERSION: version }, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build (${version}) exited ${code}:\n${stderr}`)),
    )
  })
}

/** The profiles as stored in IndexedDB, read with the raw API (not through the app). */
function storedProfiles(page: Page): Promise<{ id: string; name: string; answers: Record<string, unknown> }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('zhicheng-self-check')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const all = db.transaction('profiles').objectStore('profiles').getAll()
          all.onerror = () => reject(all.error)
          all.onsuccess = () => {
            db.close()
            resolve(all.result)
          }
        }
      }),
  )
}

interface Builds {
  /** Serves build A or B at one origin (a free port on 127.0.0.1). */
  server: Awaited<ReturnType<typeof serveDirectory>>
  a: string
  b: string
}

/**
 * Both builds (in parallel, 20–60 s: each is a client build plus the prerender's build for Node),
 * made once per worker, and the server for them.
 */
const test = base.extend<object, { builds: Builds }>({
  builds: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring, even when empty
    async ({}, use) => {
      const dir = await mkdtemp(join(tmpdir(), 'pwa-update-'))
      const a = join(dir, 'a')
      const b = join(dir, 'b')
      try {
        await Promise.all([build(a, VERSION_A), build(b, VERSION_B)])
        const server = await serveDirectory(a)
        await use({ server, a, b })
        await server.close()
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
    { scope: 'worker', timeout: 240_000 },
  ],
})

test.use({ baseURL: async ({ builds }, use) => use(builds.server.origin) })

test('a new version waits for the user; accepting reloads into it with the answers intact', async ({
  page,
  builds,
}) => {
  // Version A: installed, controlling the page, one question answered (saved to IndexedDB).
  await page.goto('/')
  await waitForServiceWorkerControl(page)
  await startSelfCheck(page)
  const profileId = profileIdOf(page)
  await answerCurrentPage(page, ENGINEER_NORMAL)
  await pressNext(page)
  await expect
    .poll(async () => (await storedProfiles(page)).find((p) => p.id === profileId)?.answers.track)
    .toBe(ENGINEER_NORMAL.track)
  const before = (await storedProfiles(page)).map(({ id, name, answers }) => ({ id, name, answers }))

  await page.goto('/settings')
  const version = page.getByTestId('app-version')
  const prompt = page.getByTestId('update-prompt')
  await expect(version).toHaveText(`版本 ${VERSION_A}`)
  await expect(prompt).toBeEmpty()

  // Version B is deployed; the page checks for it (as it does on start and every hour).
  builds.server.setRoot(builds.b)
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    await registration!.update()
  })
  await expect(prompt).toContainText('有新版本可用', { timeout: 15_000 })
  await expect(prompt.getByRole('button', { name: '更新' })).toBeVisible()
  await expect(prompt.getByRole('dialog')).toHaveCount(0) // a notice, not a modal
  await expectNoAxeViolations(page)

  // "Later": the notice goes, A keeps running, nothing reloads.
  await prompt.getByRole('button', { name: '稍后' }).click()
  await expect(prompt).toBeEmpty()
  await expect(version).toHaveText(`版本 ${VERSION_A}`)

  // A reload is not consent: still A, and the waiting version is offered again.
  await page.reload()
  await expect(version).toHaveText(`版本 ${VERSION_A}`)
  await expect(prompt).toContainText('有新版本可用', { timeout: 10_000 })

  // "Update": the new service worker takes over and the page reloads into B.
  await prompt.getByRole('button', { name: '更新' }).click()
  await expect(version).toHaveText(`版本 ${VERSION_B}`, { timeout: 15_000 })
  await expect(prompt).toBeEmpty()

  // The answers are intact: in IndexedDB, and on their page.
  const after = (await storedProfiles(page)).map(({ id, name, answers }) => ({ id, name, answers }))
  expect(after).toEqual(before)
  await page.goto(`/p/${profileId}/q/track`)
  await expect(page.locator(`input[type="radio"][name="track"][value="${ENGINEER_NORMAL.track}"]`)).toBeChecked()
  await expect(version).toHaveCount(0)
})
