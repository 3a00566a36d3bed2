/**
 * Staff downloads of the print files: `GET /api/admin/print/guide.pdf?size=A3|A4` and
 * `GET /api/admin/print/posters/:id.pdf`, behind the admin token like the rest of /api/admin.
 * Self-contained Fastify plugin: `app.register(printRoutes, { adminToken })`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ApiError } from '../errors'
import { bearerToken, tokenMatches } from '../app'
import { guideMapPdf, posterPdf } from './documents'
import { PrintFontMissing } from './fonts'
import { resolvePublicBase } from './settings'

export interface PrintRoutesOptions {
  adminToken?: string
  /** For tests: the environment PUBLIC_BASE is read from (default process.env). */
  env?: NodeJS.ProcessEnv
}

export default async function printRoutes(app: FastifyInstance, opts: PrintRoutesOptions): Promise<void> {
  const requireAdmin = async (request: FastifyRequest) => {
    if (!opts.adminToken) throw new ApiError(401, 'ADMIN_DISABLED', '服务器未配置 ADMIN_TOKEN，管理接口已停用')
    const token = bearerToken(request)
    if (!token || !tokenMatches(token, opts.adminToken)) throw new ApiError(401, 'UNAUTHORIZED', '管理令牌缺失或不正确')
  }
  const base = () => {
    const r = resolvePublicBase(opts.env ?? process.env)
    if (!r.ok) throw new ApiError(503, 'PUBLIC_BASE_MISSING', r.message)
    return r.base
  }
  // Rendering takes a second or two of CPU: one at a time per instance is plenty for staff.
  let busy: Promise<unknown> = Promise.resolve()
  const render = async (make: () => Promise<Uint8Array | null>) => {
    const job = busy.then(make, make)
    busy = job.catch(() => undefined)
    try {
      return await job
    } catch (e) {
      if (e instanceof PrintFontMissing) throw new ApiError(503, e.code, e.message)
      throw e
    }
  }
  const send = (reply: import('fastify').FastifyReply, name: string, bytes: Uint8Array) =>
    reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .header('Cache-Control', 'no-store')
      .send(Buffer.from(bytes))

  app.get<{ Querystring: { size?: string } }>(
    '/api/admin/print/guide.pdf',
    { onRequest: requireAdmin, schema: { querystring: { type: 'object', properties: { size: { type: 'string', enum: ['A3', 'A4'] } }, additionalProperties: false } } },
    async (request, reply) => {
      const size = request.query.size === 'A4' ? 'A4' : 'A3'
      const bytes = await render(() => guideMapPdf(size, { base: base() }))
      return send(reply, `guide-map-${size}.pdf`, bytes as Uint8Array)
    }
  )

  app.get<{ Params: { id: string } }>(
    '/api/admin/print/posters/:id.pdf',
    { onRequest: requireAdmin, schema: { params: { type: 'object', properties: { id: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' } }, required: ['id'] } } },
    async (request, reply) => {
      const bytes = await render(() => posterPdf(request.params.id, { base: base() }))
      if (!bytes) throw new ApiError(404, 'NOT_FOUND', '没有这张海报')
      return send(reply, `poster-${request.params.id}.pdf`, bytes)
    }
  )
}
