/** Citizen-facing routes: health, session, events, sign-up, my sign-ups. */
import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ApiError, validationFailed } from '../errors'
import { bearerToken, type AppContext } from '../app'
import { code2session } from '../wechat'
import { sha256 } from '../store'
import { EVENT_KINDS, type EventKind, type EventQuery } from '../../src/core/events/types'
import { isCalendarDate, toBeijingIso } from '../../src/core/date'
import { validateSignup } from '../../src/core/validation/signup'

export const ID_SCHEMA = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } as const
export const ID_PARAMS = { type: 'object', properties: { id: ID_SCHEMA }, required: ['id'] } as const
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const
const IDEMPOTENCY_KEY_RE = /^[A-Za-z0-9_\-:.]{1,128}$/

/** Resolves the caller's session (person) from the bearer token, or answers 401. */
export async function requireSession(ctx: AppContext, request: FastifyRequest): Promise<string> {
  const token = bearerToken(request)
  if (!token) throw new ApiError(401, 'UNAUTHORIZED', '请先登录（缺少 Authorization: Bearer 令牌）')
  const subject = await ctx.store.findSubject(token)
  if (!subject) throw new ApiError(401, 'UNAUTHORIZED', '登录已失效，请重新登录')
  request.subject = subject
  return subject
}

function limited(retryAfter: number, message: string): ApiError {
  return new ApiError(429, 'RATE_LIMITED', message, { headers: { 'Retry-After': String(retryAfter) } })
}

export function registerPublicRoutes(app: FastifyInstance, ctx: AppContext) {
  const { store } = ctx

  app.get('/api/health', async (_request, reply) => {
    try {
      await store.ping()
    } catch {
      return reply.code(503).send({ error: { code: 'DB_UNAVAILABLE', message: '数据库暂时不可用' } })
    }
    return { status: 'ok', database: store.dialect, time: toBeijingIso(Date.now()) }
  })

  // The privacy notice in the app reads its 「保存多久」 numbers from here, so it states what
  // this server actually does (SIGNUP_RETENTION_DAYS, SESSION_IDLE_DAYS).
  app.get('/api/privacy', async () => ({
    retentionDays: store.retention.retentionDays,
    sessionIdleDays: store.retention.sessionIdleDays
  }))

  app.post<{ Body: { code?: string } }>(
    '/api/session',
    {
      schema: {
        body: {
          type: 'object',
          properties: { code: { type: 'string', minLength: 1, maxLength: 128 } },
          additionalProperties: false
        }
      },
      preValidation: async (request) => {
        if (request.body === undefined || request.body === null) request.body = {}
      },
      onRequest: async (request) => {
        const wait = ctx.sessionLimiter.hit(`ip:${request.ip}`)
        if (wait) throw limited(wait, '登录过于频繁，请稍后再试')
      }
    },
    async (request) => {
      const code = request.body.code
      if (code && ctx.wechat) {
        const { openid } = await code2session(ctx.wechat, code)
        // The same WeChat user keeps their sign-ups across logins; only a hash of the openid is kept.
        const subject = `wx_${sha256(`${ctx.wechat.appId}:${openid}`).slice(0, 40)}`
        return { token: await store.createSession('wechat', subject), kind: 'wechat' as const }
      }
      const subject = `dv_${sha256(randomUUID()).slice(0, 40)}`
      return { token: await store.createSession('device', subject), kind: 'device' as const }
    }
  )

  app.get<{ Querystring: EventQuery }>(
    '/api/events',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            from: DATE,
            to: DATE,
            district: { type: 'string', maxLength: 20 },
            kind: { type: 'string', enum: [...EVENT_KINDS] }
          }
        }
      }
    },
    async (request) => {
      const q = request.query
      const errors = []
      if (q.from !== undefined && !isCalendarDate(q.from)) errors.push({ field: 'from', code: 'INVALID_DATE', message: '开始日期（from）不是有效日期，格式应为 YYYY-MM-DD' })
      if (q.to !== undefined && !isCalendarDate(q.to)) errors.push({ field: 'to', code: 'INVALID_DATE', message: '结束日期（to）不是有效日期，格式应为 YYYY-MM-DD' })
      if (errors.length === 0 && q.from && q.to && q.from > q.to) errors.push({ field: 'to', code: 'BEFORE_FROM', message: '结束日期（to）不能早于开始日期（from）' })
      if (errors.length > 0) throw validationFailed(errors)
      const events = await store.listEvents({
        from: q.from,
        to: q.to,
        district: q.district?.trim() || undefined,
        kind: q.kind as EventKind | undefined
      })
      return { events }
    }
  )

  app.get<{ Params: { id: string } }>('/api/events/:id', { schema: { params: ID_PARAMS } }, async (request) => {
    const event = await store.getEvent(request.params.id)
    if (!event) throw new ApiError(404, 'NOT_FOUND', '活动不存在')
    return event
  })

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/api/events/:id/signups',
    {
      schema: {
        params: ID_PARAMS,
        // Types and sizes at the edge; presence and meaning come from the shared validator,
        // whose Chinese messages the form shows beside each field.
        body: {
          type: 'object',
          properties: {
            name: { type: 'string', maxLength: 100 },
            phone: { type: 'string', maxLength: 40 },
            partySize: { type: 'integer' },
            consent: { type: 'boolean' }
          }
        }
      },
      onRequest: async (request) => {
        const ipWait = ctx.signupLimiter.hit(`ip:${request.ip}`)
        if (ipWait) throw limited(ipWait, '报名请求过于频繁，请稍后再试')
        const subject = await requireSession(ctx, request)
        const wait = ctx.signupLimiter.hit(`session:${subject}`)
        if (wait) throw limited(wait, '报名请求过于频繁，请稍后再试')
      }
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key']
      if (key === undefined) throw new ApiError(400, 'IDEMPOTENCY_KEY_REQUIRED', '缺少请求头 Idempotency-Key（每份报名一个唯一值，重试时沿用）')
      if (typeof key !== 'string' || !IDEMPOTENCY_KEY_RE.test(key)) {
        throw new ApiError(400, 'IDEMPOTENCY_KEY_INVALID', '请求头 Idempotency-Key 格式不正确（1–128 个字母、数字或 - _ : .）')
      }
      const v = validateSignup(request.body)
      if (!v.ok) throw validationFailed(v.errors)
      const out = await store.signup(request.subject as string, request.params.id, key, v.value)
      if (out.replayed) reply.header('Idempotent-Replayed', 'true')
      return reply.code(out.statusCode).send(out.body)
    }
  )

  app.get('/api/me/signups', { onRequest: async (request) => void (await requireSession(ctx, request)) }, async (request) => {
    return { signups: await store.mySignups(request.subject as string) }
  })

  app.delete<{ Params: { id: string } }>(
    '/api/me/signups/:id',
    { schema: { params: ID_PARAMS }, onRequest: async (request) => void (await requireSession(ctx, request)) },
    async (request) => store.cancelSignup(request.subject as string, request.params.id)
  )
}
