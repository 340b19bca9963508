/**
 * Answers changes as field operations (issue 10, item 3): `[path, value]` pairs such as
 * `['ceHours.2023.professional', 70]` (`undefined` deletes; path `''` replaces all answers). A write
 * replays its operations over the answers as they are in the database at that moment (inside one
 * transaction), so two tabs editing different fields both keep their edits, and a retried write
 * lands on top of whatever happened meanwhile.
 */
export type AnswerOp = readonly [path: string, value: unknown]

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor'])

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A copy of `root` with `path` (dot-separated) set to `value`, creating intermediate objects;
 * `undefined` deletes the leaf, and objects left empty by a deletion are removed too.
 */
export function withPath(root: Obj, path: string, value: unknown): Obj {
  const segs = path.split('.')
  if (!path || segs.some((s) => s === '' || FORBIDDEN_SEGMENTS.has(s))) {
    throw new RangeError(`invalid answers path: "${path}"`)
  }
  const out = structuredClone(root)
  const chain: Obj[] = [out]
  let cur = out
  for (const seg of segs.slice(0, -1)) {
    const child = cur[seg]
    if (!isObj(child)) {
      if (value === undefined) return out // nothing to delete
      cur[seg] = {}
    }
    cur = cur[seg] as Obj
    chain.push(cur)
  }
  const leaf = segs[segs.length - 1]!
  if (value === undefined) {
    delete cur[leaf]
    // Prune objects emptied by the deletion, innermost first (never the root).
    for (let i = chain.length - 1; i > 0; i--) {
      if (Object.keys(chain[i]!).length) break
      delete chain[i - 1]![segs[i - 1]!]
    }
  } else {
    cur[leaf] = structuredClone(value)
  }
  return out
}

/** `older` then `newer` as one list: a path set again moves to the end; a parent set drops its children. */
export function mergeOps(older: readonly AnswerOp[], newer: readonly AnswerOp[]): AnswerOp[] {
  let out = [...older]
  for (const op of newer) {
    const [path] = op
    out = path === '' ? [] : out.filter(([p]) => p !== path && !p.startsWith(`${path}.`))
    out.push(op)
  }
  return out
}

/** The answers with the operations applied in order. */
export function applyOps<T extends object>(answers: T, ops: readonly AnswerOp[]): T {
  let cur = answers as unknown as Obj
  for (const [path, value] of ops) cur = path === '' ? (structuredClone(value) as Obj) : withPath(cur, path, value)
  return cur as unknown as T
}

/** The top-level answer paths `ops` touch ('' for all). */
export function touched(ops: readonly AnswerOp[]): string[] {
  return ops.map(([p]) => p)
}
