/**
 * The service worker (src/sw/): a visitor who opened the reader and the Q&A once can reload them
 * with no network; a new deploy replaces the worker and keeps what was opened readable.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { Page } from 'playwright-core'
import { compressAsset } from '../../config/h5/precompress'
import { bundleWorker, serviceWorkerManifest } from '../../config/h5/service-worker'
import { spawnServer, type RunningServer } from '../../scripts/spawn-server'
import { openTab, phonePage, ROOT, useServerAndBrowser } from './harness'

const suite = useServerAndBrowser(240000)

const ARTICLE_35 = '/packages/reader/pages/article/index?law=xinfang-2022&article=35'

/**
 * Waits until Chromium itself reports one live service worker version, activated, and nothing
 * newer installed, installing or activating (DevTools protocol: the page's own view of the
 * registration can lag behind a worker that is still being swapped in).
 */
async function waitUntilOneWorker(page: Page, replacing?: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  const versions = new Map<string, string>()
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; status: string }[] }) => {
    for (const v of e.versions) versions.set(v.versionId, v.status)
  })
  await cdp.send('ServiceWorker.enable')
  const deadline = Date.now() + 30000
  let settledSince: number | undefined
  for (;;) {
    const live = [...versions].filter(([, s]) => s !== 'redundant')
    const settled = live.length === 1 && live[0][1] === 'activated' && live[0][0] !== replacing
    settledSince = settled ? (settledSince ?? Date.now()) : undefined
    if (settledSince !== undefined && Date.now() - settledSince >= 1000) {
      await cdp.detach()
      return live[0][0]
    }
    if (Date.now() > deadline) throw new Error(`service worker versions never settled: ${JSON.stringify([...versions])}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Waits until the page is controlled and every script and style it loaded is in the worker's cache. */
async function waitUntilCached(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 30000 })
  // One worker, settled, and one cache: a navigation made offline while a worker is still being
  // swapped in waits for that swap and can hang (seen in CI), so the test goes offline as a phone
  // would, some time after the visit.
  await waitUntilOneWorker(page)
  await page.waitForFunction(async () => (await caches.keys()).length === 1, undefined, { timeout: 30000, polling: 100 })
  await page.waitForFunction(
    async () => {
      const loaded = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => /\/(js|chunk|css)\/.+\.(js|css)$/.test(new URL(u).pathname))
      for (const url of loaded) if (!(await caches.match(url))) return false
      return loaded.length > 0 && !!(await caches.match('/index.html'))
    },
    undefined,
    { timeout: 30000, polling: 250 }
  )
}

async function searchQa(page: Page, query: string): Promise<string> {
  await page.getByText('热门问题').filter({ visible: true }).first().waitFor()
  await page.locator('.qa-input input').first().click()
  await page.keyboard.type(query, { delay: 60 })
  // Hot questions are cards too: wait for the (debounced) results of the query itself.
  const first = page.locator('.qa-results .result-card').filter({ visible: true }).first()
  await first.waitFor()
  // The first card's title and snippet: what it is about, whichever answer on it leads.
  return (await first.textContent()) ?? ''
}

test('after one visit, the reader article, a Q&A search and the events list work offline after a reload', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/')
  await page.getByText('依法信访引导图').filter({ visible: true }).first().waitFor()
  await openTab(page, '活动')
  await page.waitForURL(/pages\/events/)
  await page.locator('.cal-weekday').first().waitFor()
  // The month's sessions, fetched once online (the page keeps a copy for offline use).
  await page.waitForLoadState('networkidle')
  await page.goto(suite.server.url + ARTICLE_35)
  await page.locator('.article-text').getByText('信访人对信访处理意见不服的', { exact: false }).first().waitFor()
  await page.goto(suite.server.url + '/pages/qa/index')
  expect(await searchQa(page, '复查要多久')).toContain('复查')
  await waitUntilCached(page)

  await context.setOffline(true)
  // The Q&A page reloaded without a network: the app shell and the index come from the cache.
  await page.reload()
  expect(await searchQa(page, '复核')).toContain('复核')
  // The reader article, opened again by its link.
  await page.goto(suite.server.url + ARTICLE_35)
  await page.locator('.article-text').getByText('信访人对信访处理意见不服的', { exact: false }).first().waitFor()
  await page.getByText('第三十五条', { exact: true }).filter({ visible: true }).first().waitFor()
  // The events list shows the copy it had, marked as offline.
  await page.goto(suite.server.url + '/pages/events/index')
  await page.locator('.cal-weekday').first().waitFor()
  await page.getByText(/离线数据/).filter({ visible: true }).first().waitFor()
  // Nothing personal was cached: no API answer is in the worker's caches.
  const cachedApi = await page.evaluate(async () => {
    const found: string[] = []
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) if (new URL(request.url).pathname.startsWith('/api/')) found.push(request.url)
    }
    return found
  })
  expect(cachedApi).toEqual([])
  await context.setOffline(false)
  expect(errors).toEqual([])
  await context.close()
})

/** Every file under `dir`, relative, with `/` separators. */
function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out.push(relative(dir, p).split('\\').join('/'))
    }
  }
  walk(dir)
  return out
}

/** A new deploy of the same code with a changed index.html: a new worker, as the build would write it. */
async function redeploy(dir: string): Promise<void> {
  const indexPath = join(dir, 'index.html')
  const html = readFileSync(indexPath, 'utf8').replace('</body>', '<!-- deploy 2 --></body>')
  writeFileSync(indexPath, html)
  const copies = await compressAsset(Buffer.from(html))
  if (copies.br) writeFileSync(indexPath + '.br', copies.br)
  if (copies.gzip) writeFileSync(indexPath + '.gz', copies.gzip)
  const files = listFiles(dir).map((name) => ({ name, content: readFileSync(join(dir, name)) }))
  const entry = [...html.matchAll(/(?:src|href)="\/((?:js|css)\/[^"]+)"/g)].map((m) => m[1])
  const worker = bundleWorker(serviceWorkerManifest(files, entry))
  writeFileSync(join(dir, 'sw.js'), worker)
  const workerCopies = await compressAsset(worker)
  writeFileSync(join(dir, 'sw.js.br'), workerCopies.br!)
  writeFileSync(join(dir, 'sw.js.gz'), workerCopies.gzip!)
}

test('a new deploy replaces the worker and its cache, and what was opened stays readable offline', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yifa-deploy-'))
  const web = join(dir, 'h5')
  cpSync(join(ROOT, 'dist', 'h5'), web, { recursive: true })
  let server: RunningServer | undefined
  try {
    server = await spawnServer({ DATABASE_URL: `sqlite:${join(dir, 'app.db')}`, STATIC_DIR: web })
    const { page, errors, context } = await phonePage(suite.browser)
    await page.goto(server.base + ARTICLE_35)
    await page.locator('.article-text').getByText('信访人对信访处理意见不服的', { exact: false }).first().waitFor()
    await waitUntilCached(page)
    const before = await page.evaluate(() => caches.keys())
    expect(before).toHaveLength(1)
    const firstWorker = await waitUntilOneWorker(page)

    // The deploy lands while the visitor's page is idle; the new worker takes over before the
    // next visit (if the page kept loading through the old worker meanwhile, Chromium would keep
    // the new one waiting until the old one has no requests left).
    await redeploy(web)
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })
    await waitUntilOneWorker(page, firstWorker)
    await page.waitForFunction(async (old) => {
      const keys = await caches.keys()
      return keys.length === 1 && keys[0] !== old
    }, before[0])
    // Online, pages come from the network first: the new index.html shows at once.
    await page.reload()
    expect(await page.content()).toContain('deploy 2')
    await page.locator('.article-text').getByText('信访人对信访处理意见不服的', { exact: false }).first().waitFor()
    // The new worker stores what this visit loaded as it goes: wait for that, as a visitor's
    // phone would have by the time it goes offline, instead of racing the cache writes.
    await waitUntilCached(page)

    await context.setOffline(true)
    // What counts offline is the article on screen; the load event can wait on requests that
    // cannot succeed offline (the page's API calls), so wait for the document, then for the text.
    // The page reloads itself, as a visitor's pull to refresh does: a reload sent through the
    // automation protocol while the worker writes to its cache can hang the page for good
    // (microsoft/playwright#42273; here about one run in eight, never with location.reload()).
    const reloaded = page.waitForEvent('domcontentloaded')
    await page.evaluate(() => setTimeout(() => location.reload(), 0))
    await reloaded
    await page.locator('.article-text').getByText('信访人对信访处理意见不服的', { exact: false }).first().waitFor()
    expect(await page.content()).toContain('deploy 2')
    await context.setOffline(false)
    expect(errors).toEqual([])
    await context.close()
  } finally {
    if (server) {
      server.signal('SIGTERM')
      await server.exit
    }
    rmSync(dir, { recursive: true, force: true })
  }
})
