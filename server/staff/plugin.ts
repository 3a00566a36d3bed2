/**
 * The staff plugin: sign-in (/api/staff/*), the staff additions under /api/admin (event
 * overview with counts, phone reveal, staff accounts, audit log) and the /admin/ console's files.
 * The existing /api/admin routes use the same auth hook (`staffAuthHook`).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fastifyStatic from '@fastify/static'
import { ApiError, validationFailed } from '../errors'
import { ID_PARAMS } from '../routes/public'
import type { Store } from '../store'
import { BAD_CREDENTIALS, checkDisplayName, checkPassword, checkRole, checkUsername, LOCKED_OUT, lockoutState, normaliseUsername } from '../../src/core/staff/rules'
import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX } from '../../src/core/staff/audit'
import type { StaffRole } from '../../src/core/staff/roles'
import type { AuditPage, StaffEventSummary, StaffSessionResponse } from '../../src/core/staff/types'
import { toBeijingIso } from '../../src/core/events/time'
import type { PublicEvent } from '../../src/core/events/types'
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
  setPasswordHash,
  staffDb
} from './repository'
import { eventCounts, NO_COUNTS } from './counts'
import { isUniqueViolation, type Database } from '../db'

declare module 'fastify' {
  interface FastifyInstance {
    staff: StaffService
  }
}

export interface StaffPluginOptions {
  database: Database
  store: Store
  adminToken?: string
  clock?: () => number
  /** The built console (dist/admin), served at /admin/ when it has an index.html. */
  adminDir?: string | null
  /** Purge of old audit entries, idle staff sessions and stale sign-in attempts: every this many ms (0: off). */
  purgeIntervalMs?: number
}

/** onRequest hook for every /api/admin route: the caller, CSRF and the route's staffAction. */
export function staffAuthHook(app: FastifyInstance) {
  return async (request: FastifyRequest) => {
    await app.staff.authenticate(request, request.routeOptions.config?.staffAction)
  }
}

