/**
 * Security headers on every answer (@fastify/helmet): a Content-Security-Policy that fits the H5
 * build (scripts only from this origin plus the hashes of index.html's own inline scripts, which
 * the static plugin reports; inline styles, which Taro's components set; images from data: and
 * blob:, media from the media base), nosniff, frame-ancestors 'none', Referrer-Policy
 * no-referrer, and HSTS only on requests that arrived over https (directly, or through a trusted
 * proxy's X-Forwarded-Proto): a plain-http deployment must not pin itself to https.
 */
import fp from 'fastify-plugin'
import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

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

async function securityHeadersPlugin(app: FastifyInstance, opts: SecurityHeadersOptions) {
  const hashes: string[] = []
  app.decorate('cspScriptHashes', hashes)
  const media = ["'self'", 'blob:', 'data:', ...(opts.mediaOrigins ?? [])]
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // Computed per request so hashes the static plugin adds later are included.
        scriptSrc: ["'self'", () => hashes.join(' ')],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...(opts.mediaOrigins ?? [])],
        mediaSrc: media,
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
    hsts: false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    // Media may be loaded by the weapp or a page of another origin (posters shared as links).
    crossOriginResourcePolicy: { policy: 'cross-origin' }
  })
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', 'max-age=15552000; includeSubDomains')
    return payload
  })
}

export default fp(securityHeadersPlugin, { name: 'security-headers' })
