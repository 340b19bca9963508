import { describe, expect, it } from 'vitest'
import { isLoopbackOrigin } from '@/share/origin'

describe('isLoopbackOrigin: links that open on this device only', () => {
  it.each([
    ['http://localhost:4173/', true],
    ['http://app.localhost/', true],
    ['http://127.0.0.1:8080/zhicheng/', true],
    ['http://127.1.2.3/', true],
    ['http://[::1]:4173/', true],
    ['http://0.0.0.0:4173/', true],
    ['https://example.gov.cn/zhicheng/', false],
    ['http://192.168.1.20:4173/', false],
    ['https://localhost.example.com/', false],
    ['http://1270.0.0.1/', false],
    ['not a url', false],
  ])('%s → %s', (origin, loopback) => {
    expect(isLoopbackOrigin(origin)).toBe(loopback)
  })
})
