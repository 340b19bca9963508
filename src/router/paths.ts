/**
 * Paths of the app's screens, in one place. Profile routes carry the profile id, so a reload or a
 * second tab opens the same profile.
 */
/** The first question page (`:page` of /p/:profileId/q/:page). Change it here if pages get slugs. */
export const FIRST_QUESTION_PAGE = 'track'

export const paths = {
  home: '/',
  profiles: '/profiles',
  settings: '/settings',
  question: (profileId: string, page: string | number = FIRST_QUESTION_PAGE) => `/p/${profileId}/q/${page}`,
  check: (profileId: string) => `/p/${profileId}/check`,
  results: (profileId: string) => `/p/${profileId}/results`,
  checklist: (profileId: string) => `/p/${profileId}/checklist`,
  timeline: (profileId: string) => `/p/${profileId}/timeline`,
  summary: (profileId: string) => `/p/${profileId}/summary`,
  /** The notice's rules carried to a later round (src/policy/projection.ts), and its checklist. */
  projection: (profileId: string) => `/p/${profileId}/projection`,
  projectionChecklist: (profileId: string) => `/p/${profileId}/projection-checklist`,
} as const

/** Screens inside a profile (`/p/<id>/<screen>`), besides the question pages. */
const PROFILE_SCREENS = new Set([
  'check',
  'results',
  'checklist',
  'timeline',
  'summary',
  'projection',
  'projection-checklist',
])
const SEGMENT = /^[A-Za-z0-9_-]{1,100}$/

/**
 * Whether `route` is one of this app's own screens, as `lastRoute` stores it (a path, no query, no
 * fragment): `/`, `/profiles`, `/settings`, `/p/<id>/q/<page>`, `/p/<id>/<screen>`. With `profileId`,
 * a profile route must be that profile's. Anything else (another site `//x`, tabs or control
 * characters, `..`, an unknown screen) is refused, so a restored "continue" link cannot lead out.
 */
export function isAppRoute(route: string, profileId?: string): boolean {
  if (typeof route !== 'string' || route.length > 500) return false
  if (route === paths.home || route === paths.profiles || route === paths.settings) return true
  const segs = route.split('/')
  if (segs[0] !== '' || segs[1] !== 'p' || !segs.slice(2).every((s) => SEGMENT.test(s))) return false
  const id = segs[2]!
  if (profileId !== undefined && id !== profileId) return false
  if (segs.length === 4) return PROFILE_SCREENS.has(segs[3]!)
  return segs.length === 5 && segs[3] === 'q'
}
