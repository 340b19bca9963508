// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const run = (tz: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/assess-cases.ts', '2024-08-21'], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  })

describe('the case table gives identical results in every time zone', () => {
  it('UTC−12, UTC, UTC+8 and UTC+14 agree byte for byte', () => {
    const zones = ['Etc/GMT+12', 'UTC', 'Asia/Shanghai', 'Pacific/Kiritimati']
    const outputs = zones.map(run)
    expect(JSON.parse(outputs[0]!).length).toBeGreaterThanOrEqual(40)
    for (const o of outputs.slice(1)) expect(o).toBe(outputs[0])
  }, 60_000)
})
