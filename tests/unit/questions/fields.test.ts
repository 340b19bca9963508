import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import NumberField from '@/components/questions/NumberField.vue'
import DateField from '@/components/questions/DateField.vue'

const hours = { integer: false, min: 0, max: 2000 }

describe('NumberField', () => {
  it('saves a number as it is typed', async () => {
    const w = mount(NumberField, { props: { id: 'h', modelValue: undefined, rules: hours } })
    await w.get('input').setValue('60')
    expect(w.emitted('update:modelValue')).toEqual([[60]])
    expect(w.get('input').attributes('inputmode')).toBe('numeric')
  })

  it('refuses a negative number: nothing saved, the reason reported when the field is left', async () => {
    const w = mount(NumberField, { props: { id: 'h', modelValue: undefined, rules: hours } })
    await w.get('input').setValue('-5')
    expect(w.emitted('update:modelValue')).toBeUndefined()
    await w.get('input').trigger('change')
    expect(w.emitted('parse-error')?.at(-1)).toEqual(['negative'])
  })

  it('clears a saved value when the text stops being a number, keeping what was typed', async () => {
    const w = mount(NumberField, { props: { id: 'h', modelValue: 20, rules: hours } })
    await w.get('input').setValue('2o')
    expect(w.emitted('update:modelValue')).toEqual([[undefined]])
    await w.setProps({ modelValue: undefined })
    expect((w.get('input').element as HTMLInputElement).value).toBe('2o')
    await w.get('input').trigger('change')
    expect(w.emitted('parse-error')?.at(-1)).toEqual(['not-number'])
  })
})

describe('DateField', () => {
  const mountDate = (modelValue?: string) =>
    mount(DateField, { props: { id: 'd', label: '出生日期', modelValue }, global: { stubs: { teleport: true } } })

  it('normalises 2020/3/5 to 2020-03-05 and saves it', async () => {
    const w = mountDate()
    await w.get('input').setValue('2020/3/5')
    expect(w.emitted('update:modelValue')).toEqual([['2020-03-05']])
    await w.get('input').trigger('change')
    expect((w.get('input').element as HTMLInputElement).value).toBe('2020-03-05')
    expect(w.emitted('parse-error')?.at(-1)).toEqual([null])
  })

  it('does not save an impossible date (2023-02-29) and says why', async () => {
    const w = mountDate()
    await w.get('input').setValue('2023-02-29')
    expect(w.emitted('update:modelValue')).toBeUndefined()
    await w.get('input').trigger('change')
    expect(w.emitted('parse-error')?.at(-1)).toEqual(['impossible'])
  })

  it('accepts 2024-02-29', async () => {
    const w = mountDate()
    await w.get('input').setValue('20240229')
    expect(w.emitted('update:modelValue')).toEqual([['2024-02-29']])
  })
})
