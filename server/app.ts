/**
 * The API server of 依法信访 as a function: buildApp(options) opens (or takes) the database,
 * runs the migrations and returns the Fastify instance, ready to inject() or listen(). main.ts
 * wires it to the environment; tests and the bench build it directly.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify'
import fastifyStatic from '@fastify/static'
import { openDatabase, parseDatabaseUrl, type Database } from './db'
import { Store, type PurgeResult, type RetentionPolicy } from './store'
import { ApiError, errorBody, handleError } from './errors'
import { RateLimiter } from './rate-limit'
import type { WechatConfig } from './wechat'
import { registerPublicRoutes } from './routes/public'
import { PURGE_EVERY_HOURS } from '../src/core/privacy/retention'
import { registerAdminRoutes } from './routes/admin'
import { h5StaticOptions } from './h5-files'

export const BODY_LIMIT = 16 * 1024

export interface AppOptions {
  /** As the DATABASE_URL env var; ignored when `database` is given. */
  databaseUrl?: string
  /** An already-open database (the app then does not close it). */
  database?: Database
  /** Staff token; unset disables the admin routes (401 ADMIN_DISABLED). */
  adminToken?: string
  /** Sign-ups per minute per session and per IP; 0 turns the limit off. Default 20. */
  signupRateLimit?: number
  /** code2session is used when set (WECHAT_APPID/WECHAT_SECRET). */
  wechat?: WechatConfig | null
  /** Built H5 app to serve at / (skipped when the directory or its index.html is missing). */
  staticDir?: string | null
  /** Media files to serve at /media/ (skipped when missing). */
  mediaDir?: string | null
  /** Fastify logger option; default off. main.ts turns it on. */
  logger?: FastifyServerOptions['logger']
  /** Load the sample sessions into a fresh database. Default false. */
  sampleData?: boolean
  /** Trust X-Forwarded-For (behind a reverse proxy). Default false. */
  trustProxy?: boolean
  /** Personal-data retention (SIGNUP_RETENTION_DAYS, SESSION_IDLE_DAYS). Default 30 / 180 days. */
  retention?: Partial<RetentionPolicy>
  /**
   * The retention purge runs once at start and then every this many ms (default 6 h; the
   * timer is unref'd and cleared on close). 0 turns the automatic purge off.
   */
  purgeIntervalMs?: number
  /** For tests: the current time. */
  clock?: () => number
}

export const PURGE_INTERVAL_MS = PURGE_EVERY_HOURS * 3600_000

export interface AppContext {
  store: Store
  adminToken?: string
  wechat?: WechatConfig | null
  signupLimiter: RateLimiter
  sessionLimiter: RateLimiter
}

