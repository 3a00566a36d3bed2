/**
 * The staff plugin: sign-in (/api/staff/*), `requireStaff` (the hook on the /api/admin subtree:
 * a staff session with its CSRF token, by role, or the ADMIN_TOKEN bearer), the staff routes under
 * /api/admin (event overview with counts, phone reveal, staff accounts, audit log), the purge of
 * old audit entries, and the /admin/ console's files.
 */
import fs from 'node:fs'
import path from 'node:path'
import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import fastifyStatic from '@fastify/static'
import { ApiError, validationFailed } from '../errors'
import { BAD_CREDENTIALS, checkDisplayName, checkPassword, checkRole, checkUsername, LOCKED_OUT, lockoutState, normaliseUsername } from '../../src/core/staff/rules'
import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX } from '../../src/core/staff/audit'
import type { StaffRole } from '../../src/core/staff/roles'
import {
  AuditPage,
  AuditQuery,
  OkResponse,
  PasswordBody,
  RevealPhoneResponse,
  SignupIdParams,
  StaffCreated,
  StaffCreateRequest,
  StaffEventListResponse,
  StaffEventQuery,
  StaffEventSummary,
  StaffListResponse,
  StaffLoginRequest,
  StaffSessionResponse,
  UsernameParams
} from '../../src/core/staff/contract'
import { toBeijingIso } from '../../src/core/events/time'
import type { PublicEvent } from '../../src/core/events/types'
import { getEvent, listEvents } from '../repositories/events'
import { createStaffService, csrfTokenFor, sameSecret, setSessionCookie, type StaffService } from './auth'
import { dummyHash, hashPassword, verifyPassword } from './password'
import {
  clearAttempts,
  countActiveAdmins,
  createStaffSession,
  deleteStaffSession,
  disableStaff,
  findStaff,
  forgetAttempt,
  insertStaff,
  listAudit,
  listStaff,
  otherRecentAttempts,
  purgeStaffData,
  recordAttempt,
  revealPhone,
  setPasswordHash,
  staffDb
} from './repository'
import { eventCounts, NO_COUNTS } from './counts'
import { isUniqueViolation } from '../db'

declare module 'fastify' {
  interface FastifyInstance {
    staff: StaffService
    /** onRequest hook of the /api/admin subtree: the caller, CSRF, and the route's staffAction. */
    requireStaff(request: FastifyRequest): Promise<void>
  }
}

export interface StaffPluginOptions {
  /** ADMIN_TOKEN: automation's way in, acting as an admin (unset: token access off). */
  adminToken?: string
  /** The built console (dist/admin), served at /admin/ when it has an index.html. */
  adminDir?: string | null
  /** Purge of old audit entries, idle staff sessions and stale sign-in attempts: at start, then every this many ms (0: off). */
  purgeIntervalMs?: number
}


function withCounts(e: PublicEvent, c = NO_COUNTS): StaffEventSummary {
  return { ...e, ...c }
}

