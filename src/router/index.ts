import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import HomePage from '@/pages/HomePage.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown in the nav bar and the document title. */
    title?: string
  }
}

export const APP_NAME = '职称申报自评助手'

// Web history, not hash history: the URL fragment is reserved for the share link
// (it never reaches a server).
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { title: APP_NAME } },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

router.afterEach((to) => {
  const title = to.meta.title
  document.title = title && title !== APP_NAME ? `${title} · ${APP_NAME}` : APP_NAME
})
