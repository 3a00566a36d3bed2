/**
 * Runs compiled pages from dist/weapp in miniprogram-simulate (j-component in jsdom).
 * The mini-program globals (wx, App, getApp, getCurrentPages, Page) are stubbed just enough for
 * Taro's runtime: Page(config) becomes a Component whose lifetimes call the page hooks, and
 * dist/weapp/app.js is required once so Taro's runtime and the app are registered.
 * Build first: `npx taro build --type weapp`.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const DIST = join(__dirname, '..', '..', 'dist', 'weapp')

type Handler = (opts: Record<string, unknown>) => unknown
export interface WxCall {
  api: string
  options: Record<string, unknown>
}

/** Every wx.* call a page made, for assertions (navigateTo, switchTab, request…). */
export const wxCalls: WxCall[] = []
const storage = new Map<string, unknown>()
const overrides = new Map<string, Handler>()

/** Replace one wx API, e.g. `stubWx('request', ({ success }) => success({ statusCode: 200, data }))`. */
export function stubWx(api: string, handler: Handler): void {
  overrides.set(api, handler)
}

function callbackApi(api: string, options: Record<string, unknown> = {}) {
  wxCalls.push({ api, options })
  const override = overrides.get(api)
  if (override) return override(options)
  const result = { errMsg: `${api}:ok` }
  ;(options.success as ((r: unknown) => void) | undefined)?.(result)
  ;(options.complete as ((r: unknown) => void) | undefined)?.(result)
  return undefined
}

const systemInfo = {
  platform: 'devtools', windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667,
  pixelRatio: 2, statusBarHeight: 20, SDKVersion: '3.6.0', version: '8.0.50', language: 'zh_CN', safeArea: { top: 20, bottom: 667, left: 0, right: 375, width: 375, height: 647 }
}

const wxBase: Record<string, unknown> = {
  getSystemInfoSync: () => systemInfo,
  getWindowInfo: () => systemInfo,
  getDeviceInfo: () => systemInfo,
  getAppBaseInfo: () => systemInfo,
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  canIUse: () => true,
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  getMenuButtonBoundingClientRect: () => ({ top: 24, bottom: 56, left: 280, right: 367, width: 87, height: 32 }),
  createSelectorQuery: () => {
    const q: Record<string, unknown> = {}
    const chain = () => q
    Object.assign(q, { in: chain, select: chain, selectAll: chain, selectViewport: chain, boundingClientRect: chain, scrollOffset: chain, fields: chain, node: chain, exec: (cb?: (r: unknown[]) => void) => cb?.([]) })
    return q
  },
  createCanvasContext: () => new Proxy({}, { get: () => () => undefined }),
  createVideoContext: () => new Proxy({}, { get: () => () => undefined }),
  onAppRoute: () => undefined,
  offAppRoute: () => undefined
}

// Taro wraps (and promisifies) only the APIs it finds among wx's own keys, so the async ones pages
// use are listed, and getUpdateManager, which the app asks for at launch (undefined unless stubbed).
for (const api of [
  'switchTab', 'navigateTo', 'redirectTo', 'navigateBack', 'reLaunch', 'request', 'showToast', 'showModal', 'showLoading',
  'hideLoading', 'showActionSheet', 'setClipboardData', 'login', 'previewImage', 'saveImageToPhotosAlbum', 'downloadFile',
  'openLocation', 'addPhoneCalendar', 'getSetting', 'authorize', 'openSetting', 'makePhoneCall', 'setNavigationBarTitle',
  'pageScrollTo', 'showShareMenu', 'vibrateShort', 'setStorage', 'getStorage', 'removeStorage', 'getUpdateManager'
]) {
  wxBase[api] = (opts: Record<string, unknown>) => callbackApi(api, opts)
}

;(globalThis as Record<string, unknown>).wx = new Proxy(wxBase, {
  // Taro wraps only the APIs it finds `in wx`, so every name must appear to exist.
  has: () => true,
  get(target, prop: string) {
    if (prop in target) return target[prop]
    if (typeof prop === 'string' && !prop.startsWith('on') && !prop.endsWith('Sync') && prop !== 'then') {
      return (opts: Record<string, unknown>) => callbackApi(prop, opts)
    }
    return () => undefined
  }
})

let appInstance: Record<string, unknown> | undefined
const pages: Array<Record<string, unknown>> = []
let loading: { route: string } | undefined
/** The query each route is opened with next (a page's js runs once, so this is read on attach). */
const nextQuery = new Map<string, Record<string, string>>()
const loadedIds = new Map<string, string>()

