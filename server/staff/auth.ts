/**
 * Who is calling the staff API, and may they: a staff session (cookie + `x-csrf-token` on every
 * state-changing request, role from the account) or the ADMIN_TOKEN bearer (automation, acts as
 * admin). Also the one place that writes audit entries for a request.
 */
import crypto from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { ApiError } from '../errors'
import { tokenMatches } from '../plugins/auth'
import { can, ROLE_LABELS, type StaffAction, type StaffRole } from '../../src/core/staff/roles'
import { sessionExpired, sessionNeedsTouch, type StaffIdentity } from '../../src/core/staff/rules'
import { auditEntry, type AuditAction } from '../../src/core/staff/audit'
import { appendAudit, deleteStaffSession, findStaffSession, touchStaffSession, type StaffDb } from '../repositories/staff'

export const STAFF_COOKIE = 'yifa_staff'

export interface StaffPrincipal {
  kind: 'token' | 'session'
  /** As the audit log names it: `token` or `staff:<username>`. */
  actor: string
  role: StaffRole
  /** The account behind a session (null for the bearer token). */
  staff: StaffIdentity | null
  sessionId?: string
}

declare module 'fastify' {
  interface FastifyRequest {
    staffPrincipal?: StaffPrincipal
  }
  interface FastifyContextConfig {
    /** The staff action a route performs (src/core/staff/roles.ts decides who may). */
    staffAction?: StaffAction
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Constant-time comparison of two secrets of any length. */
export const sameSecret = tokenMatches

/** The CSRF token of a session: derived from its secret cookie token, so nothing more is stored. */
export function csrfTokenFor(sessionToken: string): string {
  return crypto.createHash('sha256').update(`csrf\0${sessionToken}`).digest('base64url')
}

export function readCookie(request: FastifyRequest, name: string): string | null {
  const header = request.headers.cookie
  if (typeof header !== 'string') return null
  for (const part of header.split(';')) {
    const i = part.indexOf('=')
    if (i < 0) continue
    if (part.slice(0, i).trim() === name) {
      const v = part.slice(i + 1).trim()
      return /^[A-Za-z0-9_-]{20,100}$/.test(v) ? v : null
    }
  }
  return null
}

/** HttpOnly, SameSite=Strict, scoped to the API; Secure when the request came over https (a trusted proxy's X-Forwarded-Proto counts). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string | null): void {
  const parts = [`${STAFF_COOKIE}=${token ?? ''}`, 'Path=/api/', 'HttpOnly', 'SameSite=Strict']
  if (token === null) parts.push('Max-Age=0')
  if (request.protocol === 'https') parts.push('Secure')
  reply.header('Set-Cookie', parts.join('; '))
}

function bearer(request: FastifyRequest): string | null {
  const h = request.headers.authorization
  if (typeof h !== 'string') return null
  const m = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,512})\s*$/i.exec(h)
  return m ? m[1] : ''
}

export interface StaffService {
  db: StaffDb
  now(): number
  /** Resolves the caller and checks CSRF and role for `action`; throws 401/403 ApiErrors. */
  authenticate(request: FastifyRequest, action: StaffAction | undefined): Promise<StaffPrincipal>
  /** The session behind the cookie (no CSRF or role check), or null. */
  session(request: FastifyRequest): Promise<{ principal: StaffPrincipal; token: string } | null>
  audit(actor: string, action: AuditAction, target: string): Promise<void>
}

export function createStaffService(db: StaffDb, options: { adminToken?: string; clock?: () => number }): StaffService {
  const now = options.clock ?? Date.now

  async function session(request: FastifyRequest) {
    const token = readCookie(request, STAFF_COOKIE)
    if (!token) return null
    const row = await findStaffSession(db, token)
    if (!row || row.disabledAt !== null) return null
    const t = now()
    const last = Date.parse(row.lastUsedAt)
    if (sessionExpired(last, t)) {
      await deleteStaffSession(db, row.sessionId)
      throw new ApiError(401, 'SESSION_EXPIRED', '登录已超过 8 小时未操作，请重新登录')
    }
    if (sessionNeedsTouch(last, t)) await touchStaffSession(db, row.sessionId, t)
    const staff: StaffIdentity = { username: row.username, displayName: row.displayName, role: row.role as StaffRole }
    return { token, principal: { kind: 'session' as const, actor: `staff:${row.username}`, role: staff.role, staff, sessionId: row.sessionId } }
  }

  return {
    db,
    now,
    session,
    async authenticate(request, action) {
      let principal: StaffPrincipal
      const presented = bearer(request)
      if (presented !== null) {
        // Automation: the shared token acts as an admin.
        if (!options.adminToken) throw new ApiError(401, 'ADMIN_DISABLED', '服务器未配置 ADMIN_TOKEN，令牌访问已停用；工作人员请登录 /admin/')
        if (!presented || !sameSecret(presented, options.adminToken)) throw new ApiError(401, 'UNAUTHORIZED', '管理令牌缺失或不正确')
        principal = { kind: 'token', actor: 'token', role: 'admin', staff: null }
      } else {
        const s = await session(request)
        if (!s) throw new ApiError(401, 'UNAUTHORIZED', '请先登录工作台')
        if (!SAFE_METHODS.has(request.method)) {
          const header = request.headers['x-csrf-token']
          if (typeof header !== 'string' || !sameSecret(header, csrfTokenFor(s.token))) {
            throw new ApiError(403, 'CSRF_FAILED', '请求缺少有效的 x-csrf-token，请刷新页面后重试')
          }
        }
        principal = s.principal
      }
      const needed: StaffAction = action ?? 'staff.manage'
      if (!can(principal.role, needed)) {
        throw new ApiError(403, 'FORBIDDEN', `您的角色（${ROLE_LABELS[principal.role]}）无权进行此操作`)
      }
      request.staffPrincipal = principal
      return principal
    },
    async audit(actor, action, target) {
      await appendAudit(db, auditEntry(now(), actor, action, target))
    }
  }
}
