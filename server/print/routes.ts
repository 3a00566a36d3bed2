/**
 * Staff downloads of the print files, under /api/admin/print behind the admin hook:
 * `GET /guide.pdf?size=A3|A4` and `GET /posters/:id.pdf`. Registered with
 * `app.register(printRoutes, { prefix: '/api/admin/print' })`.
 */
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { ApiError } from '../errors'
import { resolvePublicBase } from './settings'

// The documents pull in pdf-lib, the content and the poster designs: load them on the first
// download, not at server start.
const documents = () => import('./documents')

export interface PrintRoutesOptions {
  /** For tests: the environment PUBLIC_BASE is read from (default process.env). */
  env?: NodeJS.ProcessEnv
}

const GuideQuery = Type.Object({ size: Type.Optional(Type.Union([Type.Literal('A3'), Type.Literal('A4')])) }, { additionalProperties: false })
const PosterParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9-]{1,64}$' }) })

export default async function printRoutes(plain: FastifyInstance, opts: PrintRoutesOptions): Promise<void> {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>()
  // Staff sessions (editor and up) or the ADMIN_TOKEN bearer, like the rest of /api/admin.
  app.addHook('onRequest', async (request) => {
    await app.staff.authenticate(request, 'print')
  })
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
      // PrintFontMissing (server/print/fonts.ts), checked by code so fontkit loads only when needed.
      if (e instanceof Error && (e as Error & { code?: string }).code === 'PRINT_FONT_MISSING') throw new ApiError(503, 'PRINT_FONT_MISSING', e.message)
      throw e
    }
  }
  const send = (reply: FastifyReply, name: string, bytes: Uint8Array) =>
    reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .header('Cache-Control', 'no-store')
      .send(Buffer.from(bytes))

  app.get(
    '/guide.pdf',
    { schema: { querystring: GuideQuery } },
    async (request, reply) => {
      const size = request.query.size === 'A4' ? 'A4' : 'A3'
      const bytes = await render(async () => (await documents()).guideMapPdf(size, { base: base() }))
      return send(reply, `guide-map-${size}.pdf`, bytes as Uint8Array)
    }
  )

  app.get(
    '/posters/:id.pdf',
    { schema: { params: PosterParams } },
    async (request, reply) => {
      const bytes = await render(async () => (await documents()).posterPdf(request.params.id, { base: base() }))
      if (!bytes) throw new ApiError(404, 'NOT_FOUND', '没有这张海报')
      return send(reply, `poster-${request.params.id}.pdf`, bytes)
    }
  )
}
