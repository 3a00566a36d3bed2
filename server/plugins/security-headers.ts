/**
 * Security headers on every answer, from helmet: a Content-Security-Policy that fits the H5
 * build (scripts only from this origin plus the hashes of index.html's own inline scripts, which
 * the static plugin reports; inline styles, which Taro's components set; images from data: and
 * blob:, media from the media base), nosniff, frame-ancestors 'none', Referrer-Policy
 * no-referrer, and HSTS only on requests that arrived over https (directly, or through a trusted
 * proxy's X-Forwarded-Proto): a plain-http deployment must not pin itself to https.
 *
 * The headers are the same for every answer, so helmet runs once, when the app is ready (the
 * static plugin has reported its hashes by then), and each answer gets the stored set.
 * (@fastify/helmet builds helmet anew for every request, which cost more than a health check's
 * own work.)
 */
import fp from 'fastify-plugin'
import helmet, { type HelmetOptions } from 'helmet'
import type { FastifyInstance } from 'fastify'
import type { IncomingMessage, ServerResponse } from 'node:http'

declare module 'fastify' {
  interface FastifyInstance {
    /** Script hashes ('sha256-…') the CSP allows, filled by the static plugin from index.html. */
    cspScriptHashes: string[]
  }
}

export interface SecurityHeadersOptions {
  /** Extra origins media may come from (a CDN named by MEDIA_BASE). */
  mediaOrigins?: string[]
}

export function helmetOptions(scriptHashes: string[], mediaOrigins: string[] = []): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...scriptHashes],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...mediaOrigins],
        mediaSrc: ["'self'", 'blob:', 'data:', ...mediaOrigins],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"]
      }
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    // Media may be loaded by the weapp or a page of another origin (posters shared as links).
    crossOriginResourcePolicy: { policy: 'cross-origin' }
  }
}

/** The headers helmet sets for these options, as name → value. */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {}
  const res = {
    setHeader: (name: string, value: string | number | string[]) => {
      headers[name.toLowerCase()] = String(value)
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()]
    }
  }
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err
  })
  return headers
}

async function securityHeadersPlugin(app: FastifyInstance, opts: SecurityHeadersOptions) {
  const hashes: string[] = []
  app.decorate('cspScriptHashes', hashes)
  let headers: Record<string, string> = {}
  app.addHook('onReady', async () => {
    headers = helmetHeaders(helmetOptions(hashes, opts.mediaOrigins))
  })
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers)
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', 'max-age=15552000; includeSubDomains')
    done()
  })
}

export default fp(securityHeadersPlugin, { name: 'security-headers' })
