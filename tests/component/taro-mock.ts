/**
 * A small stand-in for @tarojs/taro in jsdom component tests: real in-memory storage and events,
 * recorded navigation, and a router whose params a test sets. Platform calls are jest.fn()s so a
 * test can assert on what the user's tap asked the platform to do.
 */
import { useEffect } from 'react'

type Listener = (...args: unknown[]) => void
const listeners = new Map<string, Set<Listener>>()
const storage = new Map<string, unknown>()
let routerParams: Record<string, string> = {}

export const eventCenter = {
  on(name: string, fn: Listener) {
    if (!listeners.has(name)) listeners.set(name, new Set())
    listeners.get(name)!.add(fn)
  },
  off(name: string, fn?: Listener) {
    if (fn) listeners.get(name)?.delete(fn)
    else listeners.delete(name)
  },
  trigger(name: string, ...args: unknown[]) {
    listeners.get(name)?.forEach((fn) => fn(...args))
  }
}

const Taro = {
  eventCenter,
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  navigateTo: jest.fn(async (_opts: { url: string }) => ({ errMsg: 'navigateTo:ok' })),
  redirectTo: jest.fn(async (_opts: { url: string }) => ({ errMsg: 'redirectTo:ok' })),
  switchTab: jest.fn(async (_opts: { url: string }) => ({ errMsg: 'switchTab:ok' })),
  navigateBack: jest.fn(async () => ({ errMsg: 'navigateBack:ok' })),
  reLaunch: jest.fn(async (_opts: { url: string }) => ({ errMsg: 'reLaunch:ok' })),
  getCurrentPages: () => [{}],
  showToast: jest.fn(async (_opts: { title: string }) => ({ errMsg: 'showToast:ok' })),
  showModal: jest.fn(async (_opts: { title?: string; content?: string }) => ({ confirm: true, cancel: false })),
  setClipboardData: jest.fn(async (_opts: { data: string }) => ({ errMsg: 'setClipboardData:ok' })),
  request: jest.fn(async () => ({ statusCode: 200, data: {} })),
  login: jest.fn(async () => ({ code: 'test-code' })),
  previewImage: jest.fn(async () => ({})),
  openLocation: jest.fn(async () => ({})),
  pageScrollTo: jest.fn(async (_opts: { selector?: string; scrollTop?: number }) => ({ errMsg: 'pageScrollTo:ok' })),
  makePhoneCall: jest.fn(async (_opts: { phoneNumber: string }) => ({ errMsg: 'makePhoneCall:ok' })),
  getEnv: () => 'WEB',
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  getCurrentInstance: () => ({ router: { params: routerParams } }),
  useRouter: () => ({ params: routerParams, path: '' }),
  useDidShow: (fn: () => void) => useEffect(() => fn(), []),
  useDidHide: (_fn: () => void) => undefined,
  useLoad: (fn: (params: Record<string, string>) => void) => useEffect(() => fn(routerParams), []),
  useReady: (fn: () => void) => useEffect(() => fn(), []),
  useShareAppMessage: (_fn: () => unknown) => undefined,
  useShareTimeline: (_fn: () => unknown) => undefined,
  usePullDownRefresh: (_fn: () => unknown) => undefined,
  stopPullDownRefresh: jest.fn()
}

/** Test helpers (not part of Taro): reset state between tests, set the page's query. */
export function __reset(params: Record<string, string> = {}) {
  storage.clear()
  listeners.clear()
  routerParams = params
  for (const value of Object.values(Taro)) {
    if (typeof value === 'function' && 'mockClear' in value) (value as jest.Mock).mockClear()
  }
}
export function __setParams(params: Record<string, string>) {
  routerParams = params
}

export const {
  getStorageSync, setStorageSync, removeStorageSync, navigateTo, redirectTo, switchTab, navigateBack, showToast,
  showModal, setClipboardData, request, login, previewImage, openLocation, pageScrollTo, makePhoneCall, getEnv, ENV_TYPE, getCurrentInstance,
  useRouter, useDidShow, useDidHide, useLoad, useReady, useShareAppMessage, useShareTimeline, usePullDownRefresh,
  stopPullDownRefresh
} = Taro
export default Taro
