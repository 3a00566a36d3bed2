/**
 * Auth plugin: citizens' sessions, as a hook that route plugins attach to their subtree
 * (`/api/me` and the sign-up route take requireSession; citizens carry a session token from
 * POST /api/session), and the ADMIN_TOKEN's checks. Staff (`/api/admin`) are authenticated by
 * the staff plugin's requireStaff: a staff session by role, or this ADMIN_TOKEN for automation.
 */
import crypto from 'node:crypto'
import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ApiError } from '../errors'
import { findSubject } from '../repositories/sessions'

declare module 'fastify' {
  interface FastifyInstance {
    requireSession(request: FastifyRequest): Promise<void>
  }
  interface FastifyRequest {
    /** The person behind the session token (set by requireSession). */
    subject: string
  }
}

export interface AuthOptions {
  /** Automation's token for /api/admin (checked here at start; used by the staff plugin). */
  adminToken?: string
}

const TOKEN68 = /^[A-Za-z0-9._~+/=-]+$/
export const ADMIN_TOKEN_MIN = 32

/** Why an ADMIN_TOKEN cannot be used, or null: too short, or characters a header cannot carry. */
export function adminTokenProblem(token: string): string | null {
  if (token.length < ADMIN_TOKEN_MIN) return `ADMIN_TOKEN 至少 ${ADMIN_TOKEN_MIN} 个字符 / must be at least ${ADMIN_TOKEN_MIN} characters`
  if (token.length > 512 || !TOKEN68.test(token)) {
    return 'ADMIN_TOKEN 只能含字母、数字和 . _ ~ + / = - / may only contain letters, digits and . _ ~ + / = -'
  }
  return null
}

export function bearerToken(request: FastifyRequest): string | null {
  const h = request.headers.authorization
  if (typeof h !== 'string') return null
  const m = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,512})\s*$/i.exec(h)
  return m ? m[1] : null
}

/** Constant-time comparison of a presented token with the configured one. */
export function tokenMatches(presented: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(presented).digest()
  const b = crypto.createHash('sha256').update(expected).digest()
  return crypto.timingSafeEqual(a, b)
}

async function authPlugin(app: FastifyInstance, opts: AuthOptions) {
  const adminToken = opts.adminToken || undefined
  if (adminToken) {
    const problem = adminTokenProblem(adminToken)
    if (problem) throw new Error(problem)
  }
  app.decorateRequest('subject', '')

  app.decorate('requireSession', async (request: FastifyRequest) => {
    const token = bearerToken(request)
    if (!token) throw new ApiError(401, 'UNAUTHORIZED', '请先登录（缺少 Authorization: Bearer 令牌）')
    const subject = await findSubject(app.database, token, app.retention.sessionIdleDays, app.now())
    if (!subject) throw new ApiError(401, 'UNAUTHORIZED', '登录已失效，请重新登录')
    request.subject = subject
  })
}

export default fp(authPlugin, { name: 'auth', dependencies: ['database'] })
