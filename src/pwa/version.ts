/**
 * The app's version, from package.json (or the APP_VERSION environment variable at build time),
 * put into the bundle by vite.config.ts `define`. Shown in settings so a user (and the update test)
 * can tell which build is running.
 */
declare const __APP_VERSION__: string

export const APP_VERSION: string = __APP_VERSION__
