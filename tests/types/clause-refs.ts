/**
 * Compile-time checks (run by `npm run typecheck`, not by vitest). Each `@ts-expect-error` line must
 * fail to compile; if the type ever stops catching it, the directive itself becomes an error.
 */
import type { RulePack } from '../../src/engine/pack'
import type { ClauseId } from '../../src/policy/ningbo-2024-187'

export const ok: ClauseId = 'A1.4.7'
// @ts-expect-error — there is no clause N9.9 in the notice.
export const bad: ClauseId = 'N9.9'

type Deadline = RulePack<ClauseId>['deadlines'][number]
export const citesRealClause: Deadline = {
  id: 'x',
  title: { zh: '', en: '' },
  tracks: ['engineer'],
  date: null,
  clauses: ['N2.1'],
}
export const citesMissingClause: Deadline = {
  id: 'x',
  title: { zh: '', en: '' },
  tracks: ['engineer'],
  date: null,
  // @ts-expect-error — a deadline citing a clause that does not exist.
  clauses: ['N2.9'],
}
