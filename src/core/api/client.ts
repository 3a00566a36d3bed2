/**
 * The app's one API client, independent of Taro: a transport is injected (Taro.request in the
 * app, a stub in tests). It adds the base URL, a timeout, retries idempotent requests only, and
 * turns every failure into an ApiError carrying a stable code and a Chinese message.
 */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface TransportRequest {
  url: string
  method: HttpMethod
  data?: unknown
  headers: Record<string, string>
  timeoutMs: number
}

export interface TransportResponse {
  status: number
  data: unknown
  /** Response headers (any case); the client reads Retry-After. */
  headers?: Record<string, string | undefined>
}

/** Resolves with any HTTP status; rejects only when no response arrived (network, timeout). */
export type Transport = (req: TransportRequest) => Promise<TransportResponse>

export class ApiError extends Error {
  readonly code: string
  readonly status: number
  /** True when the request may have reached the server (so a retry must reuse its key). */
  readonly retryable: boolean
  constructor(code: string, message: string, status: number, retryable = false) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.retryable = retryable
  }
}

export interface RequestOptions {
  method?: HttpMethod
  data?: unknown
  headers?: Record<string, string>
  /** Sign-ups pass one: the server replays the first answer, so retrying is safe. */
  idempotencyKey?: string
  timeoutMs?: number
}

export interface ApiClientOptions {
  baseUrl: string
  transport: Transport
  /** Returns the session token, if any, for the Authorization header. */
  getToken?: () => string | undefined
  timeoutMs?: number
  retries?: number
  /** Waits between retries; injectable so tests need not sleep. */
  delay?: (ms: number) => Promise<void>
  /**
   * A 429 or 503 whose Retry-After asks for a longer wait than this is not retried (the error
   * goes to the user); shorter waits are honoured before the retry. Default 10 000 ms.
   */
  maxRetryAfterMs?: number
  /** For Retry-After given as an HTTP date. */
  now?: () => number
}

const MESSAGES: Record<string, string> = {
  NETWORK: '网络连接失败，请检查网络后重试',
  TIMEOUT: '服务器响应超时，请稍后重试',
  BAD_RESPONSE: '服务器返回的内容无法识别，请稍后重试',
  SERVER_ERROR: '服务器暂时出了问题，请稍后重试',
  UNKNOWN: '操作没有完成，请稍后重试'
}

export function isIdempotent(method: HttpMethod, idempotencyKey?: string): boolean {
  return method === 'GET' || method === 'PUT' || method === 'DELETE' || Boolean(idempotencyKey)
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or null. */
export function retryAfterMs(headers: TransportResponse['headers'], now: number): number | null {
  if (!headers) return null
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'retry-after')
  const raw = key ? headers[key]?.trim() : undefined
  if (!raw) return null
  if (/^\d+$/.test(raw)) return Number(raw) * 1000
  const at = Date.parse(raw)
  return Number.isFinite(at) ? Math.max(0, at - now) : null
}

function errorFromResponse(res: TransportResponse): ApiError {
  const body = res.data as { error?: { code?: unknown; message?: unknown } } | undefined
  const code = typeof body?.error?.code === 'string' ? body.error.code : res.status >= 500 ? 'SERVER_ERROR' : 'BAD_RESPONSE'
  const message = typeof body?.error?.message === 'string' ? body.error.message : MESSAGES[code] ?? MESSAGES.BAD_RESPONSE
  return new ApiError(code, message, res.status, res.status >= 500)
}

/** A user-facing message for anything thrown: never a stack or [object Object]. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return MESSAGES.UNKNOWN
}

export function createApiClient(options: ApiClientOptions) {
  const { baseUrl, transport, getToken, timeoutMs = 10000, retries = 2, maxRetryAfterMs = 10000 } = options
  const delay = options.delay ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const now = options.now ?? (() => Date.now())

  async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
    const method = opts.method ?? 'GET'
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers }
    if (opts.data !== undefined) headers['Content-Type'] = 'application/json'
    const token = getToken?.()
    if (token) headers.Authorization = `Bearer ${token}`
    if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey
    const attempts = isIdempotent(method, opts.idempotencyKey) ? retries + 1 : 1
    let lastError: ApiError = new ApiError('NETWORK', MESSAGES.NETWORK, 0, true)
    let wait = 0
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await delay(Math.max(wait, 300 * 2 ** (attempt - 1)))
      wait = 0
      let res: TransportResponse
      try {
        res = await transport({ url: baseUrl + path, method, data: opts.data, headers, timeoutMs: opts.timeoutMs ?? timeoutMs })
      } catch (e) {
        const timedOut = /timeout/i.test(String((e as { errMsg?: string; message?: string })?.errMsg ?? (e as Error)?.message ?? ''))
        lastError = new ApiError(timedOut ? 'TIMEOUT' : 'NETWORK', timedOut ? MESSAGES.TIMEOUT : MESSAGES.NETWORK, 0, true)
        continue
      }
      if (res.status >= 200 && res.status < 300) return res.data as T
      lastError = errorFromResponse(res)
      // 4xx answers are final; only 5xx and 429 are worth another try.
      if (res.status < 500 && res.status !== 429) throw lastError
      // The server says when to come back: wait that long, or give up now if it is too long.
      const asked = res.status === 429 || res.status === 503 ? retryAfterMs(res.headers, now()) : null
      if (asked !== null) {
        if (asked > maxRetryAfterMs) throw lastError
        wait = asked
      }
    }
    throw lastError
  }

  return { request }
}
