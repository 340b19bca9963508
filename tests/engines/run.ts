/**
 * The journey in Firefox ESR (Gecko) and WebKitGTK (WebKit), from Debian's packages, against the built
 * app served by Debian's nginx with the deploy/ config (port NGINX_PORT + 2, default 8219):
 *
 *   home → self-check → results → reload → checklist tick → photo attached → share link → shared view
 *
 * with the service worker registering and taking control, IndexedDB holding the profile, the tick and
 * the photo, and what these engines lack degrading to the app's own fallback: no `beforeinstallprompt`
 * (no install button), no Web Share (no "分享…" button; copy works or the text is offered by hand).
 * One journey per engine, state reused from step to step.
 *
 *   tsx tests/engines/run.ts [--engine firefox|webkit] [--screenshots <dir>]
 *
 * `--screenshots docs/screenshots/engines` (npm run screenshots:engines) saves each step of each
 * engine at 390×844 (WebKitGTK: its narrowest window, reported). Needs `dist/` (npm run build).
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PNG } from 'pngjs'
import { NGINX_PORT, startNginx } from '../deploy/nginx-server'
import { launchFirefox, launchWebKit, VIEWPORT, type Driver, type EngineName } from './drivers'

const args = process.argv.slice(2)
const opt = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const ENGINES: EngineName[] = opt('--engine') ? [opt('--engine') as EngineName] : ['firefox', 'webkit']
const SHOTS = opt('--screenshots')
const DIST = resolve('dist')
const DRIVER_PORT = Number(process.env.E2E_PORT ?? 4173) // free once the Playwright run is over
const DISPLAY = 90 + ((NGINX_PORT + 2) % 100)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls a page expression until it is truthy; returns its value. */
async function waitFor<T>(d: Driver, what: string, body: string, timeoutMs = 15_000): Promise<T> {
  const started = Date.now()
  let last: unknown
  for (;;) {
    try {
      last = await d.run<T>(body)
      if (last) return last as T
    } catch (e) {
      last = e
    }
    if (Date.now() - started > timeoutMs) {
      const text = await d
        .run<string>('return document.body ? document.body.innerText.slice(0, 600) : ""')
        .catch(() => '')
      throw new Error(`timed out waiting for ${what} (last: ${String(last)}) at ${await d.url()}\npage: ${text}`)
    }
    await sleep(100)
  }
}

