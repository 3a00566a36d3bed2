/** Staff routes, behind Authorization: Bearer $ADMIN_TOKEN (compared in constant time). */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ApiError } from '../errors'
import { bearerToken, tokenMatches, type AppContext } from '../app'
import { ID_PARAMS } from './public'
import { signupsCsv } from '../csv'
import { EVENT_KINDS } from '../../src/core/events/types'

const EVENT_PROPS = {
  kind: { type: 'string', enum: [...EVENT_KINDS] },
  title: { type: 'string', maxLength: 200 },
  summary: { type: 'string', maxLength: 2000 },
  startsAt: { type: 'string', maxLength: 40 },
  endsAt: { type: 'string', maxLength: 40 },
  venue: { type: 'string', maxLength: 200 },
  address: { type: 'string', maxLength: 400 },
  district: { type: 'string', maxLength: 40 },
  speaker: { type: 'string', maxLength: 200 },
  capacity: { type: 'integer', minimum: 1, maximum: 100000 },
  latitude: { type: 'number', minimum: -90, maximum: 90 },
  longitude: { type: 'number', minimum: -180, maximum: 180 }
} as const

export function registerAdminRoutes(app: FastifyInstance, ctx: AppContext) {
  const { store } = ctx

  const requireAdmin = async (request: FastifyRequest) => {
    if (!ctx.adminToken) throw new ApiError(401, 'ADMIN_DISABLED', '服务器未配置 ADMIN_TOKEN，管理接口已停用')
    const token = bearerToken(request)
    if (!token || !tokenMatches(token, ctx.adminToken)) throw new ApiError(401, 'UNAUTHORIZED', '管理令牌缺失或不正确')
  }

  app.register(async (admin) => {
    admin.addHook('onRequest', requireAdmin)

    admin.post(
      '/api/admin/events',
      {
        schema: {
          body: {
            type: 'object',
            properties: EVENT_PROPS,
            required: ['kind', 'title', 'startsAt', 'endsAt', 'venue', 'district', 'capacity', 'latitude', 'longitude'],
            additionalProperties: false
          }
        }
      },
      async (request, reply) => reply.code(201).send(await store.createEvent(request.body))
    )

    admin.patch<{ Params: { id: string } }>(
      '/api/admin/events/:id',
      {
        schema: {
          params: ID_PARAMS,
          body: {
            type: 'object',
            properties: { ...EVENT_PROPS, cancelled: { type: 'boolean' } },
            additionalProperties: false,
            minProperties: 1
          }
        }
      },
      async (request) => store.updateEvent(request.params.id, request.body)
    )

    admin.get<{ Params: { id: string } }>('/api/admin/events/:id/signups', { schema: { params: ID_PARAMS } }, async (request) =>
      store.adminSignups(request.params.id)
    )

    admin.get<{ Params: { id: string } }>('/api/admin/events/:id/signups.csv', { schema: { params: ID_PARAMS } }, async (request, reply) => {
      const data = await store.adminSignups(request.params.id)
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="signups-${request.params.id}.csv"`)
        .header('Cache-Control', 'no-store')
        .send(signupsCsv(data))
    })

    admin.post<{ Body: { code: string } }>(
      '/api/admin/checkins',
      {
        schema: {
          body: {
            type: 'object',
            properties: { code: { type: 'string', minLength: 1, maxLength: 32 } },
            required: ['code'],
            additionalProperties: false
          }
        }
      },
      async (request) => store.checkin(request.body.code)
    )
  })
}
