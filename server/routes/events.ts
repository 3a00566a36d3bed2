/** Public event routes: the calendar, one event, and signing up (session required). */
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { EventListResponse, EventQuery, IdParams, PublicEvent, SignupRequest, SignupResult } from '../../src/core/events/contract'
import { isCalendarDate } from '../../src/core/date'
import { validateSignup } from '../../src/core/validation/signup'
import { ApiError, validationFailed } from '../errors'
import { getEvent, listEvents } from '../repositories/events'
import { signup } from '../repositories/signups'

const IDEMPOTENCY_KEY_RE = /^[A-Za-z0-9_\-:.]{1,128}$/

export interface EventRouteOptions {
  /** Sign-ups per minute per IP and per session; 0 = off. */
  signupsPerMinute: number
}

export default async function eventRoutes(plain: FastifyInstance, opts: EventRouteOptions) {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>()

  app.get('/api/events', { schema: { querystring: EventQuery, response: { 200: EventListResponse } } }, async (request) => {
    const q = request.query
    const errors = []
    if (q.from !== undefined && !isCalendarDate(q.from)) errors.push({ field: 'from', code: 'INVALID_DATE', message: '开始日期（from）不是有效日期，格式应为 YYYY-MM-DD' })
    if (q.to !== undefined && !isCalendarDate(q.to)) errors.push({ field: 'to', code: 'INVALID_DATE', message: '结束日期（to）不是有效日期，格式应为 YYYY-MM-DD' })
    if (errors.length === 0 && q.from && q.to && q.from > q.to) errors.push({ field: 'to', code: 'BEFORE_FROM', message: '结束日期（to）不能早于开始日期（from）' })
    if (errors.length > 0) throw validationFailed(errors)
    const events = await listEvents(app.database.db, { ...q, district: q.district?.trim() || undefined }, app.now())
    return { events }
  })

  app.get('/api/events/:id', { schema: { params: IdParams, response: { 200: PublicEvent } } }, async (request) => {
    const event = await getEvent(app.database.db, request.params.id, app.now())
    if (!event) throw new ApiError(404, 'NOT_FOUND', '活动不存在')
    return event
  })

  const message = '报名请求过于频繁，请稍后再试'
  app.post(
    '/api/events/:id/signups',
    {
      schema: { params: IdParams, body: SignupRequest, response: { 201: SignupResult } },
      onRequest: [
        app.limiter('signup:ip', opts.signupsPerMinute, (r) => r.ip, message),
        app.requireSession,
        app.limiter('signup:session', opts.signupsPerMinute, (r) => r.subject, message)
      ]
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key']
      if (key === undefined) throw new ApiError(400, 'IDEMPOTENCY_KEY_REQUIRED', '缺少请求头 Idempotency-Key（每份报名一个唯一值，重试时沿用）')
      if (typeof key !== 'string' || !IDEMPOTENCY_KEY_RE.test(key)) {
        throw new ApiError(400, 'IDEMPOTENCY_KEY_INVALID', '请求头 Idempotency-Key 格式不正确（1–128 个字母、数字或 - _ : .）')
      }
      const v = validateSignup(request.body)
      if (!v.ok) throw validationFailed(v.errors)
      const out = await signup(app.database, request.subject, request.params.id, key, v.value, app.now())
      if (out.replayed) reply.header('Idempotent-Replayed', 'true')
      return reply.code(out.statusCode as 201).send(out.body)
    }
  )
}
