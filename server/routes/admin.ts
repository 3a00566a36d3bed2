/** Staff routes under /api/admin: every route here needs the admin token (one hook). */
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import {
  AdminSignupsResponse,
  CheckinRequest,
  CheckinResult,
  EventCreateBody,
  EventPatchBody,
  IdParams,
  PublicEvent
} from '../../src/core/events/contract'
import { signupsCsv } from '../csv'
import { createEvent, updateEvent } from '../repositories/events'
import { adminSignups, checkin } from '../repositories/signups'

export default async function adminRoutes(plain: FastifyInstance) {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>()
  app.addHook('onRequest', app.requireAdmin)

  app.post('/events', { schema: { body: EventCreateBody, response: { 201: PublicEvent } } }, async (request, reply) =>
    reply.code(201).send(await createEvent(app.database, request.body, app.now()))
  )

  app.patch('/events/:id', { schema: { params: IdParams, body: EventPatchBody, response: { 200: PublicEvent } } }, async (request) =>
    updateEvent(app.database, request.params.id, request.body, app.now())
  )

  app.get('/events/:id/signups', { schema: { params: IdParams, response: { 200: AdminSignupsResponse } } }, async (request) =>
    adminSignups(app.database.db, request.params.id, app.now())
  )

  app.get('/events/:id/signups.csv', { schema: { params: IdParams } }, async (request, reply) => {
    const data = await adminSignups(app.database.db, request.params.id, app.now())
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="signups-${request.params.id}.csv"`)
      .header('Cache-Control', 'no-store')
      .send(signupsCsv(data))
  })

  app.post('/checkins', { schema: { body: CheckinRequest, response: { 200: CheckinResult } } }, async (request) =>
    checkin(app.database, request.body.code, app.now())
  )
}
