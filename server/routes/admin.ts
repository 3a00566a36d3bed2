/**
 * Staff routes, behind a staff session (cookie + x-csrf-token, by role) or Authorization: Bearer
 * $ADMIN_TOKEN (see server/staff/auth.ts). Every list view, export, check-in and event change
 * is written to the audit log.
 */
import type { FastifyInstance } from 'fastify'
import { ApiError } from '../errors'
import type { AppContext } from '../app'
import { staffAuthHook } from '../staff/plugin'
import { eventOfCode } from '../staff/counts'
import { staffDb } from '../staff/repository'
import { maskName, maskPhone } from '../../src/core/validation/mask'
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

  app.register(async (admin) => {
    admin.addHook('onRequest', staffAuthHook(app))
    const audit = (request: { staffPrincipal?: { actor: string } }, action: Parameters<typeof app.staff.audit>[1], target: string) =>
      app.staff.audit(request.staffPrincipal!.actor, action, target)

    admin.post(
      '/api/admin/events',
      {
        config: { staffAction: 'event.create' },
        schema: {
          body: {
            type: 'object',
            properties: EVENT_PROPS,
            required: ['kind', 'title', 'startsAt', 'endsAt', 'venue', 'district', 'capacity', 'latitude', 'longitude'],
            additionalProperties: false
          }
        }
      },
      async (request, reply) => {
        const event = await store.createEvent(request.body)
        await audit(request, 'event.create', `event:${event.id}`)
        return reply.code(201).send(event)
      }
    )

    admin.patch<{ Params: { id: string }; Body: { cancelled?: boolean } }>(
      '/api/admin/events/:id',
      {
        config: { staffAction: 'event.update' },
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
      async (request) => {
        const event = await store.updateEvent(request.params.id, request.body)
        await audit(request, request.body.cancelled === true ? 'event.cancel' : 'event.update', `event:${event.id}`)
        return event
      }
    )

    // Staff sessions see phones masked (a reveal is its own audited request); the token sees them whole.
    admin.get<{ Params: { id: string } }>('/api/admin/events/:id/signups', { config: { staffAction: 'signups.view' }, schema: { params: ID_PARAMS } }, async (request) => {
      const data = await store.adminSignups(request.params.id)
      await audit(request, 'signups.view', `event:${request.params.id}`)
      if (request.staffPrincipal?.kind !== 'session') return data
      return { ...data, signups: data.signups.map((s) => ({ ...s, phone: maskPhone(s.phone) })) }
    })

    admin.get<{ Params: { id: string } }>('/api/admin/events/:id/signups.csv', { config: { staffAction: 'signups.export' }, schema: { params: ID_PARAMS } }, async (request, reply) => {
      const data = await store.adminSignups(request.params.id)
      await audit(request, 'signups.export', `event:${request.params.id}`)
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="signups-${request.params.id}.csv"`)
        .header('Cache-Control', 'no-store')
        .send(signupsCsv(data))
    })

    // `eventId` (the console's door screen) refuses a code of another event before checking in.
    admin.post<{ Body: { code: string; eventId?: string } }>(
      '/api/admin/checkins',
      {
        config: { staffAction: 'checkin' },
        schema: {
          body: {
            type: 'object',
            properties: { code: { type: 'string', minLength: 1, maxLength: 32 }, eventId: ID_PARAMS.properties.id },
            required: ['code'],
            additionalProperties: false
          }
        }
      },
      async (request) => {
        const { code, eventId } = request.body
        if (eventId !== undefined) {
          const owner = await eventOfCode(staffDb(store.db), code.trim().toUpperCase())
          if (owner !== null && owner !== eventId) {
            const other = await store.getEvent(owner)
            throw new ApiError(409, 'WRONG_EVENT', `这是另一场活动的签到码${other ? `：${other.title}` : ''}`)
          }
        }
        const result = await store.checkin(code)
        await audit(request, 'checkin', `signup:${result.signup.id}`)
        if (request.staffPrincipal?.kind !== 'session') return result
        // At the door: enough to greet the person, nothing more.
        return { ...result, signup: { ...result.signup, name: maskName(result.signup.name), phone: maskPhone(result.signup.phone) } }
      }
    )
  })
}