async function waitForUrl(d: Driver, test: (u: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
  const started = Date.now()
  for (;;) {
    const u = await d.url()
    if (test(u)) return u
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}; at ${u}`)
    await sleep(100)
  }
}

/** Marks the first element matching `css` whose text matches `text` with data-eng, for a driver click. */
const markByText = (css: string, text: string, mark: string) => `
  const el = [...document.querySelectorAll(${JSON.stringify(css)})].find((e) => ${JSON.stringify(text)} === e.textContent.trim())
  if (!el) return false
  el.setAttribute('data-eng', ${JSON.stringify(mark)})
  return true`

/**
 * What to do on the current question page, for a normal engineer applicant (as tests/e2e/flows.ts'
 * ENGINEER_NORMAL): every radio group without a choice and every empty field gets an answer. Unknown
 * questions get "no" or the first option, so the journey survives new questions.
 */
const PLAN = `
  const RADIO = { track: 'engineer', specialty: 'metrology', skilledTalent: 'false', worksInNingbo: 'true',
    unitType: 'enterprise', withinPostRatio: 'true', approvedInPersonnelSystem: 'true', residency: 'mainland',
    retirementGroup: 'man', retirementDeferred: 'false', 'education.level': 'bachelor', 'education.obtainedIn': 'mainland',
    'education.inSpecialty': 'true', titleHeld: 'true', seniorBasis: 'normal', socialSecurityOtherProvince: 'false',
    socialSecurityOngoing: 'true',
    department: 'management', political: 'true', evidenceInWindow: 'true' }
  const TEXT = { 'q-birthDate': '1990-05-01', 'q-education-year': '2012', 'q-titleDate': '2019-06-01',
    'q-socialSecurityMonths': '36', 'q-socialSecuritySince': '2021-12-31' }
  const form = document.querySelector('form')
  if (!form) return null
  const actions = []
  let n = 0
  const mark = (el) => { const id = 'a' + Date.now() + '-' + n++; el.setAttribute('data-eng', id); return '[data-eng="' + id + '"]' }
  const radios = [...form.querySelectorAll('input[type=radio]')]
  for (const name of new Set(radios.map((r) => r.name))) {
    const opts = radios.filter((r) => r.name === name)
    if (opts.some((r) => r.checked)) continue
    const want = RADIO[name] ?? (name.startsWith('assessments.') ? 'pass' : name.startsWith('abilities.') ? 'true' : 'false')
    const target = opts.find((r) => r.value === want) ?? opts.find((r) => r.value === 'false') ?? opts[0]
    actions.push({ kind: 'click', css: mark(target.closest('label') ?? target), name, value: target.value })
  }
  for (const input of form.querySelectorAll('input:not([type=radio]):not([type=checkbox]):not([type=file]):not([type=hidden])')) {
    if (input.value !== '' || input.disabled || input.readOnly || !input.offsetParent) continue
    let value = TEXT[input.id]
    const ce = /^q-ceHours-\\d{4}-(professional|public)$/.exec(input.id)
    if (ce) value = ce[1] === 'professional' ? '70' : '20'
    if (value === undefined) continue
    actions.push({ kind: 'type', css: mark(input), name: input.id, value })
  }
  return actions`

interface Check {
  engine: EngineName
  name: string
  ok: boolean
  ms: number
  note?: string
  error?: string
}

async function journey(d: Driver, appUrl: string, shots: string | undefined, checks: Check[], photo: string) {
  const state: { profileId?: string; link?: string; verdict?: string; item?: string } = {}
  let shot = 0
  const screenshot = async (name: string) => {
    if (!shots) return
    shot++
    await d.screenshot(join(shots, `${d.name}-${String(shot).padStart(2, '0')}-${name}.png`))
  }
  const step = async (name: string, fn: () => Promise<string | void>) => {
    const started = Date.now()
    try {
      const note = (await fn()) ?? undefined
      checks.push({ engine: d.name, name, ok: true, ms: Date.now() - started, note })
      console.log(`  ✓ ${d.name} › ${name} (${Date.now() - started} ms)${note ? ` — ${note}` : ''}`)
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e)
      checks.push({ engine: d.name, name, ok: false, ms: Date.now() - started, error })
      console.log(`  ✘ ${d.name} › ${name}\n${error}`)
      throw e // the journey's later steps depend on this one
    }
  }

  await step('home renders (Chinese, at the viewport width)', async () => {
    await d.goto(appUrl)
    await waitFor(
      d,
      'the home heading',
      `return document.querySelector('h1')?.textContent.includes('职称申报自评助手')`,
    )
    // The start button is enabled once the profiles have loaded from IndexedDB.
    await waitFor(
      d,
      'the start button enabled',
      `const b = [...document.querySelectorAll('button')].find((e) => e.textContent.trim() === '开始自查')
       return b && !b.disabled && !b.className.includes('disabled') && !b.className.includes('loading')`,
    )
    await sleep(300) // web fonts and the first transition
    const width = await d.run<number>('return window.innerWidth')
    await screenshot('home')
    return `viewport ${width}×${await d.run<number>('return window.innerHeight')} CSS px`
  })

  await step('the service worker registers and takes control after a reload', async () => {
    const scope = await waitFor<string>(
      d,
      'navigator.serviceWorker.ready',
      `const r = await navigator.serviceWorker.ready; return r.active ? r.scope : ''`,
      30_000,
    )
    if (scope !== appUrl) throw new Error(`scope ${scope}, expected ${appUrl}`)
    await d.reload()
    await waitFor(d, 'a controlling service worker', 'return navigator.serviceWorker.controller !== null')
    return `scope ${scope}`
  })

  await step('no beforeinstallprompt: no install button (the app shows nothing)', async () => {
    const has = await d.run<boolean>("return 'onbeforeinstallprompt' in window")
    await sleep(300)
    const hint = await d.run<number>(`return document.querySelectorAll('[data-testid="install-hint"] button').length`)
    if (!has && hint !== 0) throw new Error('an install button without beforeinstallprompt')
    return has ? 'this engine has beforeinstallprompt' : 'beforeinstallprompt absent, no install button'
  })

  await step('self-check: every question page answered to the check page', async () => {
    await waitFor(d, 'the start button', markByText('button', '开始自查', 'start'))
    await d.click('[data-eng="start"]')
    await waitForUrl(d, (u) => /\/p\/[^/]+\/q\/track$/.test(u), 'the first question page')
    const pages: string[] = []
    for (let guard = 0; guard < 25; guard++) {
      const url = await d.url()
      const page = /\/q\/([\w-]+)$/.exec(url)?.[1]
      if (!page) break
      await waitFor(d, 'the question form', `return !!document.querySelector('form button[type="submit"]')`)
      pages.push(page)
      for (let round = 0; round < 6; round++) {
        const actions = await d.run<{ kind: string; css: string; value: string }[] | null>(PLAN)
        if (!actions?.length) break
        for (const a of actions) {
          if (a.kind === 'click') await d.click(a.css)
          else await d.type(a.css, a.value)
        }
        // A typed date is committed on blur (answers format 3's social-security start date then asks
        // whether the applicant is still employed there): blur, and plan again.
        await d.run('if (document.activeElement) document.activeElement.blur(); return true')
        await sleep(200)
      }
      if (pages.length === 1) {
        await d.run('window.scrollTo(0, 0)')
        await sleep(200)
        await screenshot('question')
      }
      await d.click('form button[type="submit"]')
      await waitForUrl(d, (u) => u !== url, `leaving ${page}`).catch(async (e: Error) => {
        const errors = await d.run<string>(
          `return [...document.querySelectorAll('[role=alert], .error-summary')].map((e) => e.textContent).join(' | ')`,
        )
        throw new Error(`${e.message}; errors on the page: ${errors}`)
      })
    }
    const url = await d.url()
    if (!/\/check$/.test(url)) throw new Error(`ended at ${url}`)
    state.profileId = /\/p\/([^/]+)\//.exec(new URL(url).pathname)![1]
    return `${pages.length} pages: ${pages.join(', ')}`
  })

  await step('results: the verdict', async () => {
    await waitFor(d, 'the results link', markByText('a', '查看自评结果', 'results'))
    await d.click('[data-eng="results"]')
    await waitForUrl(d, (u) => u.endsWith('/results'), 'the results page')
    state.verdict = await waitFor<string>(
      d,
      'the verdict',
      `return document.querySelector('#verdict-title')?.textContent.trim()`,
    )
    await screenshot('results')
    return state.verdict
  })

  await step('reload keeps the results (IndexedDB)', async () => {
    await d.reload()
    const again = await waitFor<string>(
      d,
      'the verdict again',
      `return document.querySelector('#verdict-title')?.textContent.trim()`,
    )
    if (again !== state.verdict) throw new Error(`verdict after reload: ${again}`)
    const stored = await d.run<{ id: string; track: unknown }[]>(`
      return await new Promise((resolve, reject) => {
        const open = indexedDB.open('zhicheng-self-check')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction('profiles').objectStore('profiles').getAll()
          all.onsuccess = () => { open.result.close(); resolve(all.result.map((p) => ({ id: p.id, track: p.answers?.track }))) }
          all.onerror = () => reject(all.error)
        }
      })`)
    const mine = stored.find((p) => p.id === state.profileId)
    if (mine?.track !== 'engineer') throw new Error(`IndexedDB profiles: ${JSON.stringify(stored)}`)
    return `IndexedDB: ${stored.length} profile, track ${mine.track}`
  })

  await step('checklist: a tick survives a reload', async () => {
    await d.goto(`${appUrl}p/${state.profileId}/checklist`)
    state.item = await waitFor<string>(
      d,
      'a checklist item',
      `return document.querySelector('article[data-item] input[type=checkbox]')?.closest('article').dataset.item`,
    )
    const box = `article[data-item="${state.item}"] input[type=checkbox]`
    await d.click(box)
    await waitFor(d, 'the tick', `return document.querySelector('${box}').checked`)
    await sleep(300) // the write queue
    await d.reload()
    await waitFor(d, 'the tick after reload', `return document.querySelector('${box}')?.checked`)
    return `item ${state.item}`
  })

  await step(
    'a photo attachment: stored (IndexedDB) and shown after a reload — or, where the engine cannot store it, a clear message',
    async () => {
      const article = `article[data-item="${state.item}"]`
      const openPanel = async () => {
        const expanded = await d.run<string | null>(
          `return document.querySelector('${article} .item__toggle')?.getAttribute('aria-expanded') ?? null`,
        )
        if (expanded !== 'true') await d.click(`${article} .item__toggle`)
        await waitFor(
          d,
          'the files input',
          `return !!document.querySelector('${article} input[type=file][data-testid^="files-"]')`,
        )
      }
      await openPanel()
      // Can this session keep a Blob in IndexedDB at all? (WebKit's ephemeral sessions cannot: MiniBrowser
      // under automation is one, like Safari's private browsing.) Probed in a database of its own.
      const blobs = await d.run<string>(`
      return await new Promise((resolve) => {
        const open = indexedDB.open('engine-blob-probe', 1)
        open.onupgradeneeded = () => open.result.createObjectStore('b')
        open.onerror = () => resolve('open: ' + open.error?.name)
        open.onsuccess = () => {
          const db = open.result
          try {
            const tx = db.transaction('b', 'readwrite')
            tx.objectStore('b').put(new Blob(['x'], { type: 'text/plain' }), 1)
            tx.oncomplete = () => { db.close(); indexedDB.deleteDatabase('engine-blob-probe'); resolve('ok') }
            tx.onerror = (ev) => { ev.preventDefault(); db.close(); resolve('put: ' + String(tx.error ?? ev.target?.error)) }
            tx.onabort = () => { db.close(); resolve('put: ' + String(tx.error ?? 'aborted')) }
          } catch (e) { db.close(); resolve('put: ' + String(e)) }
        }
      })`)
      const how = await d.upload(`${article} input[type=file][data-testid^="files-"]`, photo, 'photo.png', 'image/png')
      const shown = `const img = document.querySelector('${article} [data-testid="attachment"] img')
      return img && img.complete && img.naturalWidth > 0 ? img.naturalWidth + '×' + img.naturalHeight : ''`
      if (blobs !== 'ok') {
        // The app's fallback: a clear message naming the file and the reason; nothing else changes.
        const message = await waitFor<string>(
          d,
          'the storage message',
          `const t = document.querySelector('${article}')?.innerText ?? ''
         return t.includes('“photo.png”没有保存') ? t.split('\\n').find((l) => l.includes('photo.png')) : ''`,
        )
        await screenshot('checklist')
        return `file given by ${how}; this session cannot store a Blob in IndexedDB (${blobs}); the app says so: ${message}`
      }
      const size = await waitFor<string>(d, 'the thumbnail', shown, 20_000)
      // Stored: one record in IndexedDB's attachments store (the write may land just after the thumbnail).
      await waitFor(
        d,
        'one attachment in IndexedDB',
        `return await new Promise((resolve, reject) => {
        const open = indexedDB.open('zhicheng-self-check')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const req = open.result.transaction('attachments').objectStore('attachments').count()
          req.onsuccess = () => { open.result.close(); resolve(req.result === 1) }
          req.onerror = () => reject(req.error)
        }
      })`,
      )
      await screenshot('checklist')
      await d.reload()
      await openPanel()
      await waitFor(d, 'the thumbnail after reload', shown, 20_000)
      return `file given by ${how === 'driver' ? 'the driver' : 'a script DataTransfer (driver refused the hidden input)'}; thumbnail ${size} px`
    },
  )

  await step('share link: built under the app URL; no Web Share → copy or the text by hand', async () => {
    await d.goto(`${appUrl}p/${state.profileId}/checklist`)
    await d.click('[data-testid="checklist-to-summary"]')
    await waitForUrl(d, (u) => u.endsWith('/summary'), 'the summary page')
    const text = await waitFor<string>(
      d,
      'the text preview with the link',
      `const t = document.querySelector('[data-testid="text-preview"]')?.textContent ?? ''; return t.includes('/s#') ? t : ''`,
    )
    const link = text.slice(text.indexOf(`${appUrl}s#`)).split(/\s/)[0]!
    if (!/^http:\/\/[^#]+\/s#[A-Za-z0-9_-]{20,}$/.test(link)) throw new Error(`no link in: ${text}`)
    state.link = link
    const webShare = await d.run<boolean>("return typeof navigator.share === 'function'")
    const shareButton = await d.run<boolean>(markByText('button', '分享…', 'share'))
    if (webShare !== shareButton) throw new Error(`navigator.share ${webShare} but the "分享…" button ${shareButton}`)
    await screenshot('summary')
    await d.click('[data-testid="copy-link"]')
    const outcome = await waitFor<string>(
      d,
      'copied, or the manual copy fallback',
      `const toast = document.querySelector('[data-testid="share-toast"]')?.textContent.trim()
       if (toast === '已复制') return 'copied'
       const manual = document.querySelector('[data-testid="manual-copy-text"]')
       return manual && manual.offsetParent ? 'manual:' + manual.value : ''`,
    )
    if (outcome.startsWith('manual:') && !outcome.includes(link)) throw new Error(`manual copy text: ${outcome}`)
    return `${link.length} chars; Web Share ${webShare ? 'present (button shown)' : 'absent (no button)'}; copy link → ${outcome.startsWith('manual:') ? 'manual-copy fallback (clipboard refused)' : 'clipboard'}`
  })

  await step('shared view: the link opens the read-only summary', async () => {
    await d.goto(appUrl) // leave the summary (a dialog may be open)
    await d.goto(state.link!)
    await waitFor(d, 'the read-only note', `return !!document.querySelector('[data-testid="read-only"]')`)
    await waitFor(d, 'the summary card', `return !!document.querySelector('[data-testid="summary-card"]')`)
    const href = await d.run<string>(`return document.querySelector('[data-testid="make-own"]')?.getAttribute('href')`)
    if (href !== new URL(appUrl).pathname) throw new Error(`make-own href ${href}`)
    await screenshot('shared')
  })
}

