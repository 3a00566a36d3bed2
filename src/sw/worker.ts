/**
 * The H5 app's service worker (served as /sw.js; config/h5/service-worker.ts bundles this file
 * and writes the build's manifest into it, so every deploy is a new worker). It keeps what a
 * visitor opened readable offline: the app shell is cached on install, every build file a page
 * loads is cached as it passes (or, for files loaded before the worker took over, when the page
 * lists them: src/sw/register.ts). Rules per URL: src/core/web/cache-policy.ts.
 * Nothing here is part of the mini-program build.
 */
import {
  cacheNameFor,
  planCacheUpgrade,
  serviceWorkerStrategy,
  type ServiceWorkerManifest
} from '../core/web/cache-policy'
import { isCacheFilesMessage } from './protocol'

declare const __SW_MANIFEST__: ServiceWorkerManifest

// The DOM typings lack the worker scope; these are the parts used here.
interface WorkerEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
interface WorkerFetchEvent extends WorkerEvent {
  request: Request
  respondWith(response: Promise<Response>): void
}
interface WorkerMessageEvent extends WorkerEvent {
  data: unknown
}
interface WorkerScope {
  location: Location
  skipWaiting(): Promise<void>
  clients: { claim(): Promise<void> }
  addEventListener(type: 'install' | 'activate', listener: (event: WorkerEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void
}

const scope = self as unknown as WorkerScope
const manifest = __SW_MANIFEST__
const CACHE = cacheNameFor(manifest.version)
const FILES = new Set(manifest.files)
const SHELL_KEY = '/index.html'

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // `reload`: past the HTTP cache, so the shell is this build's.
      .then((cache) => cache.addAll(manifest.shell.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => scope.skipWaiting())
  )
})

scope.addEventListener('activate', (event) => {
  event.waitUntil(upgradeCaches().then(() => scope.clients.claim()))
})

async function upgradeCaches(): Promise<void> {
  const plan = planCacheUpgrade(await caches.keys(), CACHE, FILES)
  if (!plan.remove.length) return
  const current = await caches.open(CACHE)
  for (const name of plan.remove) {
    const old = await caches.open(name)
    for (const request of await old.keys()) {
      if (!plan.keepPath(new URL(request.url).pathname) || (await current.match(request))) continue
      const response = await old.match(request)
      if (response) await current.put(request, response)
    }
    await caches.delete(name)
  }
}

scope.addEventListener('message', (event) => {
  if (!isCacheFilesMessage(event.data)) return
  event.waitUntil(cacheFiles(event.data.urls))
})

/** Files the page loaded before this worker controlled it (only this build's files). */
async function cacheFiles(urls: string[]): Promise<void> {
  const cache = await ownCache()
  if (!cache) return
  for (const url of urls) {
    const strategy = serviceWorkerStrategy({ method: 'GET', mode: 'no-cors', url }, scope.location.origin, FILES)
    if (strategy === 'bypass' || (await cache.match(url))) continue
    try {
      await cache.add(url)
    } catch {
      // Offline or gone: the next visit caches it.
    }
  }
}

scope.addEventListener('fetch', (event) => {
  const request = event.request
  const strategy = serviceWorkerStrategy(request, scope.location.origin, FILES)
  if (strategy === 'navigation') event.respondWith(networkFirstShell(request, event))
  else if (strategy === 'cache-first') event.respondWith(cacheFirst(request))
  else if (strategy === 'stale-while-revalidate') event.respondWith(staleWhileRevalidate(request, event))
})

/**
 * This build's cache, or none once a newer build's worker has deleted it: `caches.open` would
 * create it again, and a worker that is being replaced still answers a few requests, so it must
 * not leave an orphaned cache behind (the next build would carry it until its own upgrade).
 */
async function ownCache(): Promise<Cache | undefined> {
  return (await caches.has(CACHE)) ? caches.open(CACHE) : undefined
}

function cacheable(response: Response): boolean {
  return response.ok && response.type === 'basic'
}

/** How long a navigation waits for the network before a cached shell shows instead. */
const NAVIGATION_TIMEOUT_MS = 4000

/**
 * Every app page is index.html (the router picks the page): the network's, or the cached one when
 * the network fails, or has not answered within a few seconds (a phone on a weak signal often
 * neither answers nor fails); a late answer still refreshes the cache.
 */
async function networkFirstShell(request: Request, event: WorkerEvent): Promise<Response> {
  const cache = await ownCache()
  const network = fetch(request).then(async (response) => {
    if (cache && cacheable(response) && (response.headers.get('content-type') ?? '').includes('text/html')) {
      await cache.put(SHELL_KEY, response.clone())
    }
    return response
  })
  // This build's shell, or, while this build has not stored its own yet, the one an earlier
  // build left: an offline reload must not wait on a network that may never answer.
  const shell = (await cache?.match(SHELL_KEY)) ?? (await caches.match(SHELL_KEY))
  if (!shell) return network
  event.waitUntil(network.catch(() => undefined))
  return Promise.race([network.catch(() => shell), new Promise<Response>((resolve) => setTimeout(() => resolve(shell), NAVIGATION_TIMEOUT_MS))])
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await ownCache()
  const hit = cache ? await cache.match(request) : await caches.match(request)
  if (hit) return hit
  const response = await fetch(request)
  if (cache && cacheable(response)) await cache.put(request, response.clone())
  return response
}

async function staleWhileRevalidate(request: Request, event: WorkerEvent): Promise<Response> {
  const cache = await ownCache()
  const hit = cache ? await cache.match(request) : await caches.match(request)
  const refresh = fetch(request).then(async (response) => {
    if (cache && cacheable(response)) await cache.put(request, response.clone())
    return response
  })
  if (hit) {
    event.waitUntil(refresh.catch(() => undefined))
    return hit
  }
  return refresh
}
