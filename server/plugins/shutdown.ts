/**
 * Graceful shutdown. app.drain() (main.ts calls it on SIGTERM/SIGINT) keeps the listener open
 * while requests in flight finish: each of their answers carries `Connection: close`, and any
 * request that arrives meanwhile, on a new or a kept-alive connection, is answered 503
 * SHUTTING_DOWN in the error shape (with `Connection: close`) instead of being reset. Then
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

async function shutdownPlugin(app: FastifyInstance) {
  let draining = false
  let inFlight = 0
  let idle: (() => void) | null = null
  const done = (request: object) => {
    const r = request as Record<symbol, boolean>
    if (!r[counted]) return
    r[counted] = false
    inFlight--
    if (inFlight === 0 && idle) idle()
  }

  app.decorate('draining', {
    getter: () => draining
  })
  app.decorate('drain', async (timeoutMs: number) => {
    draining = true
    if (inFlight === 0) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs)
      timer.unref()
      idle = () => {
        clearTimeout(timer)
        resolve()
      }
    })
  })

  app.addHook('onRequest', async (request, reply) => {
    if (draining) {
      reply.header('Connection', 'close')
      return reply.code(503).header('Retry-After', '5').send(errorBody('SHUTTING_DOWN', '服务器正在重启，请稍后再试'))
    }
    ;(request as unknown as Record<symbol, boolean>)[counted] = true
    inFlight++
  })
  app.addHook('onSend', async (_request, reply, payload) => {
    if (draining) reply.header('Connection', 'close')
    return payload
  })
  app.addHook('onResponse', async (request) => done(request))
  app.addHook('onRequestAbort', async (request) => done(request))
}

export default fp(shutdownPlugin, { name: 'shutdown' })
