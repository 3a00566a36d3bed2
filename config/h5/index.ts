/**
 * The H5 build's own options (config/index.ts spreads them into its `h5` section):
 * - every script, style and image is named after its content, so the server can let browsers
 *   keep it for a year (`immutable`, server/static-files.ts);
 * - code shared by several pages is split into shared chunks that load with the first page that
 *   needs them, instead of a copy inside every page's chunk;
 * - production builds get, in index.html, the preloading of the opened page's chunks
 *   (route-preload.ts), the service worker (sw.js) and a brotli and a gzip copy of every file.
 * `H5_STATS=path` writes which modules went into which chunk (for `npm run bench`'s breakdown
 * and for finding what a page pulls in).
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Compiler, Module } from 'webpack'
import { PrecompressPlugin } from './precompress'
import { RoutePreloadPlugin } from './route-preload'
import { ServiceWorkerPlugin } from './service-worker'

const HASH = '[contenthash:8]'

/**
 * Babel's helpers, as babel.config.js has them imported on H5, and the copies without core-js.
 * Core-js's Babel plugin (H5's polyfills by usage) names @babel/runtime-corejs3 as the runtime of
 * every file it sees, so transform-runtime imports the helpers (`_defineProperty`, `_typeof`…)
 * from there; those copies call core-js-pure's Symbol, Array.from and iterator polyfills, which
 * every H5 target has built in, and took core-js-pure's module machinery into every page. The same
 * helpers in @babel/runtime use the built-ins.
 */
export const COREJS3_HELPERS = path.join(path.dirname(require.resolve('@babel/runtime-corejs3/package.json')), 'helpers')
export const PLAIN_HELPERS = path.join(path.dirname(require.resolve('@babel/runtime/package.json')), 'helpers')

/** The part of Taro's webpack-chain object used here. */
interface Chain {
  get(name: 'mode'): string | undefined
  entry(name: string): { prepend(value: string): unknown }
  resolve: { alias: { set(name: string, value: string): unknown } }
  output: { filename(value: string): Chain['output']; chunkFilename(value: string): Chain['output'] }
  plugins: { has(name: string): boolean }
  plugin(name: string): {
    use(plugin: unknown, args?: unknown[]): unknown
    tap(f: (args: Record<string, unknown>[]) => Record<string, unknown>[]): unknown
  }
  optimization: { get(name: string): unknown; splitChunks(value: Record<string, unknown>): unknown }
}

/**
 * Writes `{ chunks: [{ files, modules: [{ id, name, size }] }] }` after the build, every module by
 * name (a concatenated module as the modules it was made of), read from the chunk graph: webpack's
 * stats JSON folds most of a chunk's modules into nameless groups.
 */
class ChunkStatsPlugin {
  constructor(private readonly file: string) {}
  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('ChunkStatsPlugin', ({ compilation }) => {
      const { chunkGraph, requestShortener } = compilation
      const flat = (m: Module): { name: string; size: number }[] => {
        const inner = (m as Module & { modules?: Module[] }).modules
        return inner?.length ? inner.flatMap(flat) : [{ name: m.readableIdentifier(requestShortener), size: m.size() }]
      }
      // The id a profile of the built code shows for a module's factory (a concatenated one under its root's id).
      const withId = (m: Module) => flat(m).map((entry) => ({ id: chunkGraph.getModuleId(m), ...entry }))
      const chunks = [...compilation.chunks].map((c) => ({
        id: c.id,
        initial: c.canBeInitial(),
        files: [...c.files],
        size: chunkGraph.getChunkSize(c),
        modules: chunkGraph
          .getChunkModules(c)
          .flatMap(withId)
          .sort((a, b) => b.size - a.size)
      }))
      writeFileSync(this.file, JSON.stringify({ chunks }, null, 1))
    })
  }
}

export const h5BuildOptions = {
  imageUrlLoaderOption: { name: `static/images/[name].${HASH}[ext]` },
  fontUrlLoaderOption: { name: `static/fonts/[name].${HASH}[ext]` },
  mediaUrlLoaderOption: { name: `static/media/[name].${HASH}[ext]` },
  webpackChain(chain: Chain) {
    // Heavy components (swiper, video, picker) in modules of their own: config/h5/components/.
    chain.resolve.alias.set('@tarojs/components$', path.join(__dirname, 'components', 'index.mjs'))
    chain.resolve.alias.set(COREJS3_HELPERS, PLAIN_HELPERS)
    // Taro splits only the entry's code (`initial`): a module that several pages use is copied
    // into each page's chunk. `all` moves it to a shared chunk, fetched once.
    const split = chain.optimization.get('splitChunks') as Record<string, unknown>
    chain.optimization.splitChunks({ ...split, chunks: 'all', minSize: 10_000 })
    if (chain.get('mode') === 'production') {
      // Only here: the dev server's hot reloading wants stable names.
      chain.output.filename(`js/[name].${HASH}.js`).chunkFilename(`chunk/[name].${HASH}.js`)
      if (chain.plugins.has('miniCssExtractPlugin')) {
        chain
          .plugin('miniCssExtractPlugin')
          .tap(([options]) => [{ ...options, filename: `css/[name].${HASH}.css`, chunkFilename: `css/[name].${HASH}.css`, ignoreOrder: true }])
      }
      chain.plugin('routePreload').use(RoutePreloadPlugin, [{ homeRoute: '/pages/index/index' }])
      // The opened page's chunks are fetched from the first thing the app's scripts run (route-preload.ts).
      chain.entry('app').prepend(path.join(__dirname, 'preload-page.js'))
      chain.plugin('serviceWorker').use(ServiceWorkerPlugin)
      chain.plugin('precompress').use(PrecompressPlugin)
    }
    if (process.env.H5_STATS) chain.plugin('chunkStats').use(ChunkStatsPlugin, [process.env.H5_STATS])
  }
}
