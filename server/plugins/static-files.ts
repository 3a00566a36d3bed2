/**
 * Static files: the H5 build at / (brotli/gzip copies and cache headers: ../h5-files.ts) with an SPA fallback (a GET for a path that is not a file and
 * not under /api or /media answers index.html), media at /media/ with range requests, and the
 * one not-found answer in the error shape for everything else. Registered last.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import fp from 'fastify-plugin'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { errorBody } from '../errors'
import { h5StaticOptions } from '../h5-files'

export interface StaticOptions {
  /** Built H5 app to serve at / (skipped when the directory or its index.html is missing). */
  staticDir?: string | null
  /** Media files to serve at /media/ (skipped when missing). */
  mediaDir?: string | null
}

/** 'sha256-…' of every inline <script> in an HTML page, for the CSP. */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = []
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (m[1].length > 0) out.push(`'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`)
  }
  return out
}

async function staticFilesPlugin(app: FastifyInstance, opts: StaticOptions) {
  const staticDir = opts.staticDir ? path.resolve(opts.staticDir) : null
  const index = staticDir ? path.join(staticDir, 'index.html') : null
  const spa = !!index && fs.existsSync(index)
  if (spa && staticDir && index) {
    if (app.hasDecorator('cspScriptHashes')) app.cspScriptHashes.push(...inlineScriptHashes(fs.readFileSync(index, 'utf8')))
    // Precompressed copies, immutable hashed files, revalidated pages: server/h5-files.ts.
    await app.register(fastifyStatic, h5StaticOptions(staticDir))
  }
  const mediaDir = opts.mediaDir ? path.resolve(opts.mediaDir) : null
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
}

export default fp(staticFilesPlugin, { name: 'static-files' })
