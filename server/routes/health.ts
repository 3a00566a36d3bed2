/** GET /api/health (liveness and a database read) and GET /api/privacy (the retention numbers). */
import type { FastifyInstance } from 'fastify'
import { errorBody } from '../errors'
import { ping } from '../repositories/health'
import { toBeijingIso } from '../../src/core/date'

export default async function healthRoutes(app: FastifyInstance) {
  app.get('/api/health', async (_request, reply) => {
    try {
      await ping(app.database.db)
    } catch {
      return reply.code(503).send(errorBody('DB_UNAVAILABLE', '数据库暂时不可用'))
    }
    return { status: 'ok', database: app.database.dialect, time: toBeijingIso(Date.now()) }
  })

  // The privacy notice in the app reads its 「保存多久」 numbers from here, so it states what
  // this server actually does (SIGNUP_RETENTION_DAYS, SESSION_IDLE_DAYS).
  app.get('/api/privacy', async () => ({
    retentionDays: app.retention.retentionDays,
    sessionIdleDays: app.retention.sessionIdleDays
  }))
}
