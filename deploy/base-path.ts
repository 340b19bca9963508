/**
 * The URL path the app is built for: `/` (default) or a sub-path such as `/zhicheng/`, from the
 * BASE_PATH environment variable (`BASE_PATH=/zhicheng/ npm run build`). vite.config.ts makes it Vite's
 * `base`, which prefixes every asset URL, the router's history base (import.meta.env.BASE_URL), the
 * share link, the manifest's id/scope/start_url and the service worker's URL and scope.
 * deploy/render-nginx.sh applies the same rule to its --base. See docs/deploy.md.
 */
export function basePath(raw: string | undefined): string {
  const value = raw?.trim()
  if (!value) return '/'
  const path = `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(path) || /\/\.{1,2}\//.test(path))
    throw new Error(`BASE_PATH must be a plain path such as /zhicheng/, got ${JSON.stringify(raw)}`)
  return path
}
