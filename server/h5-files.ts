/**
 * How the server sends the files of the H5 build (dist/h5): the brotli or gzip copy the build
 * made beside each file (config/h5/precompress.ts) when the browser accepts it, with
 * `Vary: Accept-Encoding` so shared caches keep the variants apart; content-hashed files are
 * `immutable` for a year, everything else (index.html, sw.js, copied pictures) is revalidated.
 * The rules per path live in src/core/web/cache-policy.ts, shared with the service worker.
 */
import fs from 'node:fs'
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

/**
 * A `Link` header that preloads what index.html loads before the app can start: its scripts and
 * stylesheets, in the page's order. The browser reads it as soon as the response arrives, before
 * it has set up the page's document and script context and parsed the HTML (on the phone profile
 * that set-up alone takes a few hundred milliseconds), so the app's scripts start downloading
 * that much earlier. The page's own chunks stay out: index.html asks for those once the app's
 * scripts have arrived (config/h5/route-preload.ts).
 */
export function preloadLinkHeader(html: string): string {
  const links: string[] = []
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const src = /^<script\b/i.test(tag) ? /\bsrc="?([^"\s>]+)/i.exec(tag) : null
    const href = /^<link\b/i.test(tag) && /\brel="?stylesheet\b/i.test(tag) ? /\bhref="?([^"\s>]+)/i.exec(tag) : null
    if (src) links.push(`<${src[1]}>; rel=preload; as=script`)
    else if (href) links.push(`<${href[1]}>; rel=preload; as=style`)
  }
  return links.join(', ')
}

/** preloadLinkHeader of `file`, read again only when the file changes (a deploy). */
function indexLinks(file: string): () => string {
  let seen = { mtimeMs: -1, size: -1, header: '' }
  return () => {
    try {
      const { mtimeMs, size } = fs.statSync(file)
      if (mtimeMs !== seen.mtimeMs || size !== seen.size) seen = { mtimeMs, size, header: preloadLinkHeader(fs.readFileSync(file, 'utf8')) }
    } catch {
      seen = { mtimeMs: -1, size: -1, header: '' }
    }
    return seen.header
  }
}

/** Options for @fastify/static serving the H5 build at `/`. */
export function h5StaticOptions(root: string): FastifyStaticOptions {
  const links = indexLinks(path.join(root, 'index.html'))
  return {
    root,
    prefix: '/',
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      // @fastify/static hands over the path of the file it sends: `x.js.br` for the brotli copy.
      const served = servedPath(root, filePath)
      res.setHeader('Cache-Control', cacheControlFor(served))
      if (served === '/index.html') {
        const link = links()
        if (link) res.setHeader('Link', link)
      }
      res.setHeader('Vary', 'Accept-Encoding')
    }
  }
}
