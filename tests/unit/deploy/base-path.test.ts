import { describe, expect, it } from 'vitest'
import { basePath } from '../../../deploy/base-path'
import { shareUrl } from '@/share'

describe('BASE_PATH → vite base', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['zhicheng', '/zhicheng/'],
    ['/zhicheng', '/zhicheng/'],
    ['/zhicheng/', '/zhicheng/'],
    ['//gov/zhicheng//', '/gov/zhicheng/'],
    [' /a/b-c_d.e~f/ ', '/a/b-c_d.e~f/'],
  ])('%j → %s', (raw, expected) => {
    expect(basePath(raw)).toBe(expected)
  })

  it.each(['/../x/', '/a//b/', '/a/./b/', '/a b/', '/a?b/', '/a#b/', 'https://x/', '/中文/'])('refuses %j', (raw) => {
    expect(() => basePath(raw)).toThrow(/BASE_PATH/)
  })
})

describe('share link under a base path', () => {
  it.each([
    ['https://h.example', 'https://h.example/s#AbC'],
    ['https://h.example/', 'https://h.example/s#AbC'],
    ['https://h.example/zhicheng/', 'https://h.example/zhicheng/s#AbC'],
  ])('%s → %s', (origin, link) => {
    expect(shareUrl(origin, 'AbC')).toBe(link)
  })
})
