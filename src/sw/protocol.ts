/** What the page and the service worker share (src/sw/register.ts, src/sw/worker.ts). */

/** The worker's script, served from the root so that it controls the whole app. */
export const SERVICE_WORKER_PATH = '/sw.js'

/** The page → worker message listing the files it has loaded. */
export interface CacheFilesMessage {
  type: 'cache-files'
  /** Same-origin URLs the page has loaded. */
  urls: string[]
}

export function isCacheFilesMessage(data: unknown): data is CacheFilesMessage {
  const m = data as Partial<CacheFilesMessage> | null
  return !!m && m.type === 'cache-files' && Array.isArray(m.urls) && m.urls.every((u) => typeof u === 'string')
}
