import { describe, expect, it } from 'vitest'
import { parseDateInput, parseNumberInput } from '@/components/questions/dateInput'

describe('parseDateInput: what people type into a date field', () => {
  it.each([
    ['2020-03-05', { kind: 'ok', value: '2020-03-05' }],
    ['2020/3/5', { kind: 'ok', value: '2020-03-05' }],
    ['2020.3.5', { kind: 'ok', value: '2020-03-05' }],
    ['20200305', { kind: 'ok', value: '2020-03-05' }],
    ['2020-3-5', { kind: 'ok', value: '2020-03-05' }],
    ['2020年3月5日', { kind: 'ok', value: '2020-03-05' }],
    ['2020年3月5', { kind: 'ok', value: '2020-03-05' }],
    ['２０２０－０３－０５', { kind: 'ok', value: '2020-03-05' }],
    ['  2020 / 03 / 05  ', { kind: 'ok', value: '2020-03-05' }],
    ['2024-02-29', { kind: 'ok', value: '2024-02-29' }],
    ['2000-02-29', { kind: 'ok', value: '2000-02-29' }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['2023-02-29', { kind: 'invalid', reason: 'impossible' }],
    ['1900-02-29', { kind: 'invalid', reason: 'impossible' }],
    ['2024-13-01', { kind: 'invalid', reason: 'impossible' }],
    ['2024-04-31', { kind: 'invalid', reason: 'impossible' }],
    ['2024-00-10', { kind: 'invalid', reason: 'impossible' }],
    ['20230229', { kind: 'invalid', reason: 'impossible' }],
    ['1850-01-01', { kind: 'invalid', reason: 'range' }],
    ['2020-3', { kind: 'invalid', reason: 'format' }],
    ['3/5/2020', { kind: 'invalid', reason: 'format' }],
    ['yesterday', { kind: 'invalid', reason: 'format' }],
    ['2020-03-05x', { kind: 'invalid', reason: 'format' }],
  ])('%j → %j', (input, expected) => {
    expect(parseDateInput(input)).toEqual(expected)
  })
})

describe('parseNumberInput: hours, months, years and scores', () => {
  const hours = { integer: false, min: 0, max: 2000 }
  const months = { integer: true, min: 0, max: 600 }
  it.each([
    ['60', hours, { kind: 'ok', value: 60 }],
    ['12.5', hours, { kind: 'ok', value: 12.5 }],
    ['０', hours, { kind: 'ok', value: 0 }],
    [' 18 ', hours, { kind: 'ok', value: 18 }],
    ['', hours, { kind: 'empty' }],
    ['-5', hours, { kind: 'invalid', reason: 'negative' }],
    ['－5', hours, { kind: 'invalid', reason: 'negative' }],
    ['abc', hours, { kind: 'invalid', reason: 'not-number' }],
    ['1e3', hours, { kind: 'invalid', reason: 'not-number' }],
    ['12,5', hours, { kind: 'invalid', reason: 'not-number' }],
    ['3000', hours, { kind: 'invalid', reason: 'too-large' }],
    ['11.5', months, { kind: 'invalid', reason: 'not-integer' }],
    ['11', months, { kind: 'ok', value: 11 }],
    ['1930', { integer: true, min: 1940, max: 2100 }, { kind: 'invalid', reason: 'too-small' }],
  ] as const)('%j with %j → %j', (input, rules, expected) => {
    expect(parseNumberInput(input, rules)).toEqual(expected)
  })
})
