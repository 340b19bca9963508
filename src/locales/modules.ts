/**
 * The message domains the first screen needs: loaded with the app. Adding such a domain is ONE line
 * here: `export { default as <domain> } from './<domain>'` where src/locales/<domain>.ts does
 * `export default defineMessages({ zh: {...}, en: {...} })`. Its keys are then `t('<domain>.<key>')`,
 * type-checked.
 *
 * Domains used only by screens other than home go in ./lazy.ts instead, so their text is not part of
 * the first download (the initial-bytes budget).
 */
export { default as common } from './common'
export { default as home } from './home'
export { default as profiles } from './profiles'
export { default as settings } from './settings'
export { default as pwa } from './pwa'
