/**
 * The build-time pack switch (vite.config.ts `packSwitch()`, PACK_SWITCH=<folder>): the app built
 * with a fictional test pack as its current pack, served on its own, goes through a whole self-check
 * to its results, checklist and timeline — and shows that pack's values (document number, cut-off,
 * CE years, extra material), proving the screens take them from the pack of the profile. The normal
 * build (dist/) must contain no test pack at all.
 *
 * Port: PACK_SWITCH_PORT (e.g. 4219), a free one when unset.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test as base, type Page } from '@playwright/test'
import { ENGINEER_NORMAL, completeQuestions, goToResults, pageIdOf, profileIdOf, startSelfCheck } from './flows'
import { expectNoAxeViolations } from './helpers'
import { DIST, listFiles, serveDirectory } from './pwa-support'

/** The test pack switched in, and what it must make the app show. */
const PACK = {
  folder: 'tests/e2e/pack-switch/stub',
  id: 'stub-fictional-2025',
  docNo: '测试〔2025〕9号',
  cutoff: { zh: '2025年12月31日', en: '31 Dec 2025' },
  ceYears: ['2023', '2024', '2025'],
  assessmentYears: ['2022', '2023', '2024'],
  extraMaterial: { id: 'stub-extra-form', zh: '虚构测试附加表（仅测试）' },
}

/**
 * Assistant engineer since 2021-07-01: 4 full years on 2025-07-01. Counted to the test pack's
 * cut-off (2025-12-31) the normal route is met; counted to the 2024 pack's (2024-12-31) it would not be.
 */
const APPLICANT = { ...ENGINEER_NORMAL, titleDate: '2021-07-01' }

