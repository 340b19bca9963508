/** Formatting of calendar dates for people, in either language. Pure and tiny (used by the first screen). */
import type { IsoDate, Lang } from './types'

/** A calendar date for people: 2025年3月1日 / 1 Mar 2025. Never converted through a time zone. */
export function formatDate(iso: IsoDate | number | string, lang: Lang): string {
  const s = String(iso)
  const mt = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!mt) return s
  const [, y, mo, d] = mt
  if (lang === 'zh-CN') return `${Number(y)}年${Number(mo)}月${Number(d)}日`
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  return `${Number(d)} ${months[Number(mo) - 1]} ${y}`
}
