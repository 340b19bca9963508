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
} as const
