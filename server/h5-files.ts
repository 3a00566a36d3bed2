/**
 * How the server sends the files of the H5 build (dist/h5): the brotli or gzip copy the build
 * made beside each file (config/h5/precompress.ts) when the browser accepts it, with
 * `Vary: Accept-Encoding` so shared caches keep the variants apart; content-hashed files are
 * `immutable` for a year, everything else (index.html, sw.js, copied pictures) is revalidated.
 * The rules per path live in src/core/web/cache-policy.ts, shared with the service worker.
 */
import path from 'node:path'
import type { FastifyStaticOptions } from '@fastify/static'
import { cacheControlFor } from '../src/core/web/cache-policy'

const COMPRESSED_SUFFIX = /\.(br|gz)$/

/**
 * The path of the file a response stands for: `/js/app.1a2b3c4d.js` when its brotli copy
 * (`….js.br`) is what goes out (the build writes .br/.gz files only as such copies).
 */
export function servedPath(root: string, filePath: string): string {
  return ('/' + path.relative(root, filePath).split(path.sep).join('/')).replace(COMPRESSED_SUFFIX, '')
}

/** Options for @fastify/static serving the H5 build at `/`. */
export function h5StaticOptions(root: string): FastifyStaticOptions {
  return {
    root,
    prefix: '/',
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      // @fastify/static hands over the path of the file it sends: `x.js.br` for the brotli copy.
      res.setHeader('Cache-Control', cacheControlFor(servedPath(root, filePath)))
      res.setHeader('Vary', 'Accept-Encoding')
    }
  }
}
