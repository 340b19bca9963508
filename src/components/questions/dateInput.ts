/**
 * What people type into a date field, read as a calendar date. Pure: no Vue.
 *
 * Accepted: 2020-03-05, 2020-3-5, 2020/3/5, 2020.3.5, 20200305, 2020年3月5日, and the same with
 * full-width digits or separators (Chinese input methods). The result is always `YYYY-MM-DD`.
 * A date that does not exist (2023-02-29) is refused with its own reason, so the field can say so.
 */
import { isIsoDate } from '@/engine/dates'

export type DateInput =
  { kind: 'empty' } | { kind: 'ok'; value: string } | { kind: 'invalid'; reason: 'format' | 'impossible' | 'range' }

/** Full-width digits and punctuation (０-９, －, ／, ．) to ASCII; trims spaces of both widths. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim()
}

const SEPARATED = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/

export function parseDateInput(input: string): DateInput {
  const s = toHalfWidth(input)
  if (s === '') return { kind: 'empty' }
  const m = SEPARATED.exec(s) ?? CHINESE.exec(s) ?? COMPACT.exec(s)
  if (!m) return { kind: 'invalid', reason: 'format' }
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  if (y < 1900 || y > 2100) return { kind: 'invalid', reason: 'range' }
  const value = `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  if (!isIsoDate(value)) return { kind: 'invalid', reason: 'impossible' }
  return { kind: 'ok', value }
}

export type NumberInput =
  | { kind: 'empty' }
  | { kind: 'ok'; value: number }
  | { kind: 'invalid'; reason: 'not-number' | 'negative' | 'not-integer' | 'too-small' | 'too-large' }

export interface NumberRules {
  integer: boolean
  min: number
  max: number
}

/** A non-negative number typed by a person ("60", "12.5", "６０"); anything else is refused with a reason. */
export function parseNumberInput(input: string, rules: NumberRules): NumberInput {
  const s = toHalfWidth(input)
  if (s === '') return { kind: 'empty' }
  if (/^-\s*\d+([.]\d+)?$/.test(s)) return { kind: 'invalid', reason: 'negative' }
  if (!/^\d+([.]\d+)?$/.test(s)) return { kind: 'invalid', reason: 'not-number' }
  const value = Number(s)
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'not-number' }
  if (rules.integer && !Number.isInteger(value)) return { kind: 'invalid', reason: 'not-integer' }
  if (value < rules.min) return { kind: 'invalid', reason: 'too-small' }
  if (value > rules.max) return { kind: 'invalid', reason: 'too-large' }
  return { kind: 'ok', value }
}
