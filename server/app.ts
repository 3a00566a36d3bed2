/**
 * The API server of 依法信访 as a function: buildApp(options) returns the Fastify instance,
 * ready to listen(). main.ts wires it to the environment; tests and the bench build it
 * directly. One plugin per concern, then the routes, each a plugin; the list below is the whole
 * server. A new feature adds its own plugin file and one line here.
 */
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { RetentionPolicy } from './repositories/retention'
import type { Database } from './db'
import type { WechatConfig } from './wechat'
import { clientErrorHandler, handleError } from './errors'
import errors from './plugins/errors'
import requestLog from './plugins/request-log'
import shutdown from './plugins/shutdown'
import securityHeaders from './plugins/security-headers'
import database from './plugins/database'
import rateLimit from './plugins/rate-limit'
import auth from './plugins/auth'
import retention from './plugins/retention'
import staticFiles from './plugins/static-files'
import healthRoutes from './routes/health'
import sessionRoutes from './routes/session'
import eventRoutes from './routes/events'
import meRoutes from './routes/me'
import adminRoutes from './routes/admin'
import staff from './plugins/staff'
import staffRoutes from './routes/staff'
import adminStaffRoutes from './routes/admin-staff'
import shortLinkRoutes from './short-links'
import printRoutes from './print/routes'
import searchFeedback from './plugins/search-feedback'

export const BODY_LIMIT = 16 * 1024

export interface AppOptions {
  /** As the DATABASE_URL env var; ignored when `database` is given. */
  databaseUrl?: string
  /** An already-open database (the app then does not close it). */
  database?: Database
  /** Automation's token for /api/admin (≥ 32 characters), acting as an admin; unset: token access off (401 ADMIN_DISABLED). Staff sign in with their own accounts. */
  adminToken?: string
  /** Sign-ups per minute per session and per IP; 0 turns the limit off. Default 20. */
  signupRateLimit?: number
  /** code2session is used when set (WECHAT_APPID/WECHAT_SECRET). */
  wechat?: WechatConfig | null
  /** Built H5 app to serve at / (skipped when the directory or its index.html is missing). */
  staticDir?: string | null
  /** The built staff console (dist/admin) to serve at /admin/ (skipped when missing). */
  adminDir?: string | null
  /** Media files to serve at /media/ (skipped when missing). */
  mediaDir?: string | null
  /** Origins other than ours that media may come from (MEDIA_BASE on a CDN), for the CSP. */
  mediaOrigins?: string[]
  /** Fastify logger option; default off. main.ts turns it on. */
  logger?: FastifyServerOptions['logger']
  /** Load the sample sessions into a fresh database. Default false. */
  sampleData?: boolean
  /** Which proxies to believe about the client address: false, a hop count, or their addresses. */
  trustProxy?: boolean | number | string[]
  /** A request (headers and body) must arrive within this many ms. Default 30 000. */
  requestTimeoutMs?: number
  /** How long a write waits for another process's SQLite write lock. Default 5000 ms. */
  busyDeadlineMs?: number
  /** Personal-data retention (SIGNUP_RETENTION_DAYS, SESSION_IDLE_DAYS). Default 30 / 180 days. */
  retention?: Partial<RetentionPolicy>
  /** The retention purge runs at start and then every this many ms (default 6 h); 0 = off. */
  purgeIntervalMs?: number
  /** For tests: the current time. */
  clock?: () => number
}

/**
 * Fastify takes proxy addresses as they are; a hop count becomes "believe the last n
 * X-Forwarded-For entries" (Fastify itself refuses a bare number, since it cannot tell whether
 * the peer is really a proxy: with a hop count the server must be reachable only through them).
 */
function trustProxyOption(tp: AppOptions['trustProxy']): boolean | string[] | ((addr: string, hop: number) => boolean) {
  if (typeof tp === 'number') return tp > 0 ? (_addr: string, hop: number) => hop < tp : false
  return tp ?? false
}

export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const timeout = options.requestTimeoutMs ?? 30_000
  const perMinute = options.signupRateLimit ?? 20
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: trustProxyOption(options.trustProxy),
    // Slow clients are cut off: the whole request within `timeout`, checked every second or so.
    requestTimeout: timeout,
    connectionTimeout: timeout,
    http: { headersTimeout: timeout, connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(timeout / 4))) },
    // Our shutdown plugin answers during draining (503 in the error shape), not Fastify.
    return503OnClosing: false,
    // Fastify's own per-request lines would carry the raw URL; ours (request-log) do not.
    logController: new LogController({ disableRequestLogging: true }),
    clientErrorHandler,
    // Bad URLs and over-long path parameters, which bypass the error handler otherwise.
    frameworkErrors: (err, request, reply) => handleError(err, request, reply),
    logger: options.logger ?? false,
    // Our own ids are short; anything longer is garbage.
    routerOptions: { maxParamLength: 200 }
  })

  await app.register(errors)
  await app.register(requestLog)
  await app.register(shutdown)
  await app.register(securityHeaders, { mediaOrigins: options.mediaOrigins })
  await app.register(database, {
    databaseUrl: options.databaseUrl,
    database: options.database,
    sampleData: options.sampleData,
    retention: options.retention,
    clock: options.clock,
    busyDeadlineMs: options.busyDeadlineMs
  })
  await app.register(rateLimit)
  await app.register(auth, { adminToken: options.adminToken })
  await app.register(staff, { adminToken: options.adminToken, adminDir: options.adminDir, purgeIntervalMs: options.purgeIntervalMs })
  await app.register(retention, { purgeIntervalMs: options.purgeIntervalMs })

  await app.register(healthRoutes)
  await app.register(sessionRoutes, { wechat: options.wechat, perMinute: perMinute > 0 ? Math.max(60, perMinute * 3) : 0 })
  await app.register(eventRoutes, { signupsPerMinute: perMinute })
  await app.register(meRoutes, { prefix: '/api/me' })
  await app.register(staffRoutes, { prefix: '/api/staff' })
  await app.register(adminRoutes, { prefix: '/api/admin' })
  await app.register(adminStaffRoutes, { prefix: '/api/admin' })
  await app.register(printRoutes, { prefix: '/api/admin/print' })
  await app.register(shortLinkRoutes)
  await app.register(searchFeedback)

  await app.register(staticFiles, { staticDir: options.staticDir, mediaDir: options.mediaDir })
  return app
}
