import Taro from '@tarojs/taro'
import type { SessionResponse } from '../core/events/types'
import { ApiError } from '../core/api/client'
import { api, SESSION_KEY } from './api'
import { readStored, removeStored, writeStored } from './storage'

let pending: Promise<string> | null = null

/** The stored session token, if any. */
export function currentToken(): string | undefined {
  const token = readStored<unknown>(SESSION_KEY, undefined)
  return typeof token === 'string' && token ? token : undefined
}

async function loginCode(): Promise<string | undefined> {
  if (process.env.TARO_ENV !== 'weapp') return undefined
  try {
    const res = await Taro.login()
    return typeof res?.code === 'string' && res.code ? res.code : undefined
  } catch {
    // Without a code the server issues an anonymous device session.
    return undefined
  }
}

/**
 * The session token for `/api/me/*` and sign-ups: the stored one, else POST /api/session once
 * (weapp sends the wx.login code; H5 gets an anonymous device session). Concurrent callers
 * share one request.
 */
export function ensureSession(): Promise<string> {
  const existing = currentToken()
  if (existing) return Promise.resolve(existing)
  if (!pending) {
    pending = (async () => {
      const code = await loginCode()
      const res = await api.request<SessionResponse>('/api/session', { method: 'POST', data: code ? { code } : {} })
      if (!res || typeof res.token !== 'string' || !res.token) throw new ApiError('BAD_RESPONSE', '登录失败，请稍后重试', 200)
      writeStored(SESSION_KEY, res.token)
      return res.token
    })().finally(() => {
      pending = null
    })
  }
  return pending
}

/** Forgets the token (the server no longer knows it), so the next call logs in again. */
export function clearSession(): void {
  removeStored(SESSION_KEY)
}

/** Runs an authenticated call; on 401 logs in again once and retries. */
export async function withSession<T>(call: () => Promise<T>): Promise<T> {
  await ensureSession()
  try {
    return await call()
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      clearSession()
      await ensureSession()
      return call()
    }
    throw e
  }
}
