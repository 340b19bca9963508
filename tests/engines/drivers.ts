/**
 * The two non-Chromium engines from Debian's packages, behind one small interface:
 *  - Gecko: `/usr/bin/firefox-esr` driven by puppeteer-core over WebDriver BiDi (no geckodriver);
 *  - WebKit: WebKitGTK's MiniBrowser driven by `WebKitWebDriver` (W3C WebDriver, selenium-webdriver)
 *    on an Xvfb display (MiniBrowser has no usable headless mode).
 * Every process started here is stopped by its PID in `close()`.
 *
 * Page scripts are passed as strings (not functions): tsx/esbuild may add helpers such as `__name`
 * to compiled functions, which do not exist in the page.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { createConnection } from 'node:net'

export type EngineName = 'firefox' | 'webkit'

export interface Driver {
  name: EngineName
  /** Browser name and version as the engine reports it. */
  version: string
  goto(url: string): Promise<void>
  reload(): Promise<void>
  url(): Promise<string>
  /** Runs `body` as the body of an async function in the page, with `args` as `args`; returns its result. */
  run<T>(body: string, ...args: unknown[]): Promise<T>
  /** A real (driver-level) click on the first element matching `css`. */
  click(css: string): Promise<void>
  /** Real typing into the element matching `css` (after clearing it). */
  type(css: string, text: string): Promise<void>
  /** Puts a file into an `<input type=file>`; says how (the driver's own way, or a DataTransfer from script). */
  upload(css: string, path: string, name: string, type: string): Promise<'driver' | 'script'>
  /** The viewport, as a PNG. */
  screenshot(path: string): Promise<void>
  close(): Promise<void>
}

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'
export const VIEWPORT = { width: 390, height: 844 }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function waitForPort(port: number, timeoutMs = 15_000): Promise<void> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = createConnection({ host: '127.0.0.1', port })
      s.once('connect', () => {
        s.destroy()
        resolve()
      })
      s.once('error', () => {
        s.destroy()
        if (Date.now() - started > timeoutMs) reject(new Error(`nothing listens on ${port}`))
        else setTimeout(attempt, 100)
      })
    }
    attempt()
  })
}

async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

// ───────────────────────── Firefox ESR (puppeteer-core, WebDriver BiDi) ─────────────────────────

export async function launchFirefox(): Promise<Driver> {
  const puppeteer = (await import('puppeteer-core')).default
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'intl.accept_languages': 'zh-CN, zh',
      'intl.locale.requested': 'zh-CN',
      // Overlay scrollbars, as on a phone: a classic one would take 12 px of the 390.
      'ui.useOverlayScrollbars': 1,
    },
    env: { ...process.env, TZ: 'Asia/Shanghai' },
  })
  const page = (await browser.pages())[0] ?? (await browser.newPage())
  await page.setViewport(VIEWPORT)
  page.setDefaultTimeout(15_000)
  const version = await browser.version()
  return {
    name: 'firefox',
    version,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' })
    },
    async reload() {
      await page.reload({ waitUntil: 'load' })
    },
    url: async () => page.url(),
    run: <T>(body: string, ...args: unknown[]) =>
      page.evaluate(`(async (args) => { ${body} })(${JSON.stringify(args)})`) as Promise<T>,
    async click(css) {
      const el = await page.waitForSelector(css, { visible: true })
      await el!.click()
    },
    async type(css, text) {
      const el = await page.waitForSelector(css, { visible: true })
      await el!.click({ count: 3 })
      await page.keyboard.press('Backspace')
      await el!.type(text)
    },
    async upload(css, path) {
      const el = await page.waitForSelector(css)
      await (el as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path)
      return 'driver'
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` })
    },
    async close() {
      const proc = browser.process()
      await browser.close().catch(() => undefined)
      await stopChild(proc ?? undefined)
    },
  }
}

// ───────────────────────── WebKitGTK (WebKitWebDriver + MiniBrowser, Xvfb) ─────────────────────────

export async function launchWebKit(options: { driverPort: number; display: number }): Promise<Driver> {
  const { Builder, By, until } = await import('selenium-webdriver')
  const env = { ...process.env, DISPLAY: `:${options.display}`, TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8' }
  const children: ChildProcess[] = []
  try {
    if (existsSync(`/tmp/.X${options.display}-lock`)) throw new Error(`display :${options.display} is taken`)
    const xvfb = spawn('Xvfb', [`:${options.display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: 'ignore',
    })
    children.push(xvfb)
    for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${options.display}`); i++) await sleep(50)
    const wd = spawn('WebKitWebDriver', [`--port=${options.driverPort}`], { env, stdio: 'ignore' })
    children.push(wd)
    await waitForPort(options.driverPort)
  } catch (e) {
    for (const c of children.reverse()) await stopChild(c)
    throw e
  }
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${options.driverPort}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    })
    .build()
  const caps = await driver.getCapabilities()
  // The window cannot be narrower than about 447 px: ask for 390 and take what we get.
  await driver.manage().window().setRect({ width: VIEWPORT.width, height: VIEWPORT.height, x: 0, y: 0 })
  // The window's height includes MiniBrowser's chrome: grow it until the viewport is 844 high.
  const inner = (await driver.executeScript('return window.innerHeight')) as number
  if (inner > 0 && inner < VIEWPORT.height)
    await driver
      .manage()
      .window()
      .setRect({ width: VIEWPORT.width, height: 2 * VIEWPORT.height - inner })
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 })
  const find = async (css: string) => {
    const el = await driver.wait(until.elementLocated(By.css(css)), 15_000)
    return el
  }
  return {
    name: 'webkit',
    version: `${caps.get('browserName')} ${caps.get('browserVersion')}`,
    async goto(url) {
      await driver.get(url)
    },
    async reload() {
      await driver.navigate().refresh()
    },
    url: () => driver.getCurrentUrl(),
    run: <T>(body: string, ...args: unknown[]) =>
      driver.executeScript(`return (async (args) => { ${body} })(arguments[0])`, args) as Promise<T>,
    async click(css) {
      const el = await find(css)
      await driver.wait(until.elementIsVisible(el), 15_000)
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', el)
      await el.click()
    },
    async type(css, text) {
      const el = await find(css)
      await el.clear()
      await el.sendKeys(text)
    },
    async upload(css, path, name, type) {
      const el = await find(css)
      try {
        await el.sendKeys(path)
        return 'driver'
      } catch {
        // WebKitWebDriver refuses keys to a hidden file input: hand the page the same bytes as a File.
        const { readFile } = await import('node:fs/promises')
        const b64 = (await readFile(path)).toString('base64')
        await driver.executeScript(
          `const [input, b64, name, type] = arguments
           const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
           const dt = new DataTransfer()
           dt.items.add(new File([bytes], name, { type }))
           input.files = dt.files
           input.dispatchEvent(new Event('change', { bubbles: true }))`,
          el,
          b64,
          name,
          type,
        )
        return 'script'
      }
    },
    async screenshot(path) {
      await writeFile(path, Buffer.from(await driver.takeScreenshot(), 'base64'))
    },
    async close() {
      await driver.quit().catch(() => undefined)
      for (const c of children.reverse()) await stopChild(c)
    },
  }
}
