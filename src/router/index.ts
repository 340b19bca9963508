import { START_LOCATION, createMemoryHistory, createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { loadLazyMessages, type MessageKey } from '@/i18n'
import HomePage from '@/pages/HomePage.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title: shown in the nav bar and the document title. */
    titleKey?: MessageKey
  }
}

// Web history, not hash history: the URL fragment is reserved for the share link
// (it never reaches a server).
//
// One route per line; pages other than home are lazy. Routes with a `:profileId` param make that
// profile active and record the route as its `lastRoute` (see ./guards.ts).
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { titleKey: 'common.appName' } },
  {
    path: '/profiles',
    name: 'profiles',
    component: () => import('@/pages/ProfilesPage.vue'),
    meta: { titleKey: 'profiles.title' },
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('@/pages/SettingsPage.vue'),
    meta: { titleKey: 'settings.title' },
  },
  // Profile routes: the guided self-check, check your answers, results.
  {
    path: '/p/:profileId/q/:page',
    name: 'question',
    component: () => import('@/pages/QuestionPage.vue'),
    meta: { titleKey: 'questions.navTitle' },
  },
  {
    path: '/p/:profileId/check',
    name: 'check',
    component: () => import('@/pages/CheckPage.vue'),
    meta: { titleKey: 'questions.check.title' },
  },
  {
    path: '/p/:profileId/results',
    name: 'results',
    component: () => import('@/pages/ResultsPage.vue'),
    meta: { titleKey: 'results.title' },
  },
  {
    path: '/p/:profileId/checklist',
    name: 'checklist',
    component: () => import('@/pages/ChecklistPage.vue'),
    meta: { titleKey: 'checklist.title' },
  },
  {
    path: '/p/:profileId/timeline',
    name: 'timeline',
    component: () => import('@/pages/TimelinePage.vue'),
    meta: { titleKey: 'checklist.timelineTitle' },
  },
  {
    path: '/p/:profileId/summary',
    name: 'summary',
    component: () => import('@/pages/SummaryPage.vue'),
    meta: { titleKey: 'share.title' },
  },
  {
    path: '/p/:profileId/projection',
    name: 'projection',
    component: () => import('@/pages/ProjectionPage.vue'),
    meta: { titleKey: 'projection.label' },
  },
  {
    path: '/p/:profileId/projection-checklist',
    name: 'projection-checklist',
    component: () => import('@/pages/ProjectionChecklistPage.vue'),
    meta: { titleKey: 'projection.label' },
  },
  // Someone else's shared summary: no :profileId, so no profile guard (it must open on a phone with no data).
  {
    path: '/s',
    name: 'shared',
    component: () => import('@/pages/SharedSummaryPage.vue'),
    meta: { titleKey: 'share.sharedTitle' },
  },

  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export const router = createRouter({
  // The build-time prerender (scripts/prerender.ts) renders in Node, where there is no window.
  history: import.meta.env.SSR
    ? createMemoryHistory(import.meta.env.BASE_URL)
    : createWebHistory(import.meta.env.BASE_URL),
  routes,
  // Never scroll to `to.hash`: on /s it is a share payload (`#1AbC…` is no CSS selector; querySelector would throw).
  // The first navigation of a page load does not scroll (a fresh page is at the top; scrolling
  // would force a layout before the first paint).
  scrollBehavior: (to, from, saved) =>
    from === START_LOCATION ? false : to.path === '/s' ? { top: 0 } : (saved ?? { top: 0 }),
})

// Every screen but home uses message domains that are not in the first download: load them (once)
// before the screen renders. Offline they come from the service worker's precache.
router.beforeEach(async (to) => {
  if (to.name !== 'home') await loadLazyMessages()
  return true
})
