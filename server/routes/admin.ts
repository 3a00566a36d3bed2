/**
 * Event routes under /api/admin, behind requireStaff (server/staff/plugin.ts): a staff session
 * (cookie + x-csrf-token) whose role may perform the route's staffAction, or the ADMIN_TOKEN
 * bearer. Every list view, export, check-in and event change is written to the audit log.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
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
import type { AuditAction } from '../../src/core/staff/audit'
import { maskName, maskPhone } from '../../src/core/validation/mask'
import { ApiError } from '../errors'
import { signupsCsv } from '../csv'
import { createEvent, getEvent, updateEvent } from '../repositories/events'
import { adminSignups, checkin } from '../repositories/signups'
import { eventOfCode } from '../repositories/staff'

export default async function adminRoutes(plain: FastifyInstance) {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>()
  app.addHook('onRequest', app.requireStaff)
  const audit = (request: FastifyRequest, action: AuditAction, target: string) => app.staff.audit(request.staffPrincipal!.actor, action, target)

  app.post('/events', { config: { staffAction: 'event.create' }, schema: { body: EventCreateBody, response: { 201: PublicEvent } } }, async (request, reply) => {
    const event = await createEvent(app.database, request.body, app.now())
    await audit(request, 'event.create', `event:${event.id}`)
    return reply.code(201).send(event)
  })

  app.patch(
    '/events/:id',
    { config: { staffAction: 'event.update' }, schema: { params: IdParams, body: EventPatchBody, response: { 200: PublicEvent } } },
    async (request) => {
      const event = await updateEvent(app.database, request.params.id, request.body, app.now())
      await audit(request, request.body.cancelled === true ? 'event.cancel' : 'event.update', `event:${event.id}`)
      return event
    }
  )

  // Staff sessions see phones masked (a reveal is its own audited request); the token sees them whole.
  app.get(
    '/events/:id/signups',
    { config: { staffAction: 'signups.view' }, schema: { params: IdParams, response: { 200: AdminSignupsResponse } } },
    async (request) => {
      const data = await adminSignups(app.database.db, request.params.id, app.now())
      await audit(request, 'signups.view', `event:${request.params.id}`)
      if (request.staffPrincipal?.kind !== 'session') return data
      return { ...data, signups: data.signups.map((s) => ({ ...s, phone: maskPhone(s.phone) })) }
    }
  )

  app.get('/events/:id/signups.csv', { config: { staffAction: 'signups.export' }, schema: { params: IdParams } }, async (request, reply) => {
    const data = await adminSignups(app.database.db, request.params.id, app.now())
    await audit(request, 'signups.export', `event:${request.params.id}`)
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="signups-${request.params.id}.csv"`)
      .header('Cache-Control', 'no-store')
      .send(signupsCsv(data))
  })

  // With `eventId` (the console's door screen) a code of another event is refused, not checked in.
  app.post('/checkins', { config: { staffAction: 'checkin' }, schema: { body: CheckinRequest, response: { 200: CheckinResult } } }, async (request) => {
    const { code, eventId } = request.body
    if (eventId !== undefined) {
      const owner = await eventOfCode(app.database.db, code.trim().toUpperCase())
      if (owner !== null && owner !== eventId) {
        const other = await getEvent(app.database.db, owner, app.now())
        throw new ApiError(409, 'WRONG_EVENT', `这是另一场活动的签到码${other ? `：${other.title}` : ''}`)
      }
    }
    const result = await checkin(app.database, code, app.now())
    await audit(request, 'checkin', `signup:${result.signup.id}`)
    if (request.staffPrincipal?.kind !== 'session') return result
    // At the door: enough to greet the person, nothing more.
    return { ...result, signup: { ...result.signup, name: maskName(result.signup.name), phone: maskPhone(result.signup.phone) } }
  })
}
