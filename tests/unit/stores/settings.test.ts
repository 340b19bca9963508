import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Locale } from 'vant'
import { createPinia, setActivePinia } from 'pinia'
import { db } from '@/db'
import { LANG_STORAGE_KEY, t } from '@/i18n'
import { useSettingsStore } from '@/stores/settings'
import { disposeStores, failWrites, freshState, readBack } from './helpers'

beforeEach(async () => {
  await freshState()
})
afterEach(() => disposeStores())

describe('settings store', () => {
  it('defaults to Chinese', async () => {
    const s = useSettingsStore()
    await s.load()
    expect(s.lang).toBe('zh-CN')
    expect(document.documentElement.lang).toBe('zh-CN')
  })

  it('setLang switches texts, Vant and <html lang>, and persists in IndexedDB and localStorage', async () => {
    const s = useSettingsStore()
    await s.setLang('en-US')
    expect(t('settings.title')).toBe('Settings')
    expect(document.documentElement.lang).toBe('en-US')
    expect(Locale.messages()).toMatchObject({ confirm: 'Confirm' })
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en-US')
    expect(await readBack((o) => o.settings.get('lang'))).toEqual({ key: 'lang', value: 'en-US' })

    await s.setLang('zh-CN')
    expect(t('settings.title')).toBe('设置')
    expect(Locale.messages()).toMatchObject({ confirm: '确认' })
  })

  it('a reload restores the language from IndexedDB even when the localStorage mirror is gone', async () => {
    await useSettingsStore().setLang('en-US')
    disposeStores()
    localStorage.clear()
    setActivePinia(createPinia())
    const s = useSettingsStore()
    expect(s.lang).toBe('zh-CN') // before load: mirror missing → default
    await s.load()
    expect(s.lang).toBe('en-US')
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en-US')
  })

  it('the mirror gives the right language before IndexedDB answers (no flash)', async () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en-US')
    await db.settings.put({ key: 'lang', value: 'en-US' })
    setActivePinia(createPinia())
    expect(useSettingsStore().lang).toBe('en-US')
  })

  it('ignores an unknown stored language', async () => {
    await db.settings.put({ key: 'lang', value: 'fr-FR' })
    localStorage.setItem(LANG_STORAGE_KEY, 'klingon')
    const s = useSettingsStore()
    await s.load()
    expect(s.lang).toBe('zh-CN')
  })

  it('a failed write still switches the language now and reports the error', async () => {
    const s = useSettingsStore()
    const restore = await failWrites('settings')
    try {
      await s.setLang('en-US')
      expect(s.lang).toBe('en-US')
      expect(s.lastError?.en).toMatch(/out of storage/)
    } finally {
      await restore()
    }
  })
})
