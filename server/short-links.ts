/**
 * `/p/*`: the short links printed as QR codes on the guide map and posters. Each answers 302 to
 * the H5 page it stands for (the H5 build uses the app's page paths); an unknown one to the home
 * page with `?note=link-unknown`, which the home page explains. Self-contained Fastify plugin:
 * `app.register(shortLinks)`.
 */
import type { FastifyInstance } from 'fastify'

// The mapping needs the app's content (channels, posters, laws): load it on the first scan, not at start.
const mapping = () => import('../src/links/short-pages')

export default async function shortLinks(app: FastifyInstance): Promise<void> {
  const redirect = async (url: string) => {
    const { resolveShortPath, shortTargetPage } = await mapping()
    return shortTargetPage(resolveShortPath(url))
  }
  for (const url of ['/p', '/p/', '/p/*']) {
    app.get(url, async (request, reply) => {
      // A short link's target may change with the content (a poster's article): never cache it for long.
      reply.header('Cache-Control', 'no-cache')
      return reply.redirect(await redirect(request.url), 302)
    })
  }
}
