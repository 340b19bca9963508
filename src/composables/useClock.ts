/**
 * "Today" for the UI, as a calendar date (`YYYY-MM-DD`, local time). Deadlines depend on it;
 * seniority never does. It updates at local midnight and when the page becomes visible again
 * (a phone left overnight). Tests replace the clock: `setClock(() => new Date('2024-09-01T08:00'))`.
 */
import { ref, readonly, type Ref } from 'vue'
import { localToday } from '@/engine/dates'
import type { IsoDate } from '@/engine/types'

type Clock = () => Date

const systemClock: Clock = () => new Date()
let clock: Clock = systemClock

const today = ref<IsoDate>(localToday(clock()))
let timer: ReturnType<typeof setTimeout> | undefined
let started = false

function refresh(): void {
  const next = localToday(clock())
  if (next !== today.value) today.value = next
  scheduleMidnight()
}

function scheduleMidnight(): void {
  if (timer !== undefined) clearTimeout(timer)
  const now = clock()
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1)
  // Timers drift and sleep with the device; visibilitychange catches the rest.
  timer = setTimeout(refresh, Math.min(midnight.getTime() - now.getTime(), 6 * 60 * 60 * 1000))
}

function start(): void {
  // Prerendering (scripts/prerender.ts) renders in Node: no timer there, or the build would wait for it.
  if (started || typeof window === 'undefined') return
  started = true
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') refresh()
    })
  }
  scheduleMidnight()
}

/** A read-only ref of today's local date, shared by the whole app. */
export function useToday(): Readonly<Ref<IsoDate>> {
  start()
  return readonly(today)
}

/** Replace the clock (tests); `setClock()` restores the system clock. Updates `today` at once. */
export function setClock(next?: Clock): void {
  clock = next ?? systemClock
  refresh()
}