function build(outDir: string): Promise<void> {
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
      { env: { ...process.env, PACK_SWITCH: PACK.folder }, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited ${code}:\n${stderr}`))))
  })
}

interface Switched {
  server: Awaited<ReturnType<typeof serveDirectory>>
  dir: string
}

const test = base.extend<object, { switched: Switched }>({
  switched: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring, even when empty
    async ({}, use) => {
      const dir = await mkdtemp(join(tmpdir(), 'pack-switch-'))
      try {
        await build(dir)
        const server = await serveDirectory(dir, Number(process.env.PACK_SWITCH_PORT ?? 0))
        await use({ server, dir })
        await server.close()
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
    { scope: 'worker', timeout: 240_000 },
  ],
})

/** The packId stored with each profile, read with the raw IndexedDB API. */
function storedPackIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('zhicheng-self-check')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction('profiles').objectStore('profiles').getAll()
          all.onsuccess = () => {
            open.result.close()
            resolve((all.result as { packId: string }[]).map((p) => p.packId))
          }
          all.onerror = () => reject(all.error)
        }
      }),
  )
}

test.describe('the app built with a test pack as the current pack', () => {
  test.use({ baseURL: async ({ switched }, use) => use(switched.server.origin) })

  test('a whole self-check runs under the test pack: its document, years, cut-off and material', async ({ page }) => {
    test.setTimeout(240_000) // a whole self-check, on a machine that may be busy
    // Home names the current notice: the test pack's.
    await page.goto('/')
    await expect(page.locator('dd', { hasText: PACK.docNo })).toBeVisible()
    await expect(page.getByText('甬市监组人〔2024〕187号')).toHaveCount(0)

    await startSelfCheck(page)
    const seen: Record<string, string[]> = {}
    await completeQuestions(page, APPLICANT, undefined, {
      onPage: async (p) => {
        const id = pageIdOf(p)
        if (id === 'ce')
          seen.ce = await p
            .locator('input[id^="q-ceHours-"][id$="-professional"]')
            .evaluateAll((els) => els.map((e) => /q-ceHours-(\d{4})-/.exec(e.id)![1]!))
        if (id === 'assessments')
          seen.assessments = await p
            .locator('input[type="radio"][name^="assessments."]')
            .evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name.split('.')[1]!))])
      },
    })
    expect(seen.ce).toEqual(PACK.ceYears)
    expect(seen.assessments).toEqual(PACK.assessmentYears)
    expect(await storedPackIds(page)).toEqual([PACK.id])

    // Results: 4 years 5 months counted to 2025-12-31 — eligible under this pack.
    await goToResults(page)
    await expect(page.locator('#verdict-title')).toHaveText('符合申报条件')
    await expect(page.locator('section.verdict')).toContainText('申报途径：正常申报')
    await expect(page.getByRole('article', { name: '学历与任职年限' })).toContainText(
      `4 年 5 个月（计算至 ${PACK.cutoff.zh}）`,
    )
    await page.evaluate(() => window.scrollTo(0, 0))
    await expectNoAxeViolations(page)

    // Checklist: the test pack's extra material, and its document number on the print header.
    const profileId = profileIdOf(page)
    await page.goto(`/p/${profileId}/checklist`)
    await expect(page.locator('section[data-group="platform"]')).toBeVisible()
    await expect(page.locator(`article[data-item="${PACK.extraMaterial.id}"]`)).toContainText(PACK.extraMaterial.zh)
    await expect(page.locator('body')).toContainText(PACK.docNo)

    // Timeline: seniority counted to the test pack's cut-off.
    await page.goto(`/p/${profileId}/timeline`)
    await expect(page.locator('main')).toContainText(PACK.cutoff.zh)
  })
})

test('the normal build (dist/) contains no test pack', async () => {
  expect(existsSync(DIST), 'run npm run build first').toBe(true)
  // Every test pack's id and document number: the stub here and the fixture packs (tests/fixtures/packs/).
  const metas = [join(process.cwd(), PACK.folder, 'meta.ts')]
  const fixtures = join(process.cwd(), 'tests/fixtures/packs')
  if (existsSync(fixtures))
    for (const d of readdirSync(fixtures, { withFileTypes: true }))
      if (d.isDirectory() && existsSync(join(fixtures, d.name, 'meta.ts')))
        metas.push(join(fixtures, d.name, 'meta.ts'))
  const needles = metas.flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    return [/\bid: '([^']+)'/.exec(text)?.[1], /\bdocNo: '([^']+)'/.exec(text)?.[1]].filter((s): s is string => !!s)
  })
  expect(needles).toContain(PACK.id)
  expect(needles.length).toBeGreaterThanOrEqual(2 * metas.length)
  const files = (await listFiles(DIST)).filter((f) => /\.(js|html|json|webmanifest|css)$/.test(f))
  expect(files.length).toBeGreaterThan(5)
  const found: string[] = []
  for (const f of files) {
    const text = readFileSync(join(DIST, f), 'utf8')
    for (const n of needles) if (text.includes(n)) found.push(`${f}: ${n}`)
  }
  expect(found).toEqual([])
  // …while the shipped pack is there (the scan reads the right files).
  expect(files.some((f) => readFileSync(join(DIST, f), 'utf8').includes('ningbo-2024-187'))).toBe(true)
})

test('a profile under a pack this build does not know: named on the profiles list, never opened', async ({ page }) => {
  await page.goto('/profiles')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Written as a newer app would have (same database, schema v2).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('zhicheng-self-check')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('profiles', 'readwrite')
          tx.objectStore('profiles').put({
            id: 'from-a-newer-app',
            name: '新版本的档案',
            createdAt: 1,
            updatedAt: Date.now(),
            answers: { version: 1 },
            packId: 'ningbo-2031-9',
            lastRoute: null,
            deletedAt: null,
          })
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
  await page.reload()
  const item = page.getByRole('listitem', { name: '新版本的档案' })
  await expect(item.getByTestId('profile-pack-problem')).toHaveText(
    '本版本不认识申报通知“ningbo-2031-9”（可能由更新版本的应用创建）。请先更新应用。',
  )
  await expectNoAxeViolations(page)
  await page.goto('/p/from-a-newer-app/results')
  await expect(page).toHaveURL(/\/profiles$/)
})
