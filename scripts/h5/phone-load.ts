/**
 * How the H5 home page loads on a mid-range phone over 4G: Chromium with the network and CPU
 * throttled through the DevTools protocol, a cold cache, the real server. Used by `npm run bench`
 * (figures) and by the browser test that holds the budget (tests/browser/phone-profile.test.ts).
 */
import type { Browser } from 'playwright-core'

/** 150 ms round trip, 1.6 Mbps down, 750 kbps up, 4x CPU slowdown (issue 10). */
export const PHONE_PROFILE = {
  latencyMs: 150,
  downloadBytesPerSecond: 200_000,
  uploadBytesPerSecond: 93_750,
  cpuSlowdown: 4
} as const

export interface LoadedResource {
  path: string
  initiator: string
  /** Bytes on the wire, headers included (0 when served from a cache). */
  transferSize: number
  /** Body bytes after decompression. */
  decodedSize: number
  startMs: number
}

export interface HomeLoad {
  /** From navigation start to the first frame that shows the home page's tiles and hot questions. */
  visibleMs: number
  /** Bytes on the wire (document, scripts, styles, images, API) for requests started before that frame. */
  transferredBeforeVisible: number
  /** Uncompressed JavaScript the home page requested, until the network went quiet after it showed. */
  scriptDecodedBytes: number
  /** The same scripts' bytes on the wire. */
  scriptTransferBytes: number
  resources: LoadedResource[]
}

/** Marks the first animation frame in which the home page's content is on screen. */
const VISIBLE_PROBE = `(() => {
  const shown = () => {
    const tile = Array.from(document.querySelectorAll('.feature-title')).find((e) => e.textContent === '依法信访引导图')
    const hot = document.querySelector('.hot-question')
    return !!tile && !!hot && tile.getBoundingClientRect().height > 0 && hot.getBoundingClientRect().height > 0
  }
  const check = () => {
    if (shown()) window.__homeVisibleAt = performance.now()
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})()`

export interface MeasureOptions {
  profile?: typeof PHONE_PROFILE
  /** Visit once (unthrottled) before measuring: a returning visitor, with the browser's HTTP cache. */
  repeatVisit?: boolean
  /** Accept-Encoding the browser sends; 'identity' shows what the same build costs uncompressed. */
  acceptEncoding?: string
}

/**
 * Opens `baseUrl + '/'` in a fresh phone-sized context (cold cache unless `repeatVisit`, no
 * service worker) under PHONE_PROFILE and reports when the home content showed and what it cost.
 */
export async function measureHomeLoad(browser: Browser, baseUrl: string, options: MeasureOptions = {}): Promise<HomeLoad> {
  const profile = options.profile ?? PHONE_PROFILE
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
    locale: 'zh-CN',
    serviceWorkers: 'block'
  })
  try {
    const page = await context.newPage()
    await page.addInitScript(VISIBLE_PROBE)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    if (options.acceptEncoding) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': options.acceptEncoding } })
    if (options.repeatVisit) {
      await page.goto(baseUrl + '/', { timeout: 60_000 })
      await page.waitForFunction(() => (window as unknown as { __homeVisibleAt?: number }).__homeVisibleAt !== undefined, undefined, { timeout: 60_000 })
      await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined)
      // A new document for the measured visit (same context, so the HTTP cache stays).
      await page.goto('about:blank')
    } else {
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    }
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: profile.downloadBytesPerSecond,
      uploadThroughput: profile.uploadBytesPerSecond
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown })
    await page.goto(baseUrl + '/', { waitUntil: 'commit', timeout: 60_000 })
    await page.waitForFunction(() => (window as unknown as { __homeVisibleAt?: number }).__homeVisibleAt !== undefined, undefined, {
      timeout: 60_000,
      polling: 100
    })
    // Let whatever the page asks for next (events list, prefetches) finish, to count all its code.
    await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined)
    const { visibleMs, resources } = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      const list = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
        path: new URL(r.name).pathname,
        initiator: r.initiatorType,
        transferSize: r.transferSize,
        decodedSize: r.decodedBodySize,
        startMs: r.startTime
      }))
      list.unshift({ path: new URL(nav.name).pathname, initiator: 'navigation', transferSize: nav.transferSize, decodedSize: nav.decodedBodySize, startMs: 0 })
      return { visibleMs: (window as unknown as { __homeVisibleAt: number }).__homeVisibleAt, resources: list }
    })
    const scripts = resources.filter((r) => r.path.endsWith('.js'))
    return {
      visibleMs: Math.round(visibleMs),
      transferredBeforeVisible: resources.filter((r) => r.startMs <= visibleMs).reduce((n, r) => n + r.transferSize, 0),
      scriptDecodedBytes: scripts.reduce((n, r) => n + r.decodedSize, 0),
      scriptTransferBytes: scripts.reduce((n, r) => n + r.transferSize, 0),
      resources
    }
  } finally {
    await context.close()
  }
}
