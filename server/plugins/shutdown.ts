/**
 * Graceful shutdown. app.drain() (main.ts calls it on SIGTERM/SIGINT) keeps the listener open
 * while requests in flight finish: each of their answers carries `Connection: close`, and any
 * request that arrives meanwhile, on a new or a kept-alive connection, is answered 503
 * SHUTTING_DOWN in the error shape (with `Connection: close`) instead of being reset. Draining
 * ends once nothing is in flight and no request has arrived for QUIET_MS (connections still
 * arriving would otherwise sit in the listen queue and be reset when it closes). Then
 * main.ts calls app.close(), which stops the listener, closes idle sockets and, through the
 * database plugin, drains the write queue and closes the database.
 */
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { errorBody } from '../errors'

declare module 'fastify' {
  interface FastifyInstance {
    /** Refuse new requests, wait (at most timeoutMs) for those in flight. */
    drain(timeoutMs: number): Promise<void>
    readonly draining: boolean
  }
}

const counted = Symbol('counted')
const late = Symbol('late')
/**
 * 1 s, not 250 ms: on a loaded machine (a CI run beside a browser benchmark) the event loop stalls
 * for more than 250 ms between accepts while an fsync'd SQLite write runs, draining ended with
 * connections still in the listen queue, and closing the listener reset 5 of 200 (fresh-clone CI on
 * eedf2a1). Shutdown takes 0.75 s longer.
 */
const QUIET_MS = 1000

async function shutdownPlugin(app: FastifyInstance) {
  let draining = false
  let inFlight = 0
  let lastArrival = 0
  const done = (request: object) => {
    const r = request as Record<symbol, boolean>
    if (!r[counted]) return
    r[counted] = false
    inFlight--
  }

  app.decorate('draining', {
    getter: () => draining
  })
  app.decorate('drain', async (timeoutMs: number) => {
    draining = true
    const giveUp = Date.now() + timeoutMs
    while (Date.now() < giveUp && (inFlight > 0 || Date.now() - lastArrival < QUIET_MS)) {
      await new Promise((r) => setTimeout(r, 25))
    }
  })

  app.addHook('onRequest', async (request) => {
    lastArrival = Date.now()
    const r = request as unknown as Record<symbol, boolean>
    r[late] = draining
    r[counted] = true
    inFlight++
  })
  // Refused only once its body has been read: closing a socket with unread bytes in it makes
  // the kernel send a reset, and the client would never see the 503.
  app.addHook('preValidation', async (request, reply) => {
    if (!(request as unknown as Record<symbol, boolean>)[late]) return
    reply.header('Connection', 'close')
    return reply.code(503).header('Retry-After', '5').send(errorBody('SHUTTING_DOWN', '服务器正在重启，请稍后再试'))
  })
  app.addHook('onSend', async (_request, reply, payload) => {
    if (draining) reply.header('Connection', 'close')
    return payload
  })
  app.addHook('onResponse', async (request) => done(request))
  app.addHook('onRequestAbort', async (request) => done(request))
}

export default fp(shutdownPlugin, { name: 'shutdown' })