const g = globalThis as Record<string, unknown>
g.App = (config: Record<string, unknown>) => {
  appInstance = config
  ;(config.onLaunch as ((o: unknown) => void) | undefined)?.call(config, { path: 'pages/index/index', query: {} })
  ;(config.onShow as ((o: unknown) => void) | undefined)?.call(config, { path: 'pages/index/index', query: {} })
}
g.getApp = () => appInstance
g.getCurrentPages = () => pages
g.Page = (config: Record<string, unknown>) => {
  const target = loading
  if (!target) throw new Error('Page() called outside loadPage()')
  const methods: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value
  const call = (self: unknown, name: string, ...args: unknown[]) => (methods[name] as ((...a: unknown[]) => unknown) | undefined)?.apply(self, args)
  ;(g.Component as (o: unknown) => void)({
    data: config.data ?? {},
    options: { addGlobalClass: true, multipleSlots: true },
    methods,
    lifetimes: {
      attached(this: Record<string, unknown>) {
        const query = nextQuery.get(target.route) ?? {}
        this.route = target.route
        this.__route__ = target.route
        this.options = query
        pages.push(this)
        call(this, 'onLoad', query)
        call(this, 'onShow')
      },
      ready(this: unknown) {
        call(this, 'onReady')
      },
      detached(this: Record<string, unknown>) {
        call(this, 'onUnload')
        pages.splice(pages.indexOf(this), 1)
      }
    }
  })
}

const simulate = require('miniprogram-simulate')

let appLoaded = false
function ensureApp() {
  if (appLoaded) return
  if (!existsSync(join(DIST, 'app.js'))) throw new Error('dist/weapp is missing: run `npx taro build --type weapp` first')
  require(join(DIST, 'app.js'))
  appLoaded = true
}

export interface LoadedPage {
  /** The j-component wrapper: `.dom` is the rendered DOM. */
  comp: { dom: HTMLElement; instance: Record<string, unknown>; detach: () => void }
  text: () => string
}

/** Loads (once per path) and renders one compiled page with a query, attached to a parent. */
export function loadPage(route: string, query: Record<string, string> = {}): LoadedPage {
  ensureApp()
  nextQuery.set(route, query)
  let id = loadedIds.get(route)
  if (!id) {
    loading = { route }
    id = simulate.load(join(DIST, route), { compiler: 'official', rootPath: DIST }) as string
    loadedIds.set(route, id)
  }
  const comp = simulate.render(id)
  const parent = document.createElement('div')
  document.body.appendChild(parent)
  comp.attach(parent)
  loading = undefined
  return { comp, text: () => (comp.dom.textContent ?? '').replace(/\s+/g, ' ') }
}

/** Polls until the predicate holds (Taro renders asynchronously via setData). */
export async function waitFor(predicate: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = Date.now()
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error('waitFor: condition not met in time')
    await new Promise((r) => setTimeout(r, 20))
  }
}

const exparser = require('miniprogram-exparser')

/** Taps a rendered element the way j-component's dispatchEvent does (bubbling through exparser). */
export function tap(el: Element): void {
  const target = (el as unknown as { __wxElement?: unknown }).__wxElement
  if (!target) throw new Error('tap: element is not part of a rendered page')
  const event = new CustomEvent('tap')
  el.dispatchEvent(event)
  exparser.Event.dispatchEvent(
    target,
    exparser.Event.create('tap', {}, { originalEvent: event, bubbles: true, capturePhase: true, composed: true, extraFields: { touches: {}, changedTouches: {} } })
  )
}

/** Fires a component event (e.g. `input` with `{ value }`) on a rendered element, as WeChat would. */
export function fire(el: Element, type: string, detail: Record<string, unknown>): void {
  const target = (el as unknown as { __wxElement?: unknown }).__wxElement
  if (!target) throw new Error('fire: element is not part of a rendered page')
  exparser.Event.dispatchEvent(target, exparser.Event.create(type, detail, { bubbles: false, composed: false, capturePhase: false }))
}

/** The innermost rendered element whose whole text is `text` (j-component cannot match tag names). */
export function findByText(root: Element, text: string): Element | undefined {
  const all = Array.from(root.querySelectorAll('*')).filter((el) => (el.textContent ?? '').trim() === text)
  return all[all.length - 1]
}

export { simulate }
