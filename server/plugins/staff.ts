/**
 * Staff plugin: decorates `staff` (the staff service: who is calling, audit entries) and
 * `requireStaff`, the hook of the /api/admin subtree (a staff session with its CSRF token, by the
 * role the route's `staffAction` needs, or the ADMIN_TOKEN bearer); purges old audit entries, idle
 * staff sessions and stale sign-in attempts; and serves the /admin/ console's files.
 */
import fs from 'node:fs'
import path from 'node:path'
import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fastifyStatic from '@fastify/static'
import { createStaffService, type StaffService } from '../staff/auth'
import { purgeStaffData } from '../repositories/staff'

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

async function staffPlugin(app: FastifyInstance, opts: StaffPluginOptions) {
  const db = app.database.db
  const service = createStaffService(db, { adminToken: opts.adminToken || undefined, clock: () => app.now() })
  app.decorate('staff', service)
  app.decorate('requireStaff', async (request: FastifyRequest) => {
    await service.authenticate(request, request.routeOptions.config?.staffAction)
  })
  const now = service.now

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
