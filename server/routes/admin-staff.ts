/**
 * The console's routes under /api/admin, behind requireStaff like the event routes: the event
 * overview with counts, the audited phone reveal, staff accounts and the audit log.
 */
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { ApiError, validationFailed } from '../errors'
import { checkDisplayName, checkPassword, checkRole, checkUsername, normaliseUsername } from '../../src/core/staff/rules'
import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX } from '../../src/core/staff/audit'
import type { StaffRole } from '../../src/core/staff/roles'
import {
  AuditPage,
  AuditQuery,
  PasswordBody,
  RevealPhoneResponse,
  SignupIdParams,
  StaffCreated,
  StaffCreateRequest,
  StaffEventListResponse,
  StaffEventQuery,
  StaffEventSummary,
  StaffListResponse,
  UsernameParams
} from '../../src/core/staff/contract'
import { toBeijingIso } from '../../src/core/date'
import type { PublicEvent } from '../../src/core/events/types'
import { getEvent, listEvents } from '../repositories/events'
import { eventCounts, listAudit, listStaff, NO_COUNTS, revealPhone } from '../repositories/staff'
import { addStaff, disableAccount, resetPassword } from '../staff/accounts'

function withCounts(e: PublicEvent, c = NO_COUNTS): StaffEventSummary {
  return { ...e, ...c }
}

export default async function adminStaffRoutes(plain: FastifyInstance) {
  const admin = plain.withTypeProvider<TypeBoxTypeProvider>()
  admin.addHook('onRequest', admin.requireStaff)
  const service = admin.staff
  const db = admin.database.db
  const now = service.now

  admin.get(
    '/events',
    { config: { staffAction: 'events.list' }, schema: { querystring: StaffEventQuery, response: { 200: StaffEventListResponse } } },
    async (request) => {
      const scope = request.query.scope ?? 'upcoming'
      const nowIso = toBeijingIso(now())
      const all = await listEvents(db, {}, now())
      const picked = all.filter((e) => (scope === 'upcoming' ? e.endsAt >= nowIso : e.endsAt < nowIso))
      if (scope === 'past') picked.reverse()
      const shown = picked.slice(0, 200)
      const counts = await eventCounts(db, shown.map((e) => e.id))
      return { events: shown.map((e) => withCounts(e, counts.get(e.id))) }
    }
  )

  admin.get('/events/:id', { config: { staffAction: 'events.list' }, schema: { params: SignupIdParams, response: { 200: StaffEventSummary } } }, async (request) => {
    const event = await getEvent(db, request.params.id, now())
    if (!event) throw new ApiError(404, 'NOT_FOUND', '活动不存在')
    return withCounts(event, (await eventCounts(db, [event.id])).get(event.id))
  })

  admin.post('/signups/:id/reveal', { config: { staffAction: 'signups.reveal' }, schema: { params: SignupIdParams, response: { 200: RevealPhoneResponse } } }, async (request) => {
    const phone = await revealPhone(db, request.params.id)
    if (phone === null) throw new ApiError(404, 'NOT_FOUND', '报名记录不存在')
    await service.audit(request.staffPrincipal!.actor, 'signups.reveal', `signup:${request.params.id}`)
    return { id: request.params.id, phone }
  })

  admin.get(
    '/audit',
    { config: { staffAction: 'audit.read' }, schema: { querystring: AuditQuery, response: { 200: AuditPage } } },
    async (request) => {
      const q = request.query
      const limit = Math.min(AUDIT_PAGE_MAX, Math.max(1, Number(q.limit ?? AUDIT_PAGE_DEFAULT)))
      const entries = await listAudit(db, limit + 1, q.before === undefined ? undefined : Number(q.before))
      const page = entries.slice(0, limit)
      return { entries: page, nextBefore: entries.length > limit ? page[page.length - 1].id : null }
    }
  )

  admin.get('/staff', { config: { staffAction: 'staff.list' }, schema: { response: { 200: StaffListResponse } } }, async () => ({ staff: await listStaff(db) }))

  admin.post(
    '/staff',
    { config: { staffAction: 'staff.manage' }, schema: { body: StaffCreateRequest, response: { 201: StaffCreated } } },
    async (request, reply) => {
      const b = request.body
      const errors = [checkUsername(b.username), checkDisplayName(b.displayName), checkRole(b.role), checkPassword(b.password)].filter((e) => e !== null)
      if (errors.length > 0) throw validationFailed(errors)
      const account = await addStaff(service, { ...b, role: b.role as StaffRole, username: normaliseUsername(b.username), displayName: b.displayName.trim() }, request.staffPrincipal!.actor)
      return reply.code(201).send(account)
    }
  )

  admin.post(
    '/staff/:username/disable',
    { config: { staffAction: 'staff.manage' }, schema: { params: UsernameParams } },
    async (request) => {
      const username = normaliseUsername(request.params.username)
      if (request.staffPrincipal!.staff?.username === username) throw new ApiError(409, 'CANNOT_DISABLE_SELF', '不能停用自己的账号')
      await disableAccount(service, username, request.staffPrincipal!.actor)
      return { username, disabled: true }
    }
  )

  admin.post(
    '/staff/:username/password',
    { config: { staffAction: 'staff.manage' }, schema: { params: UsernameParams, body: PasswordBody } },
    async (request) => {
      const username = normaliseUsername(request.params.username)
      await resetPassword(service, username, request.body.password, request.staffPrincipal!.actor)
      return { username }
    }
  )
}
