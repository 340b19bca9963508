/**
 * The summary card and the read-only shared view, mounted: what a link shows, in the viewer's
 * language, hostile names as text, and the error states that show nothing else.
 */
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter, type RouteLocationNormalized } from 'vue-router'
import SummaryCard from '@/components/share/SummaryCard.vue'
import { summaryView } from '@/share/view'
import { applyLang, DEFAULT_LANG, type Lang } from '@/i18n'
import SharedSummaryPage from '@/pages/SharedSummaryPage.vue'
import { router as appRouter, routes } from '@/router'
import { encodeSummary, toBase64Url, withChecksum } from '@/share'
import { SHARE_PACK, buildAll } from '../share/helpers'

const HOSTILE = '<img src=x onerror=alert(1)>'

afterEach(() => applyLang(DEFAULT_LANG))

async function openShared(hash: string, lang: Lang = 'zh-CN') {
  applyLang(lang)
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(`/s${hash}`)
  const wrapper = mount(SharedSummaryPage, { global: { plugins: [router], stubs: { RouterLink: RouterLinkStub } } })
  await flushPromises()
  return wrapper
}

describe('SummaryCard', () => {
  it('renders a hostile display name as text: no element is created from it', () => {
    const { summary } = buildAll(HOSTILE)[4]!
    const wrapper = mount(SummaryCard, { props: { view: summaryView(summary, 'zh-CN', SHARE_PACK) } })
    expect(wrapper.get('[data-testid="summary-name"]').text()).toBe(`申报人：${HOSTILE}`)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.html()).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('gives every requirement of the summary its status', () => {
    for (const { c, summary } of buildAll().slice(0, 20)) {
      const wrapper = mount(SummaryCard, { props: { view: summaryView(summary, 'en-US', SHARE_PACK) } })
      const shown = wrapper.findAll('[data-req]').map((el) => [el.attributes('data-req'), el.attributes('data-status')])
      const expected = summary.requirements.filter((r) => r.status !== 'not-applicable').map((r) => [r.id, r.status])
      expect(shown.sort(), c.name).toEqual(expected.sort())
      expect(wrapper.get('[data-testid="summary-overall"]').attributes('data-overall')).toBe(summary.overall)
    }
  })
})

describe('SharedSummaryPage (/s#…)', () => {
  const built = buildAll('张工').find((b) => b.summary.overall === 'not-eligible' && b.summary.track)!
  const payload = encodeSummary(built.summary, SHARE_PACK)

  it('shows someone else’s summary, read only, in the viewer’s language', async () => {
    const zh = await openShared(`#${payload}`, 'zh-CN')
    expect(zh.get('[data-testid="read-only"]').text()).toContain('这是他人分享的自查摘要，只读')
    expect(zh.get('[data-testid="summary-name"]').text()).toBe('申报人：张工')
    expect(zh.get('[data-testid="summary-overall"]').text()).toContain('暂不符合申报条件')
    expect(zh.find('[data-testid="make-own"]').exists()).toBe(true)
    const en = await openShared(`#${payload}`, 'en-US')
    expect(en.get('[data-testid="read-only"]').text()).toContain('A summary shared by someone else — read only')
    expect(en.get('[data-testid="summary-overall"]').text()).toContain('Not eligible yet')
  })

  it('says a damaged link is damaged and shows nothing else', async () => {
    const flipped = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11)
    for (const hash of [`#${flipped}`, `#${payload.slice(0, -2)}`, '#v1.anything']) {
      const w = await openShared(hash)
      expect(w.get('[data-testid="shared-error"]').attributes('data-error')).toBe('damaged')
      expect(w.text()).toContain('链接不完整或已损坏，无法读取。请让对方重新复制链接发给您。')
      expect(w.find('[data-testid="summary-card"]').exists()).toBe(false)
      expect(w.find('[data-testid="read-only"]').exists()).toBe(false)
    }
    const empty = await openShared('')
    expect(empty.get('[data-testid="shared-error"]').attributes('data-error')).toBe('empty')
  })

  it('asks for an update when the link comes from a newer app version', async () => {
    const newer = toBase64Url(withChecksum(new Uint8Array([2, 0, 1, 2, 3])))
    const zh = await openShared(`#${newer}`, 'zh-CN')
    expect(zh.get('[data-testid="shared-error"]').attributes('data-error')).toBe('newer-version')
    expect(zh.get('h1').text()).toBe('请更新应用')
    expect(zh.text()).toContain('这个链接由更新版本的应用生成。请更新应用后再打开。')
    expect(zh.find('[data-testid="summary-card"]').exists()).toBe(false)
    const en = await openShared(`#${newer}`, 'en-US')
    expect(en.get('h1').text()).toBe('Update the app')
  })
})

describe('router', () => {
  it('opens /s without a profile guard and never scrolls to its fragment', async () => {
    const shared = appRouter.resolve('/s#1AbC-_x')
    expect(shared.name).toBe('shared')
    expect(shared.params).toEqual({})
    const scroll = appRouter.options.scrollBehavior!
    const result = await scroll(
      shared as unknown as RouteLocationNormalized,
      appRouter.resolve('/') as unknown as RouteLocationNormalized,
      null,
    )
    expect(result).toEqual({ top: 0 })
    expect(appRouter.resolve('/p/abc/summary').name).toBe('summary')
  })
})
