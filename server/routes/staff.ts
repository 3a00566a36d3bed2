/**
 * Staff sign-in under /api/staff: login (session cookie + CSRF token), logout, and `me` (the
 * console asks on load whether its cookie still holds a session, and for the CSRF token).
 */
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { ApiError } from '../errors'
import { BAD_CREDENTIALS, LOCKED_OUT, lockoutState, normaliseUsername } from '../../src/core/staff/rules'
import type { StaffRole } from '../../src/core/staff/roles'
import { OkResponse, StaffLoginRequest, StaffSessionResponse } from '../../src/core/staff/contract'
import { csrfTokenFor, sameSecret, setSessionCookie } from '../staff/auth'
import { dummyHash, verifyPassword } from '../staff/password'
import { clearAttempts, createStaffSession, deleteStaffSession, findStaff, forgetAttempt, otherRecentAttempts, recordAttempt } from '../repositories/staff'

export default async function staffRoutes(plain: FastifyInstance) {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>()
  const service = app.staff
  const db = app.database.db
  const now = service.now

  app.post(
    '/login',
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

  app.post('/logout', { schema: { response: { 200: OkResponse } } }, async (request, reply) => {
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
  app.get('/me', { schema: { response: { 200: StaffSessionResponse } } }, async (request): Promise<StaffSessionResponse> => {
    const s = await service.session(request)
    if (!s || !s.principal.staff) throw new ApiError(401, 'UNAUTHORIZED', '请先登录工作台')
    return { csrfToken: csrfTokenFor(s.token), staff: s.principal.staff }
  })
}
