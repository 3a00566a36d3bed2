/**
 * Taro's H5 router asks for a page's code only well into the app's start-up, after its framework
 * modules have run: one more round trip (150 ms on 4G) plus the page's download, late. This plugin
 * writes into index.html a few lines that know the opened page's chunks (a table of each page's
 * files, picked by location.pathname, since every path is answered with the same index.html) and
 * ask the browser to fetch them (<link rel="preload">) at the very start of the app's scripts
 * (config/h5/preload-page.js runs first in the entry): by then the app's own scripts have
 * arrived, so the page's chunks do not share the phone's bandwidth with them, and they download
 * while the framework starts up.
 */
import type { Compilation, Compiler } from 'webpack'

export interface RoutePreloadOptions {
  /** The page `/` shows (the first page of src/app.config.ts). */
  homeRoute: string
}

/** `{ '/pages/qa/index': ['chunk/368.1a2b3c4d.js', 'css/368.0badf00d.css'], … }` from the build's async chunk groups. */
export function pageFiles(compilation: Compilation): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const group of compilation.chunkGroups) {
    if (group.isInitial()) continue
    for (const origin of group.origins) {
      const m = /^\.\/((?:pages|packages)\/[\w/-]+\/index)$/.exec(origin.request ?? '')
      if (!m) continue
      const files = group.getFiles().filter((f) => /\.(js|css)$/.test(f))
      out.set('/' + m[1], [...new Set([...(out.get('/' + m[1]) ?? []), ...files])])
    }
  }
  return out
}

/** Global the inline script defines and config/h5/preload-page.js calls. */
export const PRELOAD_GLOBAL = '__yifaPreloadPage'

/**
 * The inline script: a file list, each route's indexes into it, and a function that preloads the
 * opened route's files once (window[PRELOAD_GLOBAL]). ES5, no dependencies.
 */
export function preloadScript(pages: Map<string, string[]>, homeRoute: string, publicPath = '/'): string {
  const files: string[] = []
  const routes: Record<string, number[]> = {}
  for (const [route, list] of [...pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    routes[route] = list.map((f) => {
      if (!files.includes(f)) files.push(f)
      return files.indexOf(f)
    })
  }
  const table = JSON.stringify({ f: files, r: routes })
  return (
    `(function(t){var p=location.pathname.replace(/\\/+$/,'')||'/';if(p==='/'||p==='/index.html')p=${JSON.stringify(homeRoute)};` +
    `var r=t.r[p];if(!r)return;window.${PRELOAD_GLOBAL}=function(){window.${PRELOAD_GLOBAL}=function(){};for(var i=0;i<r.length;i++){var f=t.f[r[i]],l=document.createElement('link');` +
    `l.rel='preload';l.as=/\\.css$/.test(f)?'style':'script';l.href=${JSON.stringify(publicPath)}+f;document.head.appendChild(l)}}})(${table})`
  )
}

export class RoutePreloadPlugin {
  constructor(private readonly options: RoutePreloadOptions) {}
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('RoutePreloadPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After the content hashes are final; before the service worker lists index.html.
        { name: 'RoutePreloadPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH + 1 },
        () => {
          const html = compilation.getAsset('index.html')
          if (!html) return
          const script = `<script>${preloadScript(pageFiles(compilation), this.options.homeRoute, String(compilation.outputOptions.publicPath ?? '/'))}</script>`
          const source = html.source.source().toString()
          const at = source.search(/<script\b[^>]*\bsrc=/)
          if (at < 0) return
          compilation.updateAsset('index.html', new sources.RawSource(source.slice(0, at) + script + source.slice(at)))
        }
      )
    })
  }
}
