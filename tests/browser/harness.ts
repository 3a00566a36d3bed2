/**
 * Browser tests: the real server (tsx server/main.ts) on a temporary SQLite file serves dist/h5,
 * and Debian's Chromium, driven by playwright-core, uses it like a citizen on a phone.
 * Build first: `npx taro build --type h5`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium } from '../../scripts/chromium'
import { spawnServer } from '../../scripts/spawn-server'

export const ROOT = join(__dirname, '..', '..')
export const ADMIN_TOKEN = 'browser-test-admin-token-0123456789'

export interface TestServer {
  url: string
  stop: () => Promise<void>
}

export async function startServer(): Promise<TestServer> {
  if (!existsSync(join(ROOT, 'dist', 'h5', 'index.html'))) throw new Error('dist/h5 is missing: run `npx taro build --type h5` first')
  const dir = mkdtempSync(join(tmpdir(), 'yifa-browser-'))
  const server = await spawnServer({
    DATABASE_URL: `sqlite:${join(dir, 'app.db')}`,
    ADMIN_TOKEN,
    SAMPLE_DATA: '1',
    // Not the default, so the privacy test sees the notice take its numbers from this server.
    SIGNUP_RETENTION_DAYS: '21',
    STATIC_DIR: join(ROOT, 'dist', 'h5'),
    MEDIA_DIR: join(ROOT, 'media')
  })
  return {
    url: server.base,
    stop: async () => {
      server.signal('SIGTERM')
      await server.exit
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

export async function launchBrowser(): Promise<Browser> {
  return launchChromium()
}

/** A phone-sized page (390×844, touch) whose console errors are collected. */
export async function phonePage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'zh-CN' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  return { context, page, errors }
}

/** Clicks an H5 tab-bar item by its label. */
export async function openTab(page: Page, label: string): Promise<void> {
  await page.locator('.weui-tabbar__item', { hasText: label }).first().click()
}

export interface BrowserSuite {
  server: TestServer
  browser: Browser
}

/** Starts the real server and Chromium once for a test file and stops both after it. */
export function useServerAndBrowser(timeoutMs = 120000): BrowserSuite {
  jest.setTimeout(timeoutMs)
  const suite = {} as BrowserSuite
  beforeAll(async () => {
    suite.server = await startServer()
    suite.browser = await launchBrowser()
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.stop()
  })
  return suite
}
