import { ApiError, createApiClient, messageOf, retryAfterMs, type Transport, type TransportRequest } from '../../../src/core/api/client'

function recorder(answers: Array<{ status: number; data: unknown } | Error>) {
  const calls: TransportRequest[] = []
  const transport: Transport = async (req) => {
    calls.push(req)
    const next = answers.shift()
    if (!next) throw new Error('no more answers')
    if (next instanceof Error) throw next
    return next
  }
  return { calls, transport }
}

const noDelay = async () => undefined

/** The error a request fails with (the test fails if it succeeds). */
function failure(request: Promise<unknown>): Promise<ApiError> {
  return request.then(
    () => {
      throw new Error('expected the request to fail')
    },
    (e: ApiError) => e
  )
}

test('prefixes the base URL, sends JSON and the bearer token, returns the body', async () => {
  const { calls, transport } = recorder([{ status: 200, data: { ok: true } }])
  const client = createApiClient({ baseUrl: 'https://api.example', transport, getToken: () => 'tok', delay: noDelay })
  await expect(client.request('/api/health')).resolves.toEqual({ ok: true })
  expect(calls[0].url).toBe('https://api.example/api/health')
  expect(calls[0].headers.Authorization).toBe('Bearer tok')
  expect(calls[0].method).toBe('GET')
  expect(calls[0].timeoutMs).toBe(10000)
})

test('a 4xx answer becomes an ApiError with the server code and Chinese message, without retry', async () => {
  const { calls, transport } = recorder([{ status: 409, data: { error: { code: 'ALREADY_SIGNED_UP', message: '该手机号已报名本场活动' } } }])
  const client = createApiClient({ baseUrl: '', transport, delay: noDelay })
  const error = await failure(client.request('/api/events/1/signups', { method: 'POST', data: {}, idempotencyKey: 'k1' }))
  expect(error).toBeInstanceOf(ApiError)
  expect(error.code).toBe('ALREADY_SIGNED_UP')
  expect(error.message).toBe('该手机号已报名本场活动')
  expect(error.status).toBe(409)
  expect(calls).toHaveLength(1)
})

test('GET is retried after network failures and 5xx, then succeeds', async () => {
  const { calls, transport } = recorder([new Error('request:fail'), { status: 503, data: {} }, { status: 200, data: [1] }])
  const client = createApiClient({ baseUrl: '', transport, retries: 2, delay: noDelay })
  await expect(client.request('/api/events')).resolves.toEqual([1])
  expect(calls).toHaveLength(3)
})

test('a POST without an idempotency key is never retried', async () => {
  const { calls, transport } = recorder([new Error('request:fail'), { status: 201, data: {} }])
  const client = createApiClient({ baseUrl: '', transport, delay: noDelay })
  const error = await failure(client.request('/api/admin/events', { method: 'POST', data: {} }))
  expect(error.code).toBe('NETWORK')
  expect(error.retryable).toBe(true)
  expect(calls).toHaveLength(1)
})

test('a POST with an idempotency key is retried with the same key', async () => {
  const { calls, transport } = recorder([new Error('timeout'), { status: 201, data: { id: 's1' } }])
  const client = createApiClient({ baseUrl: '', transport, delay: noDelay })
  await expect(client.request('/x', { method: 'POST', data: { a: 1 }, idempotencyKey: 'key-1' })).resolves.toEqual({ id: 's1' })
  expect(calls.map((c) => c.headers['Idempotency-Key'])).toEqual(['key-1', 'key-1'])
})

test('a timeout is reported as TIMEOUT in Chinese after the retries run out', async () => {
  const { transport } = recorder([new Error('request:fail timeout'), new Error('request:fail timeout')])
  const client = createApiClient({ baseUrl: '', transport, retries: 1, delay: noDelay })
  const error = await failure(client.request('/slow'))
  expect(error.code).toBe('TIMEOUT')
  expect(error.message).toMatch(/超时/)
})

test('an answer without the error shape still yields a readable Chinese message', async () => {
  const { transport } = recorder([{ status: 400, data: '<html>bad</html>' }])
  const client = createApiClient({ baseUrl: '', transport, delay: noDelay })
  const error = await failure(client.request('/x'))
  expect(error.code).toBe('BAD_RESPONSE')
  expect(error.message).not.toMatch(/object Object|<html>/)
})

test('messageOf never shows a stack or [object Object]', () => {
  expect(messageOf(new ApiError('X', '中文说明', 400))).toBe('中文说明')
  expect(messageOf(new TypeError('Cannot read properties of undefined'))).toBe('操作没有完成，请稍后重试')
  expect(messageOf({})).not.toContain('object')
})

test('a 429 with Retry-After waits that long before the retry (sign-ups reuse their key)', async () => {
  const waits: number[] = []
  const answers = [
    { status: 429, data: { error: { code: 'RATE_LIMITED', message: '报名请求过于频繁，请稍后再试' } }, headers: { 'Retry-After': '3' } },
    { status: 201, data: { id: 'sg_1' } }
  ]
  const seen: string[] = []
  const transport = async (req: { headers: Record<string, string> }) => {
    seen.push(req.headers['Idempotency-Key'])
    return answers.shift() as { status: number; data: unknown }
  }
  const client = createApiClient({ baseUrl: '', transport, delay: async (ms) => void waits.push(ms) })
  expect(await client.request('/api/events/e/signups', { method: 'POST', data: {}, idempotencyKey: 'k1' })).toEqual({ id: 'sg_1' })
  expect(waits).toEqual([3000])
  expect(seen).toEqual(['k1', 'k1'])
})

test('a Retry-After longer than the client will wait is not retried: the user sees the message', async () => {
  let calls = 0
  const transport = async () => {
    calls++
    return { status: 429, data: { error: { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' } }, headers: { 'retry-after': '45' } }
  }
  const client = createApiClient({ baseUrl: '', transport, delay: async () => undefined })
  await expect(client.request('/api/events')).rejects.toMatchObject({ code: 'RATE_LIMITED', status: 429 })
  expect(calls).toBe(1)
  expect(retryAfterMs({ 'Retry-After': 'Wed, 21 Oct 2015 07:28:10 GMT' }, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000)
  expect(retryAfterMs({}, 0)).toBeNull()
})
