/**
 * Rate limits through @fastify/rate-limit, with its counters in the database (a custom store),
 * so several server instances on one database share one limit. Routes ask for a limiter with
 * `app.limiter(name, perWindow, keyOf)` and run it as a hook; over the limit → 429
 * RATE_LIMITED with Retry-After (the app's client waits that long before its retry).
 * The client IP comes from Fastify's trustProxy (TRUST_PROXY: a hop count or the proxies'
 * addresses), so a forged leftmost X-Forwarded-For entry does not change it.
 */
import fp from 'fastify-plugin'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ApiError } from '../errors'
import { hitRateLimit } from '../repositories/rate-limits'

declare module 'fastify' {
  interface FastifyInstance {
    /** A hook that counts one request against `max` per minute for the key `keyOf(request)`; max 0 = off. */
    limiter(name: string, max: number, keyOf: (request: FastifyRequest) => string, message: string): (request: FastifyRequest) => Promise<void>
  }
}

export interface RateLimitOptions {
  windowMs?: number
}

type IncrCallback = (err: Error | null, result?: { current: number; ttl: number }) => void

async function rateLimitPlugin(app: FastifyInstance, opts: RateLimitOptions) {
  const windowMs = opts.windowMs ?? 60_000
  const database = app.database
  const now = () => app.now()

  /** @fastify/rate-limit's store interface (incr + child), over the rate_limits table. */
  class DatabaseStore {
    // The runtime passes the window (the typings omit it).
    incr(key: string, cb: IncrCallback, timeWindow?: number) {
      const t = now()
      hitRateLimit(database, key, timeWindow ?? windowMs, t).then(
        (h) => cb(null, { current: h.hits, ttl: Math.max(0, h.resetAt - t) }),
        (e: Error) => cb(e)
      )
    }
    // Keys already carry the limiter's name (see `limiter`), so every child shares the table.
    child() {
      return this
    }
  }

  await app.register(rateLimit, { global: false, store: DatabaseStore, timeWindow: windowMs, skipOnError: false })

  app.decorate('limiter', (name: string, max: number, keyOf: (request: FastifyRequest) => string, message: string) => {
    if (max <= 0) return async () => undefined
    const check = app.createRateLimit({ max, timeWindow: windowMs, keyGenerator: (request: FastifyRequest) => `${name}:${keyOf(request)}` })
    return async (request: FastifyRequest) => {
      const r = await check(request)
      if (!r.isAllowed && r.isExceeded) {
        throw new ApiError(429, 'RATE_LIMITED', message, { headers: { 'Retry-After': String(Math.max(1, r.ttlInSeconds)) } })
      }
    }
  })
}

export default fp(rateLimitPlugin, { name: 'rate-limit', dependencies: ['database'] })
