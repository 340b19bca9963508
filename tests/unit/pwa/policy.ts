/**
 * Checks shared by the unit tests (source) and the e2e build checks (dist): the Content-Security-Policy
 * the static build carries, and HTML with no inline script.
 */

/** The directives the CSP meta tag must carry, exactly these sources. */
export const REQUIRED_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
}

export type Csp = Map<string, string[]>

export function parseCsp(policy: string): Csp {
  const out: Csp = new Map()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) out.set(name.toLowerCase(), sources)
  }
  return out
}

/** The content of `<meta http-equiv="Content-Security-Policy">`, or null. */
export function cspOfHtml(html: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']content-security-policy["']/i.test(tag)) continue
    const m = /content\s*=\s*"([^"]*)"/i.exec(tag) ?? /content\s*=\s*'([^']*)'/i.exec(tag)
    return m ? m[1]! : null
  }
  return null
}

/** Everything wrong with a policy, as readable lines (empty: fine). */
export function cspProblems(policy: string): string[] {
  const csp = parseCsp(policy)
  const problems: string[] = []
  for (const [name, expected] of Object.entries(REQUIRED_CSP)) {
    const got = csp.get(name)
    if (!got) problems.push(`${name} is missing (want: ${expected.join(' ')})`)
    else if ([...got].sort().join(' ') !== [...expected].sort().join(' ')) {
      problems.push(`${name} is "${got.join(' ')}" (want: ${expected.join(' ')})`)
    }
  }
  for (const [name, sources] of csp) {
    for (const s of sources) {
      if (s === "'unsafe-eval'" || s === "'wasm-unsafe-eval'") problems.push(`${name} allows ${s}`)
      if (s === "'unsafe-inline'" && name !== 'style-src') problems.push(`${name} allows 'unsafe-inline'`)
      if (s === '*' || /^(?:https?:)?\/\//.test(s) || s === 'http:' || s === 'https:') {
        problems.push(`${name} allows another origin: ${s}`)
      }
    }
  }
  return problems
}

/** `<script>` elements without a `src` attribute (inline scripts), as their opening tags. */
export function inlineScripts(html: string): string[] {
  return (html.match(/<script\b[^>]*>/gi) ?? []).filter((tag) => !/\ssrc\s*=/i.test(tag))
}

/** Calls that compile strings to code, which `script-src 'self'` would block (and which we never want). */
export const EVAL_PATTERNS: RegExp[] = [/(?<![\w$.])eval\s*\(/, /\bnew\s+Function\s*\(/]
