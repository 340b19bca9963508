/**
 * Byte budget of the build (bytes are deterministic; times live in `npm run bench`).
 * Runs after `npm run build` like every e2e file; needs no browser.
 */
import { expect, test } from '@playwright/test'
import { INITIAL_GZIP_BUDGET, bundleStats, kb } from '../../scripts/lib/bundle-stats'

test('initial JS + CSS stays within 130 KB gzip', () => {
  const s = bundleStats('dist')
  const detail = s.initial.map((f) => `${f.file} ${kb(f.gzip)}`).join('\n')
  expect(s.initial.length, 'index.html loads some JS and CSS').toBeGreaterThan(1)
  expect(
    s.initialGzip.total,
    `initial JS ${kb(s.initialGzip.js)} + CSS ${kb(s.initialGzip.css)}:\n${detail}`,
  ).toBeLessThanOrEqual(INITIAL_GZIP_BUDGET)
})

test('the service worker precaches every lazy chunk', () => {
  const s = bundleStats('dist')
  expect(s.precache.entries).toBeGreaterThan(s.lazy.length)
  expect(s.precache.bytes).toBeGreaterThan(0)
})
