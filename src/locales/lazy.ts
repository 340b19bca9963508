/**
 * Message domains loaded on demand: every route other than home awaits `loadLazyMessages()` (a
 * router guard), so these texts arrive with the first screen that needs them and stay out of the
 * initial download. Adding such a domain is ONE line in `lazyModules` below.
 */
export const lazyModules = {
  questions: () => import('./questions'),
  results: () => import('./results'),
  checklist: () => import('./checklist'),
  backup: () => import('./backup'),
  share: () => import('./share'),
  projection: () => import('./projection'),
}

export type LazyModules = {
  [D in keyof typeof lazyModules]: Awaited<ReturnType<(typeof lazyModules)[D]>>['default']
}
