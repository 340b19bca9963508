/**
 * Visible keyboard focus on every screen (WCAG 2.2 2.4.7 / 2.4.11 / 2.4.13). axe does not see focus,
 * so this test tabs through each screen and, for every element that takes focus, measures the ring
 * the user sees: on the element itself, or — for a visually hidden control such as a radio or a
 * file input — on the card or label that draws it. The ring must be drawn (outline or box-shadow),
 * at least 2 px thick, with a contrast of at least 3:1 against what is behind it.
 */
import { expect, test, type Page } from '@playwright/test'
import { ENGINEER_NORMAL, profileIdOf, selfCheck } from './flows'

interface Ring {
  what: string
  ok: boolean
  width: number
  contrast: number
  why: string
}

/** Measures the focus ring of `document.activeElement` (runs in the page). */
function measureFocus(): Ring | null {
  const el = document.activeElement as HTMLElement | null
  if (!el || el === document.body || el === document.documentElement) return null

  const rgba = (c: string): [number, number, number, number] => {
    const m = /rgba?\(([^)]+)\)/.exec(c)
    if (!m) return [0, 0, 0, 0]
    const p = m[1]!
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number)
    return [p[0]!, p[1]!, p[2]!, p[3] ?? 1]
  }
  const lum = ([r, g, b]: number[]) => {
    const f = (v: number) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!)
  }
  const ratio = (a: number[], b: number[]) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p)
    return (x! + 0.05) / (y! + 0.05)
  }
  /** The first opaque background at or above `from` (the page's when none). */
  const backgroundOf = (from: Element | null): number[] => {
    for (let e = from; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor)
      if (c[3] > 0.5) return c
    }
    return [255, 255, 255, 1]
  }
  const describe = (e: Element) =>
    `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].slice(0, 2).join('.')} "${(e.textContent ?? '').trim().slice(0, 30)}"`

  /** The ring an element draws: outline, else a box-shadow's spread. */
  const ringOf = (e: Element) => {
    const s = getComputedStyle(e)
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) {
      return {
        width: parseFloat(s.outlineWidth),
        color: rgba(s.outlineColor),
        inside: parseFloat(s.outlineOffset) < 0,
      }
    }
    // e.g. "rgb(28, 95, 184) 0px 0px 0px 3px": colour, x, y, blur, spread
    const m = /(rgba?\([^)]+\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px(\s+inset)?/.exec(s.boxShadow)
    if (m && parseFloat(m[5]!) > 0) return { width: parseFloat(m[5]!), color: rgba(m[1]!), inside: !!m[6] }
    return null
  }

  const candidates: Element[] = [el]
  if (el.parentElement) candidates.push(el.parentElement)
  if (el.parentElement?.parentElement) candidates.push(el.parentElement.parentElement)
  if (el.nextElementSibling) candidates.push(el.nextElementSibling)
  const lab = (el as HTMLInputElement).labels?.[0]
  if (lab) candidates.push(lab)

  for (const c of candidates) {
    const ring = ringOf(c)
    if (!ring) continue
    const behind = ring.inside ? backgroundOf(c) : backgroundOf(c.parentElement)
    const contrast = ratio(ring.color, behind)
    const ok = ring.width >= 2 && contrast >= 3
    return {
      what: describe(el) + (c === el ? '' : ` (ring on ${describe(c)})`),
      ok,
      width: ring.width,
      contrast: Math.round(contrast * 100) / 100,
      why: ok
        ? ''
        : `width ${ring.width}px, contrast ${contrast.toFixed(2)}:1 (ring rgb(${ring.color.slice(0, 3).join(',')}) on rgb(${behind.slice(0, 3).join(',')}))`,
    }
  }
  return { what: describe(el), ok: false, width: 0, contrast: 0, why: 'no outline or box-shadow' }
}

/**
 * Tabs from the top of the current screen until focus comes back round (or `max` presses), and
 * returns every stop with its ring.
 */
async function tabThrough(page: Page, max = 80): Promise<Ring[]> {
  await page.evaluate(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    window.scrollTo(0, 0)
  })
  const seen = new Map<string, Ring>()
  let first: string | null = null
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    let ring = await page.evaluate(measureFocus)
    if (ring && !ring.ok) {
      // Measure the settled, painted state: under load Chromium has been seen to report a link's
      // text colour as its ring colour for a moment right after the focus move.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      ring = await page.evaluate(measureFocus)
    }
    if (!ring) continue
    if (ring.what === first) break
    first ??= ring.what
    if (!seen.has(ring.what)) seen.set(ring.what, ring)
  }
  return [...seen.values()]
}

async function expectVisibleFocus(page: Page, screen: string, minStops = 3): Promise<void> {
  const stops = await tabThrough(page)
  const bad = stops.filter((s) => !s.ok)
  expect(stops.length, `${screen}: only ${stops.length} focus stops`).toBeGreaterThanOrEqual(minStops)
  expect(
    bad.map((b) => `${b.what}: ${b.why}`),
    `${screen}: focus not visible`,
  ).toEqual([])
}

test('every focusable control on every screen shows a ring ≥ 2 px at ≥ 3:1', async ({ page }) => {
  test.setTimeout(180_000)
  await page.emulateMedia({ reducedMotion: 'reduce' })

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectVisibleFocus(page, 'home')

  await selfCheck(page, ENGINEER_NORMAL)
  const id = profileIdOf(page)
  await expectVisibleFocus(page, 'results', 10)

  for (const [screen, path] of [
    ['question: track', `/p/${id}/q/track`],
    ['question: retirement (date field)', `/p/${id}/q/retirement`],
    ['question: ce (number fields)', `/p/${id}/q/ce`],
    ['check', `/p/${id}/check`],
    ['checklist', `/p/${id}/checklist`],
    ['timeline', `/p/${id}/timeline`],
    ['summary', `/p/${id}/summary`],
    ['profiles', '/profiles'],
    ['settings', '/settings'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectVisibleFocus(page, screen)
  }

  // The shared view, from the summary's own link.
  await page.goto(`/p/${id}/summary`)
  await page.getByTestId('copy-link').waitFor()
  const link = await page.evaluate(
    () => document.querySelector<HTMLElement>('[data-testid="text-preview"]')?.textContent ?? '',
  )
  const url = /https?:\/\/\S+\/s#\S+/.exec(link)?.[0]
  expect(url, 'the text preview carries the link').toBeTruthy()
  await page.goto(url!)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectVisibleFocus(page, 'shared view', 2)
})

test('the rings the test sees are the ones drawn: Vant normalize does not remove them', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab') // skip link
  await page.keyboard.press('Tab') // the nav bar's settings link
  const ring = await page.evaluate(measureFocus)
  expect(ring?.ok, JSON.stringify(ring)).toBe(true)
  expect(ring!.width).toBeGreaterThanOrEqual(3)
})
