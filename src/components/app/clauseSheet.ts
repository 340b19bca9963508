/**
 * The clause sheet of a page: AppPage.vue provides it, ClauseRefs.vue (anywhere below) opens it.
 * Components between the two need not pass a "open this clause" event up.
 */
import { inject, type InjectionKey } from 'vue'
import type { RulePack } from '@/engine/pack'
import { pickLang } from '@/i18n'

export interface ClauseSheetApi {
  /** The pack whose clauses the sheet shows. */
  pack: () => RulePack<string> | undefined
  /** Opens the sheet on one clause (by id). */
  open: (clause: string) => void
}

export const CLAUSE_SHEET: InjectionKey<ClauseSheetApi> = Symbol('clause-sheet')

/** The page's clause sheet, or null outside an AppPage with a pack. */
export function useClauseSheet(): ClauseSheetApi | null {
  return inject(CLAUSE_SHEET, null)
}

/** A clause's place in the notice (e.g. 五、（三）1. 第（1）项) in the current language; the id if unknown. */
export function clauseSection(pack: RulePack<string> | undefined, id: string): string {
  const c = pack?.clauses[id]
  return c ? pickLang(c.section) : id
}
