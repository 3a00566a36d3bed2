/**
 * One log line per request: method, route pattern (never the raw URL, which could carry a phone
 * number in a query string), status and time. No bodies, no headers. API answers are never
 * cached by browsers or proxies (some carry personal data).
 */
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'

async function requestLogPlugin(app: FastifyInstance) {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? '(unmatched)', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request'
    )
  })
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store')
    return payload
  })
}

export default fp(requestLogPlugin, { name: 'request-log' })
