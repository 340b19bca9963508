/**
 * The message domains. Adding a domain is ONE line here: `export { default as <domain> } from './<domain>'`
 * where src/locales/<domain>.ts does `export default defineMessages({ zh: {...}, en: {...} })`.
 * Its keys are then available as `t('<domain>.<key>')`, type-checked.
 * (questions and results are added by the question/results pages.)
 */
export { default as common } from './common'
export { default as home } from './home'
export { default as profiles } from './profiles'
export { default as settings } from './settings'
export { default as questions } from './questions'
export { default as results } from './results'
export { default as checklist } from './checklist'
export { default as pwa } from './pwa'
export { default as backup } from './backup'
export { default as share } from './share'