declare module 'fastify' {
  interface FastifyInstance {
    store: Store
  }
  interface FastifyRequest {
    subject?: string
  }
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

/** Requests Node's HTTP parser rejects (bad URL bytes, oversized headers) get our error shape too. */
function clientErrorHandler(err: NodeJS.ErrnoException, socket: import('node:stream').Duplex) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  const [status, code, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADERS_TOO_LARGE', '请求头过大']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'REQUEST_TIMEOUT', '请求超时']
        : [400, 'BAD_REQUEST', '请求格式无效']
  const body = JSON.stringify(errorBody(code, message))
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${code}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`
    )
  }
  socket.destroy(err)
}

export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const purgeEvery = options.purgeIntervalMs ?? PURGE_INTERVAL_MS
  if (!Number.isInteger(purgeEvery) || purgeEvery < 0 || purgeEvery > 2 ** 31 - 1) {
    throw new Error(`purgeIntervalMs ${purgeEvery} invalid: expected an integer 0..${2 ** 31 - 1}`)
  }
  const ownDb = !options.database
  const database = options.database ?? openDatabase(parseDatabaseUrl(options.databaseUrl))
  const store = new Store(database, options.clock, options.retention)
  try {
    await store.migrate()
    if (options.sampleData) await store.loadSampleEventsOnce(options.clock ? new Date(options.clock()) : new Date())
  } catch (e) {
    if (ownDb) await store.close().catch(() => undefined)
    throw e
  }

  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // Fastify's own per-request lines would carry the raw URL; ours (onResponse) do not.
    logController: new LogController({ disableRequestLogging: true }),
    clientErrorHandler,
    // Bad URLs and over-long path parameters, which bypass the error handler otherwise.
    frameworkErrors: (err, request, reply) => handleError(err, request, reply),
    logger: options.logger ?? false,
    // Strict types at the edge: never turn "true" into true or "2" into 2 in a body.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
    // Our own ids are short; anything longer is garbage.
    routerOptions: { maxParamLength: 200 }
  })
  app.decorate('store', store)
  app.setErrorHandler(handleError)

  // One log line per request: method, route pattern (never the raw URL, which could carry a
  // phone number in a query string), status and time. No bodies, no headers.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? '(unmatched)', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request'
    )
  })

  // API answers are never cached by browsers or proxies (some carry personal data).
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store')
    return payload
  })

  const perMinute = options.signupRateLimit ?? 20
  const ctx: AppContext = {
    store,
    adminToken: options.adminToken || undefined,
    wechat: options.wechat,
    signupLimiter: new RateLimiter(perMinute, options.clock),
    sessionLimiter: new RateLimiter(perMinute > 0 ? Math.max(60, perMinute * 3) : 0, options.clock)
  }
  registerPublicRoutes(app, ctx)
  registerAdminRoutes(app, ctx)

  const staticDir = options.staticDir ? path.resolve(options.staticDir) : null
  const spa = !!staticDir && fs.existsSync(path.join(staticDir, 'index.html'))
  if (spa && staticDir) {
    await app.register(fastifyStatic, h5StaticOptions(staticDir))
  }
  const mediaDir = options.mediaDir ? path.resolve(options.mediaDir) : null
  if (mediaDir && fs.existsSync(mediaDir) && fs.statSync(mediaDir).isDirectory()) {
    await app.register(fastifyStatic, {
      root: mediaDir,
      prefix: '/media/',
      decorateReply: false,
      cacheControl: false,
      acceptRanges: true,
      setHeaders: (res) => {
        res.setHeader('Cache-Control', 'public, max-age=604800')
      }
    })
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const url = request.url.split('?')[0]
    const isApi = url === '/api' || url.startsWith('/api/')
    const isFile = path.posix.basename(url).includes('.')
    if (spa && (request.method === 'GET' || request.method === 'HEAD') && !isApi && !url.startsWith('/media/') && !isFile) {
      reply.header('Cache-Control', 'no-cache')
      return reply.type('text/html; charset=utf-8').sendFile('index.html')
    }
    return reply.code(404).send(errorBody('NOT_FOUND', isApi ? '接口不存在' : '找不到请求的资源'))
  })

  // Retention purge: now (before the app serves anything) and every 6 hours. Logs counts only.
  let purging: Promise<void> | null = null
  const purge = (trigger: 'start' | 'interval'): Promise<void> => {
    if (purging) return purging
    purging = store
      .purgeExpiredPersonalData()
      .then(
        (r: PurgeResult) => {
          app.log.info(
            { trigger, retentionDays: r.retentionDays, signups: r.signups, events: r.events, idempotency: r.idempotency, sessions: r.sessions },
            'retention purge'
          )
        },
        (err: unknown) => {
          app.log.error({ trigger, err: { message: (err as Error)?.message } }, 'retention purge failed')
        }
      )
      .finally(() => {
        purging = null
      })
    return purging
  }
  let timer: NodeJS.Timeout | null = null
  if (purgeEvery > 0) {
    await purge('start')
    timer = setInterval(() => void purge('interval'), purgeEvery)
    timer.unref()
  }

  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer)
    timer = null
    if (purging) await purging
    if (ownDb) await store.close()
  })
  return app
}

export { ApiError }