async function staffPlugin(root: FastifyInstance, opts: StaffPluginOptions) {
  const app = root.withTypeProvider<TypeBoxTypeProvider>()
  const db = staffDb(app.database.db)
  const service = createStaffService(db, { adminToken: opts.adminToken || undefined, clock: () => app.now() })
  app.decorate('staff', service)
  app.decorate('requireStaff', async (request: FastifyRequest) => {
    await service.authenticate(request, request.routeOptions.config?.staffAction)
  })
  const now = service.now

  /* ---------------------------------------------------------------- sign-in */

  app.post(
    '/api/staff/login',
    { schema: { body: StaffLoginRequest, response: { 200: StaffSessionResponse } } },
    async (request, reply): Promise<StaffSessionResponse> => {
      const username = normaliseUsername(request.body.username)
      // The attempt is on record before the password is checked, so parallel guesses count too.
      const attempt = await recordAttempt(db, username, now())
      const lock = lockoutState(await otherRecentAttempts(db, username, attempt, now()), now())
      if (lock.locked) {
        await forgetAttempt(db, attempt)
        throw new ApiError(429, LOCKED_OUT.code, LOCKED_OUT.message, { headers: { 'Retry-After': String(lock.retryAfterSeconds) } })
      }
      const row = await findStaff(db, username)
      const usable = !!row && row.disabledAt === null
      // Unknown and disabled accounts cost the same scrypt work and get the same answer.
      const ok = (await verifyPassword(request.body.password, usable ? row.passwordHash : await dummyHash())) && usable
      if (!ok || !row) throw new ApiError(401, BAD_CREDENTIALS.code, BAD_CREDENTIALS.message)
      await clearAttempts(db, username)
      const token = await createStaffSession(db, row.id, now())
      await service.audit(`staff:${row.username}`, 'staff.login', `staff:${row.username}`)
      setSessionCookie(request, reply, token)
      return { csrfToken: csrfTokenFor(token), staff: { username: row.username, displayName: row.displayName, role: row.role as StaffRole } }
    }
  )

  app.post('/api/staff/logout', { schema: { response: { 200: OkResponse } } }, async (request, reply) => {
    const s = await service.session(request).catch(() => null)
    if (s) {
      const header = request.headers['x-csrf-token']
      if (typeof header !== 'string' || !sameSecret(header, csrfTokenFor(s.token))) {
        throw new ApiError(403, 'CSRF_FAILED', '请求缺少有效的 x-csrf-token，请刷新页面后重试')
      }
      await deleteStaffSession(db, s.principal.sessionId as string)
      await service.audit(s.principal.actor, 'staff.logout', s.principal.actor)
    }
    setSessionCookie(request, reply, null)
    return { ok: true }
  })

  /** The console asks on load whether its cookie still holds a session (and for the CSRF token). */
  app.get('/api/staff/me', { schema: { response: { 200: StaffSessionResponse } } }, async (request): Promise<StaffSessionResponse> => {
    const s = await service.session(request)
    if (!s || !s.principal.staff) throw new ApiError(401, 'UNAUTHORIZED', '请先登录工作台')
    return { csrfToken: csrfTokenFor(s.token), staff: s.principal.staff }
  })

  /* ---------------------------------------------------------------- /api/admin additions */

  await app.register(
    async (plain) => {
      const admin = plain.withTypeProvider<TypeBoxTypeProvider>()
      admin.addHook('onRequest', app.requireStaff)

      admin.get(
        '/events',
        { config: { staffAction: 'events.list' }, schema: { querystring: StaffEventQuery, response: { 200: StaffEventListResponse } } },
        async (request) => {
          const scope = request.query.scope ?? 'upcoming'
          const nowIso = toBeijingIso(now())
          const all = await listEvents(app.database.db, {}, now())
          const picked = all.filter((e) => (scope === 'upcoming' ? e.endsAt >= nowIso : e.endsAt < nowIso))
          if (scope === 'past') picked.reverse()
          const shown = picked.slice(0, 200)
          const counts = await eventCounts(app.database.db, shown.map((e) => e.id))
          return { events: shown.map((e) => withCounts(e, counts.get(e.id))) }
        }
      )

      admin.get('/events/:id', { config: { staffAction: 'events.list' }, schema: { params: SignupIdParams, response: { 200: StaffEventSummary } } }, async (request) => {
        const event = await getEvent(app.database.db, request.params.id, now())
        if (!event) throw new ApiError(404, 'NOT_FOUND', '活动不存在')
        return withCounts(event, (await eventCounts(app.database.db, [event.id])).get(event.id))
      })

      admin.post('/signups/:id/reveal', { config: { staffAction: 'signups.reveal' }, schema: { params: SignupIdParams, response: { 200: RevealPhoneResponse } } }, async (request) => {
        const phone = await revealPhone(app.database.db, request.params.id)
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
    },
    { prefix: '/api/admin' }
  )

  /* ---------------------------------------------------------------- console files */

  const adminDir = opts.adminDir ? path.resolve(opts.adminDir) : null
  if (adminDir && fs.existsSync(path.join(adminDir, 'index.html'))) {
    app.get('/admin', async (_request, reply) => reply.redirect('/admin/'))
    await app.register(fastifyStatic, {
      root: adminDir,
      prefix: '/admin/',
      decorateReply: false,
      cacheControl: false,
      // The console's files are small; always revalidate so a deploy takes effect at once.
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache')
    })
  }

  /* ---------------------------------------------------------------- retention */

  const every = opts.purgeIntervalMs ?? 6 * 3600_000
  if (every > 0) {
    const purge = () =>
      purgeStaffData(db, now()).then(
        (r) => app.log.info(r, 'staff purge'),
        (err: unknown) => app.log.error({ err: { message: (err as Error)?.message } }, 'staff purge failed')
      )
    await purge()
    const timer = setInterval(() => void purge(), every)
    timer.unref()
    app.addHook('onClose', async () => clearInterval(timer))
  }
}

export default fp(staffPlugin, { name: 'staff', dependencies: ['database', 'auth'] })

/* ------------------------------------------------------------------ account changes (API and CLI) */

export async function addStaff(
  service: Pick<StaffService, 'db' | 'now' | 'audit'>,
  a: { username: string; displayName: string; role: StaffRole; password: string },
  actor: string
) {
  const passwordHash = await hashPassword(a.password)
  try {
    await insertStaff(service.db, { username: a.username, displayName: a.displayName, role: a.role, passwordHash }, service.now())
  } catch (e) {
    if (isUniqueViolation(e)) throw new ApiError(409, 'STAFF_EXISTS', `用户名 ${a.username} 已存在`)
    throw e
  }
  await service.audit(actor, 'staff.add', `staff:${a.username}`)
  return { username: a.username, displayName: a.displayName, role: a.role, disabled: false }
}

export async function disableAccount(service: Pick<StaffService, 'db' | 'now' | 'audit'>, username: string, actor: string) {
  const row = await findStaff(service.db, username)
  if (!row) throw new ApiError(404, 'NOT_FOUND', `没有用户名为 ${username} 的工作人员`)
  if (row.role === 'admin' && row.disabledAt === null && (await countActiveAdmins(service.db)) <= 1) {
    throw new ApiError(409, 'LAST_ADMIN', '这是最后一个启用的管理员账号，不能停用')
  }
  await disableStaff(service.db, username, service.now())
  await service.audit(actor, 'staff.disable', `staff:${username}`)
}

export async function resetPassword(service: Pick<StaffService, 'db' | 'now' | 'audit'>, username: string, password: string, actor: string) {
  const bad = checkPassword(password)
  if (bad) throw validationFailed([bad])
  if (!(await findStaff(service.db, username))) throw new ApiError(404, 'NOT_FOUND', `没有用户名为 ${username} 的工作人员`)
  await setPasswordHash(service.db, username, await hashPassword(password), service.now())
  await service.audit(actor, 'staff.reset-password', `staff:${username}`)
}
