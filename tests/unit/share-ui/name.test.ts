import { describe, expect, it } from 'vitest'
import { displayNameFor } from '@/composables/useShareSummary'

describe('the display-name switch', () => {
  it('puts no name on the summary while the switch is off, whatever was typed', () => {
    expect(displayNameFor(false, '张工')).toBeUndefined()
    expect(displayNameFor(false, '')).toBeUndefined()
  })

  it('puts the sanitised name when it is on, and none when nothing is left of it', () => {
    expect(displayNameFor(true, '  张工  ')).toBe('张工')
    expect(displayNameFor(true, '   ')).toBeUndefined()
    expect(displayNameFor(true, '\u202e\u200b')).toBeUndefined()
    expect(displayNameFor(true, 'Zhang\u202eevil')).toBe('Zhangevil')
    expect(displayNameFor(true, 'a\nb\tc')).toBe('a b c')
    expect(Array.from(displayNameFor(true, '张'.repeat(100))!)).toHaveLength(40)
  })

  it('keeps markup as plain text (it is rendered by interpolation, never as HTML)', () => {
    expect(displayNameFor(true, '<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>')
  })
})
