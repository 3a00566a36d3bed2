/**
 * How every URL of the H5 app is cached, in one place: by HTTP caches (the server's
 * Cache-Control, server/static-files.ts) and by the app's service worker (src/sw/worker.ts).
 *
 * The build names scripts, styles and images after their content (`chunk/512.3fa9c0d1.js`,
 * config/h5/index.ts), so such a file never changes: browsers may keep it for a year without
 * asking. Everything else (index.html, the service worker script, copied pictures) is revalidated
 * on every use, so a new deploy shows at once.
 */

/** `name.<8+ hex digits>.ext`: the content hash the build puts in a file name. */
const HASHED_NAME = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable'
export const CACHE_REVALIDATE = 'no-cache'

export function isHashedAssetPath(path: string): boolean {
  return HASHED_NAME.test(path.split('?')[0])
}

/** Cache-Control for a file of the H5 build, by its path (`/js/app.1a2b3c4d.js`, `/index.html`). */
export function cacheControlFor(path: string): string {
  return isHashedAssetPath(path) ? CACHE_IMMUTABLE : CACHE_REVALIDATE
}

/**
 * What the service worker does with a request:
 * - `bypass`: the network as if there were no worker. The API (personal data: sign-ups, sessions;
 *   the events list keeps its own offline copy in storage), media (large, range requests), other
 *   origins, anything but GET, and pages that are not the app's (the staff console, short links).
 * - `navigation`: the network first, so a new deploy shows at once; offline, the cached app shell.
 * - `cache-first`: content-hashed build files; they never change.
 * - `stale-while-revalidate`: the build's files without a hash (pictures copied as they are).
 */
export type ServiceWorkerStrategy = 'bypass' | 'navigation' | 'cache-first' | 'stale-while-revalidate'

export interface RequestFacts {
  method: string
  /** Request.mode: 'navigate' for a page load. */
  mode: string
  url: string
}

/** Page paths of the app: the home page and every page under pages/ and packages/ (src/routes.ts). */
export function isAppPagePath(path: string): boolean {
  return path === '/' || path === '/index.html' || path.startsWith('/pages/') || path.startsWith('/packages/')
}

/**
 * `origin` is the worker's own origin; `buildFiles` the paths of the files of the build the
 * worker belongs to (its manifest).
 */
export function serviceWorkerStrategy(request: RequestFacts, origin: string, buildFiles: ReadonlySet<string>): ServiceWorkerStrategy {
  if (request.method !== 'GET') return 'bypass'
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return 'bypass'
  }
  if (url.origin !== origin) return 'bypass'
  const path = url.pathname
  if (path === '/api' || path.startsWith('/api/') || path.startsWith('/media/')) return 'bypass'
  if (request.mode === 'navigate') return isAppPagePath(path) ? 'navigation' : 'bypass'
  // The worker's own script is not among the build files: the browser updates it itself.
  if (!buildFiles.has(path)) return 'bypass'
  return isHashedAssetPath(path) ? 'cache-first' : 'stale-while-revalidate'
}

/** What the worker needs to know about its build; written into sw.js at build time. */
export interface ServiceWorkerManifest {
  /** Changes whenever any file of the build changes; names the worker's cache. */
  version: string
  /** Cached when the worker installs: index.html and the entry's scripts and styles. */
  shell: string[]
  /** Every file of the build (paths from the root), cached when a visitor's page loads it. */
  files: string[]
}

export const CACHE_PREFIX = 'yifa-h5-'

export function cacheNameFor(version: string): string {
  return CACHE_PREFIX + version
}

/**
 * When a new worker takes over: the old caches to delete, and which of their entries to carry
 * over first. Content-hashed files that the new build still has are the same bytes, so what a
 * visitor opened stays readable offline across deploys; index.html and unhashed files are not
 * carried (the new shell replaces them).
 */
export function planCacheUpgrade(
  existing: readonly string[],
  current: string,
  newFiles: ReadonlySet<string>
): { remove: string[]; keepPath: (path: string) => boolean } {
  return {
    remove: existing.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current),
    keepPath: (path) => isHashedAssetPath(path) && newFiles.has(path)
  }
}
