import {
  cacheControlFor,
  cacheNameFor,
  isHashedAssetPath,
  planCacheUpgrade,
  serviceWorkerStrategy
} from '../../../src/core/web/cache-policy'
import { isCacheFilesMessage } from '../../../src/sw/protocol'

const ORIGIN = 'https://xf.example.gov.cn'
const FILES = new Set(['/index.html', '/js/app.1a2b3c4d.js', '/chunk/512.3fa9c0d1.js', '/css/app.0badf00d.css', '/packages/reader/images/ch1.png'])
const get = (path: string, mode = 'no-cors') => ({ method: 'GET', mode, url: ORIGIN + path })

test('content-hashed names are immutable; everything else is revalidated', () => {
  expect(isHashedAssetPath('/chunk/512.3fa9c0d1.js')).toBe(true)
  expect(isHashedAssetPath('/css/app.0badf00d.css?v=1')).toBe(true)
  expect(isHashedAssetPath('/static/images/home.1613d768.png')).toBe(true)
  expect(isHashedAssetPath('/js/app.js')).toBe(false)
  expect(isHashedAssetPath('/js/app.1a2b3c4d.js.LICENSE.txt')).toBe(false)
  expect(isHashedAssetPath('/sw.js')).toBe(false)
  expect(cacheControlFor('/js/app.1a2b3c4d.js')).toBe('public, max-age=31536000, immutable')
  expect(cacheControlFor('/index.html')).toBe('no-cache')
  expect(cacheControlFor('/sw.js')).toBe('no-cache')
  expect(cacheControlFor('/packages/reader/images/ch1.png')).toBe('no-cache')
})

test('the service worker never touches the API, media, other sites or non-GET requests', () => {
  expect(serviceWorkerStrategy(get('/api/me/signups'), ORIGIN, FILES)).toBe('bypass')
  expect(serviceWorkerStrategy(get('/api/events?from=2026-12-01'), ORIGIN, FILES)).toBe('bypass')
  expect(serviceWorkerStrategy(get('/api/session', 'navigate'), ORIGIN, FILES)).toBe('bypass')
  expect(serviceWorkerStrategy(get('/media/clips/process.mp4'), ORIGIN, FILES)).toBe('bypass')
  expect(serviceWorkerStrategy({ method: 'POST', mode: 'cors', url: ORIGIN + '/js/app.1a2b3c4d.js' }, ORIGIN, FILES)).toBe('bypass')
  expect(serviceWorkerStrategy({ method: 'GET', mode: 'cors', url: 'https://cdn.example.com/js/app.1a2b3c4d.js' }, ORIGIN, FILES)).toBe('bypass')
  expect(serviceWorkerStrategy(get('/sw.js'), ORIGIN, FILES)).toBe('bypass')
  // A hashed name that is not this build's (an old tab's chunk) goes to the network as it is.
  expect(serviceWorkerStrategy(get('/chunk/1.deadbeef.js'), ORIGIN, FILES)).toBe('bypass')
})

test('app pages are network-first with the cached shell; hashed files cache-first; other build files revalidate', () => {
  for (const path of ['/', '/index.html', '/pages/qa/index', '/packages/reader/pages/article/index?law=xinfang-2022&article=35']) {
    expect(serviceWorkerStrategy(get(path, 'navigate'), ORIGIN, FILES)).toBe('navigation')
  }
  // Pages that are not the app's (staff console, short links) are not answered with the app shell.
  expect(serviceWorkerStrategy(get('/admin/', 'navigate'), ORIGIN, FILES)).toBe('bypass')
  expect(serviceWorkerStrategy(get('/p/abc', 'navigate'), ORIGIN, FILES)).toBe('bypass')
  expect(serviceWorkerStrategy(get('/chunk/512.3fa9c0d1.js'), ORIGIN, FILES)).toBe('cache-first')
  expect(serviceWorkerStrategy(get('/css/app.0badf00d.css'), ORIGIN, FILES)).toBe('cache-first')
  expect(serviceWorkerStrategy(get('/packages/reader/images/ch1.png'), ORIGIN, FILES)).toBe('stale-while-revalidate')
  expect(serviceWorkerStrategy({ method: 'GET', mode: 'cors', url: 'not a url' }, ORIGIN, FILES)).toBe('bypass')
})

test('a new worker deletes the old caches but carries over the hashed files its build still has', () => {
  const current = cacheNameFor('bbbb')
  const plan = planCacheUpgrade([cacheNameFor('aaaa'), current, 'someone-elses-cache'], current, FILES)
  expect(plan.remove).toEqual([cacheNameFor('aaaa')])
  expect(plan.keepPath('/chunk/512.3fa9c0d1.js')).toBe(true)
  expect(plan.keepPath('/chunk/9.0ddba11a.js')).toBe(false)
  expect(plan.keepPath('/index.html')).toBe(false)
  expect(plan.keepPath('/packages/reader/images/ch1.png')).toBe(false)
})

test('the page → worker message is checked before use', () => {
  expect(isCacheFilesMessage({ type: 'cache-files', urls: [ORIGIN + '/js/app.1a2b3c4d.js'] })).toBe(true)
  expect(isCacheFilesMessage({ type: 'cache-files', urls: [1] })).toBe(false)
  expect(isCacheFilesMessage({ type: 'other', urls: [] })).toBe(false)
  expect(isCacheFilesMessage(null)).toBe(false)
})
