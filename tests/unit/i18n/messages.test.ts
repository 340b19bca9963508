import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { lazyDomains, loadLazyMessages, messages, modules } from '@/locales'
import { applyLang, pickLang, t, tIn } from '@/i18n'
import { useExplain } from '@/i18n/explain'

await loadLazyMessages()
// useExplain renders under the pack of the profile on screen (the assessment store's).
setActivePinia(createPinia())

describe('messages', () => {
  it('lazy domains register on demand, and every domain is registered after loading', () => {
    for (const d of lazyDomains) expect(modules, d).toHaveProperty(d)
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(10)
    expect(messages['zh-CN']['questions.navTitle' as keyof (typeof messages)['zh-CN']]).toBeTruthy()
  })

  it.each(Object.keys(modules))('%s: the Chinese and English keys are the same', (domain) => {
    const mod = modules[domain as keyof typeof modules]!
    expect(Object.keys(mod.en).sort()).toEqual(Object.keys(mod.zh).sort())
  })

  it('no message is empty, in either language', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const empty = Object.entries(messages[lang]).filter(([, text]) => !text.trim())
      expect(empty, `${lang}: ${empty.map(([k]) => k).join(', ')}`).toEqual([])
    }
  })

  it('both languages use the same {placeholders} in each message', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const zh = messages['zh-CN']
    const en = messages['en-US']
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(holes(en[key]), key).toEqual(holes(zh[key]))
    }
  })
})

describe('t', () => {
  it('interpolates parameters and leaves unknown ones visible', () => {
    expect(tIn('zh-CN', 'profiles.deleted', { name: '甲' })).toBe('已删除“甲”。')
    expect(tIn('en-US', 'profiles.defaultName', { n: 3 })).toBe('My application 3')
    expect(tIn('en-US', 'profiles.defaultName')).toBe('My application {n}')
  })

  it('follows the current language, and so do pickLang and useExplain', () => {
    applyLang('en-US')
    expect(t('common.undo')).toBe('Undo')
    expect(pickLang({ zh: '中', en: 'en' })).toBe('en')
    const explain = useExplain()
    expect(explain({ key: 'fig.self-declared' })).toBe('Declared by you.')
    applyLang('zh-CN')
    expect(t('common.undo')).toBe('撤销')
    expect(explain({ key: 'fig.self-declared' })).toBe('本人声明符合。')
  })
})
