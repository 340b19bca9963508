// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/assess.ts', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
  })

describe('npm run assess (headless engine)', () => {
  const examples = readdirSync('docs/examples').filter((f) => f.endsWith('.json') && f !== 'invalid.json')

  it.each(examples)(
    'assesses docs/examples/%s',
    (f) => {
      const r = run(`docs/examples/${f}`, '--today', '2024-08-15')
      expect(r.status, r.stderr).toBe(0)
      const out = JSON.parse(r.stdout)
      expect(out.pack.docNo).toBe('甬市监组人〔2024〕187号')
      expect(['eligible', 'not-eligible', 'needs-info', 'check-provincial']).toContain(out.assessment.overall)
      expect(out.text.requirements.length).toBe(out.assessment.requirements.length)
    },
    30_000,
  )

  it('gives the expected verdicts for the shipped examples', () => {
    const overall = (f: string) => JSON.parse(run(`docs/examples/${f}`, '--today', '2024-08-15').stdout).assessment
    expect(overall('engineer-normal.json')).toMatchObject({ overall: 'eligible', path: 'normal' })
    expect(overall('engineer-exceptional.json')).toMatchObject({ overall: 'eligible', path: 'exceptional' })
    expect(overall('senior-self-score.json')).toMatchObject({ overall: 'check-provincial', path: 'self-score' })
    expect(overall('partial.json')).toMatchObject({ overall: 'needs-info' })
  }, 30_000)

  it('reads answers format 1 too (frozen v1 files): the same assessment as their version-2 examples', () => {
    const assessment = (path: string) => {
      const r = run(path, '--today', '2024-08-15')
      expect(r.status, r.stderr).toBe(0)
      return JSON.parse(r.stdout).assessment
    }
    for (const f of ['engineer-normal.json', 'engineer-exceptional.json', 'senior-self-score.json']) {
      expect(assessment(`tests/fixtures/answers/v1/${f}`), f).toEqual(assessment(`docs/examples/${f}`))
    }
    expect(assessment('tests/fixtures/answers/v1/woman-worker-abroad.json').overall).toBeDefined()
  }, 60_000)

  it('an invalid file: field-level messages and exit code 2', () => {
    const r = run('docs/examples/invalid.json', '--lang', 'en-US')
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('birthDate: must be a real calendar date')
    expect(r.stderr).toContain('socialSecurityMonths: cannot be negative')
    expect(r.stderr).toContain('birthdate: is not a known field')
  }, 30_000)

  it('a missing file or a non-JSON file: a clear message and exit code 2', () => {
    expect(run('no/such/file.json').stderr).toContain('cannot read')
    const r = run('index.html')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('is not valid JSON')
    expect(run().status).toBe(2)
  }, 30_000)
})
