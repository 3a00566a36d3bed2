/**
 * The search-miss report (issue 14), as one plugin:
 * - POST /api/feedback/search `{ query, kind: 'miss' | 'unhelpful' }` → 204. No identifier at
 *   all: no session, no token is read; the query is scrubbed again and counted per day. Rate
 *   limited per client address (kept in memory only, never stored).
 * - GET /api/admin/feedback/search?days=30&limit=50 → the top queries, for the staff console.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { ApiError } from '../errors'
import { RateLimiter } from '../rate-limit'
import { bearerToken, tokenMatches } from '../app'
import { FEEDBACK_QUERY_MAX } from '../../src/core/privacy/scrub'
import { recordSearchFeedback, searchFeedbackReport, type SearchFeedbackDB, type SearchFeedbackKind } from '../repositories/search-feedback'

export interface SearchFeedbackOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>
  adminToken?: string
  /** Reports per minute per client address; 0 turns the limit off. Default 30. */
  perMinute?: number
  clock?: () => number
}

const BODY = {
  type: 'object',
  properties: {
    // Longer than the search box takes, so a pasted sentence is cut by the scrubber, not refused.
    query: { type: 'string', minLength: 1, maxLength: FEEDBACK_QUERY_MAX * 4 },
    kind: { type: 'string', enum: ['miss', 'unhelpful'] },
  },
  required: ['query', 'kind'],
  additionalProperties: false,
} as const

const REPORT_QUERY = {
  type: 'object',
  properties: {
    days: { type: 'string', pattern: '^[0-9]{1,3}$' },
    limit: { type: 'string', pattern: '^[0-9]{1,3}$' },
  },
  additionalProperties: false,
} as const

export default async function searchFeedback(app: FastifyInstance, opts: SearchFeedbackOptions) {
  const db = opts.db as Kysely<SearchFeedbackDB>
  const clock = opts.clock ?? Date.now
  const limiter = new RateLimiter(opts.perMinute ?? 30, clock)

  app.post<{ Body: { query: string; kind: SearchFeedbackKind } }>('/api/feedback/search', { schema: { body: BODY } }, async (request, reply) => {
    const wait = limiter.hit(request.ip)
    if (wait) throw new ApiError(429, 'RATE_LIMITED', '反馈太频繁了，请稍后再试', { headers: { 'Retry-After': String(wait) } })
    await recordSearchFeedback(db, request.body.query, request.body.kind, clock())
    return reply.code(204).send()
  })

  const requireAdmin = async (request: FastifyRequest) => {
    if (!opts.adminToken) throw new ApiError(401, 'ADMIN_DISABLED', '服务器未配置 ADMIN_TOKEN，管理接口已停用')
    const token = bearerToken(request)
    if (!token || !tokenMatches(token, opts.adminToken)) throw new ApiError(401, 'UNAUTHORIZED', '管理令牌缺失或不正确')
  }

  app.get<{ Querystring: { days?: string; limit?: string } }>(
    '/api/admin/feedback/search',
    { schema: { querystring: REPORT_QUERY }, onRequest: requireAdmin },
    async (request) => {
      const days = Number(request.query.days ?? 30)
      const limit = Number(request.query.limit ?? 50)
      if (days < 1 || days > 90) throw new ApiError(400, 'VALIDATION_FAILED', 'days 应为 1 到 90 之间的整数')
      if (limit < 1 || limit > 500) throw new ApiError(400, 'VALIDATION_FAILED', 'limit 应为 1 到 500 之间的整数')
      return searchFeedbackReport(db, clock(), days, limit)
    }
  )
}