const USERNAME_BODY = { type: 'string', minLength: 1, maxLength: 64 } as const
const PASSWORD_BODY = { type: 'string', minLength: 1, maxLength: 400 } as const
const USERNAME_PARAMS = { type: 'object', properties: { username: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' } }, required: ['username'] } as const

function withCounts(e: PublicEvent, c = NO_COUNTS): StaffEventSummary {
  return { ...e, ...c }
}

export default async function staffPlugin(app: FastifyInstance, opts: StaffPluginOptions) {
  const db = staffDb(opts.database.db)
  const service = createStaffService(db, { adminToken: opts.adminToken, clock: opts.clock })
  app.decorate('staff', service)
  const now = service.now

  /* ---------------------------------------------------------------- sign-in */

  app.post<{ Body: { username: string; password: string } }>(
    '/api/staff/login',
    {
      schema: {
        body: { type: 'object', properties: { username: USERNAME_BODY, password: PASSWORD_BODY }, required: ['username', 'password'], additionalProperties: false }
      }
    },
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

  app.post('/api/staff/logout', async (request, reply) => {
    const s = await service.session(request).catch(() => null)
    if (s) {
      const header = request.headers['x-csrf-token']
      if (typeof header !== 'string' || !sameSecret(header, csrfTokenFor(s.token))) throw new ApiError(403, 'CSRF_FAILED', '请求缺少有效的 x-csrf-token，请刷新页面后重试')
      await deleteStaffSession(db, s.principal.sessionId as string)
      await service.audit(s.principal.actor, 'staff.logout', s.principal.actor)
    }
    setSessionCookie(request, reply, null)
    return { ok: true }
  })

  /** The console asks on load whether its cookie still holds a session (and for the CSRF token). */
  app.get('/api/staff/me', async (request): Promise<StaffSessionResponse> => {
    const s = await service.session(request)
    if (!s || !s.principal.staff) throw new ApiError(401, 'UNAUTHORIZED', '请先登录工作台')
    return { csrfToken: csrfTokenFor(s.token), staff: s.principal.staff }
  })

  /* ---------------------------------------------------------------- /api/admin additions */

  await app.register(async (admin) => {
    admin.addHook('onRequest', staffAuthHook(app))

    admin.get<{ Querystring: { scope?: 'upcoming' | 'past' } }>(
      '/api/admin/events',
      {
        config: { staffAction: 'events.list' },
        schema: { querystring: { type: 'object', properties: { scope: { type: 'string', enum: ['upcoming', 'past'] } }, additionalProperties: false } }
      },
      async (request) => {
        const scope = request.query.scope ?? 'upcoming'
        const nowIso = toBeijingIso(now())
        const all = await opts.store.listEvents({})
        const picked = all.filter((e) => (scope === 'upcoming' ? e.endsAt >= nowIso : e.endsAt < nowIso))
        if (scope === 'past') picked.reverse()
        const counts = await eventCounts(db, picked.map((e) => e.id))
        return { events: picked.slice(0, 200).map((e) => withCounts(e, counts.get(e.id))) }
      }
    )

    admin.get<{ Params: { id: string } }>('/api/admin/events/:id', { config: { staffAction: 'events.list' }, schema: { params: ID_PARAMS } }, async (request) => {
      const event = await opts.store.getEvent(request.params.id)
      if (!event) throw new ApiError(404, 'NOT_FOUND', '活动不存在')
      return withCounts(event, (await eventCounts(db, [event.id])).get(event.id))
    })

    admin.post<{ Params: { id: string } }>(
      '/api/admin/signups/:id/reveal',
      { config: { staffAction: 'signups.reveal' }, schema: { params: ID_PARAMS } },
      async (request) => {
        const row = await opts.database.db.selectFrom('signups').select(['id', 'phone']).where('id', '=', request.params.id).executeTakeFirst()
        if (!row) throw new ApiError(404, 'NOT_FOUND', '报名记录不存在')
        await service.audit(request.staffPrincipal!.actor, 'signups.reveal', `signup:${row.id}`)
        return { id: row.id, phone: row.phone }
      }
    )

    admin.get<{ Querystring: { limit?: number; before?: number } }>(
      '/api/admin/audit',
      {
        config: { staffAction: 'audit.read' },
        schema: {
          querystring: {
            type: 'object',
            properties: { limit: { type: 'string', pattern: '^[0-9]{1,4}$' }, before: { type: 'string', pattern: '^[0-9]{1,12}$' } },
            additionalProperties: false
          }
        }
      },
      async (request): Promise<AuditPage> => {
        const q = request.query as { limit?: string; before?: string }
        const limit = Math.min(AUDIT_PAGE_MAX, Math.max(1, Number(q.limit ?? AUDIT_PAGE_DEFAULT)))
        const entries = await listAudit(db, limit + 1, q.before === undefined ? undefined : Number(q.before))
        const page = entries.slice(0, limit)
        return { entries: page, nextBefore: entries.length > limit ? page[page.length - 1].id : null }
      }
    )

    admin.get('/api/admin/staff', { config: { staffAction: 'staff.list' } }, async () => ({ staff: await listStaff(db) }))

    admin.post<{ Body: { username: string; displayName: string; role: StaffRole; password: string } }>(
      '/api/admin/staff',
      {
        config: { staffAction: 'staff.manage' },
        schema: {
          body: {
            type: 'object',
            properties: { username: USERNAME_BODY, displayName: { type: 'string', maxLength: 100 }, role: { type: 'string', maxLength: 20 }, password: PASSWORD_BODY },
            required: ['username', 'displayName', 'role', 'password'],
            additionalProperties: false
          }
        }
      },
      async (request, reply) => {
        const b = request.body
        const errors = [checkUsername(b.username), checkDisplayName(b.displayName), checkRole(b.role), checkPassword(b.password)].filter((e) => e !== null)
        if (errors.length > 0) throw validationFailed(errors)
        const account = await addStaff(service, { ...b, username: normaliseUsername(b.username), displayName: b.displayName.trim() }, request.staffPrincipal!.actor)
        return reply.code(201).send(account)
      }
    )

    admin.post<{ Params: { username: string } }>(
      '/api/admin/staff/:username/disable',
      { config: { staffAction: 'staff.manage' }, schema: { params: USERNAME_PARAMS } },
      async (request) => {
        const username = normaliseUsername(request.params.username)
        if (request.staffPrincipal!.staff?.username === username) throw new ApiError(409, 'CANNOT_DISABLE_SELF', '不能停用自己的账号')
        await disableAccount(service, username, request.staffPrincipal!.actor)
        return { username, disabled: true }
      }
    )

    admin.post<{ Params: { username: string }; Body: { password: string } }>(
      '/api/admin/staff/:username/password',
      {
        config: { staffAction: 'staff.manage' },
        schema: { params: USERNAME_PARAMS, body: { type: 'object', properties: { password: PASSWORD_BODY }, required: ['password'], additionalProperties: false } }
      },
      async (request) => {
        const username = normaliseUsername(request.params.username)
        await resetPassword(service, username, request.body.password, request.staffPrincipal!.actor)
        return { username }
      }
    )
  })

  /* ---------------------------------------------------------------- console files */

  const adminDir = opts.adminDir ? path.resolve(opts.adminDir) : null
  if (adminDir && fs.existsSync(path.join(adminDir, 'index.html'))) {
    app.get('/admin', async (_request, reply) => reply.redirect('/admin/'))
    await app.register(fastifyStatic, {
      root: adminDir,
      prefix: '/admin/',
      decorateReply: false,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        // The console's files are small; always revalidate so a deploy takes effect at once.
        res.setHeader('Cache-Control', 'no-cache')
        if (filePath.endsWith('.html')) res.setHeader('X-Frame-Options', 'DENY')
      }
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

// Not encapsulated: app.staff and the sign-in routes belong to the root app (what fastify-plugin does).
;(staffPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true

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
