/**
 * H5 only (app.tsx loads this behind `process.env.TARO_ENV === 'h5'`, so the mini-program build
 * has none of it): registers the service worker once the page has loaded, and hands it the files
 * this page loaded before the worker took control, so a first visit is readable offline too.
 */
import { SERVICE_WORKER_PATH, type CacheFilesMessage } from './protocol'

function loadedFiles(): string[] {
  const urls = new Set<string>()
  for (const entry of performance.getEntriesByType('resource')) {
    if (entry.name.startsWith(location.origin + '/')) urls.add(entry.name)
  }
  return [...urls]
}

function handOver(worker: ServiceWorker | null | undefined): void {
  const message: CacheFilesMessage = { type: 'cache-files', urls: loadedFiles() }
  worker?.postMessage(message)
}

export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || !window.isSecureContext) return
  const start = () => {
    navigator.serviceWorker
      .register(SERVICE_WORKER_PATH, { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        handOver(registration.active)
        // The first time a worker takes over, the files loaded since it got ready are listed too.
        navigator.serviceWorker.addEventListener('controllerchange', () => handOver(navigator.serviceWorker.controller), { once: true })
      })
      .catch(() => {
        // No worker (private mode, old browser): the app works online as before.
      })
  }
  if (document.readyState === 'complete') start()
  else window.addEventListener('load', start, { once: true })
}