async function makePhoto(path: string): Promise<void> {
  const png = new PNG({ width: 320, height: 240 })
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4
      png.data[i] = (x * 255) / png.width
      png.data[i + 1] = (y * 255) / png.height
      png.data[i + 2] = ((x ^ y) & 0x20) * 6
      png.data[i + 3] = 255
    }
  await writeFile(path, PNG.sync.write(png))
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('no dist/: run `npm run build` first')
  const started = Date.now()
  const tmp = await mkdtemp(join(tmpdir(), 'engines-'))
  const photo = join(tmp, 'photo.png')
  await makePhoto(photo)
  if (SHOTS) await mkdir(SHOTS, { recursive: true })
  const server = await startNginx({ build: DIST, base: '/', port: NGINX_PORT + 2 })
  const checks: Check[] = []
  const versions: string[] = []
  try {
    for (const engine of ENGINES) {
      console.log(`==> ${engine}`)
      let d: Driver | undefined
      try {
        d =
          engine === 'firefox'
            ? await launchFirefox()
            : await launchWebKit({ driverPort: DRIVER_PORT, display: DISPLAY })
        versions.push(`${engine}: ${d.version}`)
        console.log(`    ${d.version}; asked for ${VIEWPORT.width}×${VIEWPORT.height}`)
        await journey(d, server.appUrl, SHOTS, checks, photo)
      } catch (e) {
        if (!checks.some((c) => c.engine === engine && !c.ok))
          checks.push({ engine, name: 'launch', ok: false, ms: 0, error: e instanceof Error ? e.message : String(e) })
        console.log(`  ✘ ${engine}: ${e instanceof Error ? e.message : String(e)}`)
      } finally {
        await d?.close()
      }
    }
  } finally {
    await server.stop()
    await rm(tmp, { recursive: true, force: true })
  }
  const passed = checks.filter((c) => c.ok).length
  const failed = checks.length - passed
  const secs = ((Date.now() - started) / 1000).toFixed(1)
  console.log(versions.map((v) => `    ${v}`).join('\n'))
  // Same shape as Playwright's summary line, so .ci/run's total counts these too.
  if (failed) {
    console.log(`  ${failed} failed`)
    console.log(`  ${passed} passed (${secs}s) [engines]`)
    process.exit(1)
  }
  console.log(`  ${passed} passed (${secs}s) [engines]`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
