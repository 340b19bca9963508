import type { RulePack } from '@/engine/pack'
import { pickLang } from '@/i18n'

/** A clause's place in the notice (e.g. 五、（三）1. 第（1）项) in the current language; the id if unknown. */
export function clauseSection(pack: RulePack<string>, id: string): string {
  const c = pack.clauses[id]
  return c ? pickLang(c.section) : id
}
