/**
 * The offline / update / install / storage components, mounted with fakes for the browser APIs.
 */
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { applyLang, DEFAULT_LANG } from '@/i18n'

const pwa = vi.hoisted(() => ({
  update: vi.fn(async () => undefined),
}))

vi.mock('@/pwa/register', async () => {
  const { ref: vueRef } = await import('vue')
  const needRefresh = vueRef(false)
  const offlineReady = vueRef(false)
  const state = {
    needRefresh,
    offlineReady,
    update: pwa.update,
    later: () => {
      needRefresh.value = false
    },
  }
  return { usePwaUpdate: () => state, registerPwa: () => state }
})

const { usePwaUpdate } = await import('@/pwa/register')
const { default: NetworkStatus } = await import('@/components/pwa/NetworkStatus.vue')
const { default: UpdatePrompt } = await import('@/components/pwa/UpdatePrompt.vue')
const { default: StorageStatus } = await import('@/components/pwa/StorageStatus.vue')
const { default: InstallHint } = await import('@/components/pwa/InstallHint.vue')
const { resetPersistenceRequest } = await import('@/pwa/storage')
const { installed, installPrompt } = await import('@/pwa/install')

const global = { stubs: { RouterLink: RouterLinkStub } }

beforeEach(() => {
  applyLang(DEFAULT_LANG)
  localStorage.clear()
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('NetworkStatus', () => {
  it('says nothing online, one polite line offline, and a brief note when back', async () => {
    vi.useFakeTimers()
    const wrapper = mount(NetworkStatus, { global })
    const region = wrapper.get('[role="status"]')
    expect(region.attributes('aria-live')).toBe('polite')
    expect(region.text()).toBe('')

    window.dispatchEvent(new Event('offline'))
    await nextTick()
    expect(region.text()).toBe('离线模式：所有功能可用，数据保存在本机')

    applyLang('en-US')
    await nextTick()
    expect(region.text()).toBe('Offline: everything works, data stays on this phone')
    applyLang('zh-CN')

    window.dispatchEvent(new Event('online'))
    await nextTick()
    expect(region.text()).toBe('已恢复联网')
    vi.advanceTimersByTime(4000)
    await nextTick()
    expect(region.text()).toBe('')
    wrapper.unmount()
  })
})

describe('UpdatePrompt', () => {
  it('shows a non-modal notice when a version waits; "更新" updates, "稍后" hides it', async () => {
    const state = usePwaUpdate()
    const wrapper = mount(UpdatePrompt, { global })
    expect(wrapper.text()).toBe('')

    state.needRefresh.value = true
    await nextTick()
    expect(wrapper.text()).toContain('有新版本可用')
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)
    const [later, update] = wrapper.findAll('button')
    expect(later!.text()).toBe('稍后')
    expect(update!.text()).toBe('更新')

    // "Later": hidden, nothing reloads.
    await later!.trigger('click')
    expect(state.needRefresh.value).toBe(false)
    expect(wrapper.text()).toBe('')
    expect(pwa.update).not.toHaveBeenCalled()

    // Offered again (next start): "Update" activates the new version.
    state.needRefresh.value = true
    await nextTick()
    await wrapper.findAll('button')[1]!.trigger('click')
    expect(pwa.update).toHaveBeenCalledTimes(1)
    state.needRefresh.value = false
    wrapper.unmount()
  })

  it('says briefly that the app is ready offline after the first install', async () => {
    vi.useFakeTimers()
    const state = usePwaUpdate()
    const wrapper = mount(UpdatePrompt, { global })
    state.offlineReady.value = true
    await nextTick()
    expect(wrapper.text()).toBe('已可离线使用')
    vi.advanceTimersByTime(4000)
    await nextTick()
    expect(wrapper.text()).toBe('')
    wrapper.unmount()
  })
})

describe('StorageStatus', () => {
  afterEach(() => resetPersistenceRequest())

  function stubStorage(persisted: boolean, grant: boolean) {
    let state = persisted
    const storage = {
      persisted: vi.fn(async () => state),
      persist: vi.fn(async () => (state = grant)),
      estimate: vi.fn(async () => ({ usage: 3 * 1024 * 1024, quota: 1024 * 1024 * 1024 })),
    }
    vi.stubGlobal('navigator', { ...navigator, storage })
    return storage
  }

  it('when storage is not persistent: says so, recommends a backup, and offers to ask', async () => {
    const storage = stubStorage(false, true)
    const wrapper = mount(StorageStatus, { global })
    await flushPromises()
    expect(wrapper.text()).toContain('持久保存：未开启')
    expect(wrapper.text()).toContain('已用 3.0 MB，可用空间约 1,024.0 MB')
    expect(wrapper.getComponent(RouterLinkStub).props('to')).toBe('/settings#backup')

    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(storage.persist).toHaveBeenCalledTimes(1)
    expect(wrapper.text()).toContain('持久保存：已开启')
    expect(wrapper.findComponent(RouterLinkStub).exists()).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('when the browser says no, explains when it usually says yes', async () => {
    stubStorage(false, false)
    const wrapper = mount(StorageStatus, { global })
    await flushPromises()
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('浏览器暂未同意')
  })
})

describe('InstallHint', () => {
  beforeEach(() => {
    installed.value = false
    installPrompt.value = Object.assign(new Event('beforeinstallprompt'), {
      prompt: vi.fn(async () => undefined),
      userChoice: Promise.resolve({ outcome: 'dismissed' as const }),
    })
  })

  it('on the home page: a card with the install button, gone for good once dismissed', async () => {
    const wrapper = mount(InstallHint, { props: { place: 'home' }, global })
    expect(wrapper.text()).toContain('添加到主屏幕')
    const dismiss = wrapper.findAll('button').find((b) => b.text() === '不再提示')!
    await dismiss.trigger('click')
    expect(wrapper.find('section').exists()).toBe(false)

    const again = mount(InstallHint, { props: { place: 'home' }, global })
    expect(again.find('section').exists()).toBe(false)
    // The settings page still offers it, without a dismiss button.
    const settings = mount(InstallHint, { props: { place: 'settings' }, global })
    expect(settings.find('section').exists()).toBe(true)
    expect(settings.findAll('button').map((b) => b.text())).toEqual(['添加到主屏幕'])
  })

  it('shows nothing where the browser cannot install and it is not iOS Safari', () => {
    installPrompt.value = null
    const wrapper = mount(InstallHint, { props: { place: 'home' }, global })
    expect(wrapper.find('section').exists()).toBe(false)
  })
})
