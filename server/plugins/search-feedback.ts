/**
 * The search-miss report (issue 14), as one plugin:
 * - POST /api/feedback/search `{ query, kind: 'miss' | 'unhelpful' }` → 204. No identifier at
 *   all: no session or token is read; the query is scrubbed again and counted per day. Rate
 *   limited per client address (the limiter's counter only, never stored with the query).
 * - GET /api/admin/feedback/search?days=30&limit=50 → the top queries, for the staff console.
 */
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { SearchFeedbackBody, SearchFeedbackReport, SearchFeedbackReportQuery } from '../../src/core/feedback/contract'
import { recordSearchFeedback, searchFeedbackReport } from '../repositories/search-feedback'

export interface SearchFeedbackOptions {
  /** Reports per minute per client address; 0 turns the limit off. Default 30. */
  perMinute?: number
}

export default async function searchFeedback(plain: FastifyInstance, opts: SearchFeedbackOptions) {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>()
  const limit = app.limiter('search-feedback', opts.perMinute ?? 30, (request) => request.ip, '反馈太频繁了，请稍后再试')

  app.post('/api/feedback/search', { schema: { body: SearchFeedbackBody }, onRequest: limit }, async (request, reply) => {
    await recordSearchFeedback(app.database, request.body.query, request.body.kind, app.now())
    return reply.code(204).send()
  })

  app.get(
    '/api/admin/feedback/search',
    { config: { staffAction: 'feedback.read' }, schema: { querystring: SearchFeedbackReportQuery, response: { 200: SearchFeedbackReport } }, onRequest: app.requireStaff },
    async (request) => searchFeedbackReport(app.database.db, app.now(), Number(request.query.days ?? 30), Number(request.query.limit ?? 50))
  )
}
