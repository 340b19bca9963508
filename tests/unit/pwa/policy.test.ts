/**
 * Security rules the static app carries in its sources (the e2e build checks repeat the HTML ones on
 * dist/): a strict CSP meta tag, no inline script, no v-html anywhere.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cspOfHtml, cspProblems, EVAL_PATTERNS, inlineScripts } from './policy'

const ROOT = join(__dirname, '../../..')

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name))
}

describe('index.html', () => {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8')

  it('carries a strict CSP: scripts from the app only, nothing to other origins', () => {
    const csp = cspOfHtml(html)
    expect(csp).not.toBeNull()
    expect(cspProblems(csp!)).toEqual([])
  })

  it('has no inline script, and tells the browser to send no referrer', () => {
    expect(inlineScripts(html)).toEqual([])
    expect(html).toMatch(/<meta name="referrer" content="no-referrer"\s*\/?>/)
  })

  it('links the apple-touch-icon, which exists in public/', () => {
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-touch-icon\.png"\s*\/?>/)
    expect(readFileSync(join(ROOT, 'public/apple-touch-icon.png')).subarray(1, 4).toString('latin1')).toBe('PNG')
  })
})

describe('source files', () => {
  it('no .vue file renders raw HTML with v-html', () => {
    const offenders = filesUnder(join(ROOT, 'src'), '.vue')
      .filter((f) => /\bv-html\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f))
    expect(offenders).toEqual([])
  })
})

describe('the checks themselves catch what they are for', () => {
  it('flags unsafe script sources, missing directives and other origins', () => {
    const strict =
      "default-src 'self'; script-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'"
    expect(cspProblems(strict)).toEqual([])
    expect(cspProblems(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toHaveLength(2)
    expect(cspProblems(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")).join()).toMatch(
      /unsafe-eval/,
    )
    expect(cspProblems(strict.replace("connect-src 'self'", "connect-src 'self' https://example.com")).join()).toMatch(
      /another origin/,
    )
    expect(cspProblems(strict.replace("; object-src 'none'", '')).join()).toMatch(/object-src is missing/)
    // A permissive style-src (Vant sets inline styles) is not a script hole.
    expect(cspProblems(`${strict}; style-src 'self' 'unsafe-inline'`)).toEqual([])
  })

  it('finds inline scripts but not external ones', () => {
    expect(inlineScripts('<script type="module" crossorigin src="/assets/a.js"></script>')).toEqual([])
    expect(inlineScripts('<script>navigator.serviceWorker.register("/sw.js")</script>')).toHaveLength(1)
    expect(inlineScripts('<script id="vite-plugin-pwa:register-sw" type="module">x</script>')).toHaveLength(1)
  })

  it('finds eval( and new Function( but not words that contain them', () => {
    const hits = (code: string) => EVAL_PATTERNS.some((p) => p.test(code))
    expect(hits('var x=eval("1")')).toBe(true)
    expect(hits('const f=new Function("a","return a")')).toBe(true)
    expect(hits('retrieval(x); obj.evaluate(y); isFunction(z)')).toBe(false)
  })
})
