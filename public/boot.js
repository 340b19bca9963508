/*
 * Runs before the first paint (a classic script in <head>, so it blocks parsing; the CSP allows no
 * inline script). index.html and s.html arrive with a screen prerendered in Chinese
 * (scripts/prerender.ts). When this load will not hydrate that screen — the saved language is not
 * Chinese (the localStorage mirror of the setting), or the URL is another route (deep links get
 * index.html) — it is hidden until the app has rendered the right one (src/main.ts removes the
 * class). No flash of Chinese for an English user, no flash of home on a deep link.
 * Someone coming back (the app left a note that this device has a profile): home's card fills in
 * from IndexedDB after hydration and would push the sections below it down, so home's content waits,
 * hidden, until the profiles are read (the header paints at once; main.ts removes the class).
 */
;(function () {
  var root = document.documentElement
  var path = root.getAttribute('data-prerendered-path')
  if (!path) return
  var hide = location.pathname.replace(/\/index\.html$/, '/') !== path
  try {
    var lang = localStorage.getItem('zhicheng-self-check.lang')
    if (lang && lang !== root.lang) {
      root.lang = lang
      hide = true
    }
  } catch (_e) {
    // Storage blocked: the default language, as the app will find too.
  }
  if (hide) root.classList.add('boot-wait')
  try {
    // Home is the prerendered path that ends in a slash (the base path; s.html's is `<base>s`).
    if (!hide && /\/$/.test(path) && localStorage.getItem('zhicheng-self-check.hasProfile'))
      root.classList.add('boot-wait-profiles')
  } catch (_e) {
    // Nothing known: the card fills in as it comes.
  }
})()
