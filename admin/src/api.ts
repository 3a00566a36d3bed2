/**
 * The console's one way to the server: same-origin fetch, the session cookie rides along, and
 * every state-changing request carries the CSRF token from sign-in. Errors become ApiFailure
 * with the server's stable code and Chinese message.
 */
import type { ApiErrorBody } from '../../src/core/events/types'
import type { StaffSessionResponse } from '../../src/core/staff/types'

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Array<{ field: string; code: string; message: string }> = []
  ) {
    super(message)
  }
}

let csrfToken = ''
let onSignedOut: () => void = () => undefined

export function setSession(s: StaffSessionResponse | null): void {
  csrfToken = s?.csrfToken ?? ''
}

export function whenSignedOut(fn: () => void): void {
  onSignedOut = fn
}

export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken
  let res: Response
  try {
    res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin', cache: 'no-store' })
  } catch {
    throw new ApiFailure(0, 'NETWORK', '网络连接失败，请检查网络后重试')
  }
  const text = await res.text()
  let data: unknown = null
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    data = null
  }
  if (!res.ok) {
    const err = (data as ApiErrorBody | null)?.error
    const failure = new ApiFailure(res.status, err?.code ?? `HTTP_${res.status}`, err?.message ?? `服务器返回 ${res.status}`, err?.fields ?? [])
    if (res.status === 401 && url !== '/api/staff/login') onSignedOut()
    throw failure
  }
  return data as T
}
