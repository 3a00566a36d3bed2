/**
 * Emits the H5 app's service worker (`sw.js`): src/sw/worker.ts bundled by esbuild, with the
 * build's manifest written in (its version, the shell to cache on install, every file of the
 * build). The version is a hash of every file, so each deploy that changes anything is a new
 * worker that replaces the old one and its cache.
 */
import crypto from 'node:crypto'
import path from 'node:path'
import { buildSync } from 'esbuild'
import type { Compilation, Compiler } from 'webpack'
import type { ServiceWorkerManifest } from '../../src/core/web/cache-policy'
import { isDerivedAsset } from './precompress'

/** At the root, so that it controls the whole app (src/sw/protocol.ts registers it; a test ties the two). */
export const SERVICE_WORKER_FILE = 'sw.js'
const WORKER_SOURCE = path.resolve(__dirname, '..', '..', 'src', 'sw', 'worker.ts')

/** Files a browser never asks for: license notes and the worker itself. */
function isServedFile(name: string): boolean {
  return !isDerivedAsset(name) && !name.endsWith('.LICENSE.txt') && name !== SERVICE_WORKER_FILE
}

/** The manifest for a build, from its files' names and bytes and the entry's own files. */
export function serviceWorkerManifest(files: { name: string; content: Buffer }[], entryFiles: string[]): ServiceWorkerManifest {
  const served = files.filter((f) => isServedFile(f.name)).sort((a, b) => (a.name < b.name ? -1 : 1))
  const hash = crypto.createHash('sha256')
  for (const f of served) hash.update(f.name).update('\0').update(f.content).update('\0')
  const names = new Set(served.map((f) => f.name))
  const shell = ['index.html', ...entryFiles.filter((name) => names.has(name) && /\.(js|css)$/.test(name))]
  return {
    version: hash.digest('hex').slice(0, 16),
    shell: [...new Set(shell)].map((name) => '/' + name),
    files: served.map((f) => '/' + f.name)
  }
}

export function bundleWorker(manifest: ServiceWorkerManifest): Buffer {
  const result = buildSync({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: ['es2017'],
    define: { __SW_MANIFEST__: JSON.stringify(manifest) },
    logLevel: 'silent'
  })
  return Buffer.from(result.outputFiles[0].contents)
}

function entryFilesOf(compilation: Compilation): string[] {
  const files: string[] = []
  for (const entrypoint of compilation.entrypoints.values()) files.push(...entrypoint.getFiles())
  return files
}

export class ServiceWorkerPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('ServiceWorkerPlugin', (compilation) => {
      compilation.fileDependencies.add(WORKER_SOURCE)
      compilation.hooks.processAssets.tap(
        // After the content hashes are final (OPTIMIZE_HASH) and index.html is complete
        // (route-preload.ts), before compression (OPTIMIZE_TRANSFER).
        { name: 'ServiceWorkerPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH + 2 },
        () => {
          const files = compilation.getAssets().map((a) => ({ name: a.name, content: a.source.buffer() }))
          if (!files.some((f) => f.name === 'index.html')) return
          const manifest = serviceWorkerManifest(files, entryFilesOf(compilation))
          compilation.emitAsset(SERVICE_WORKER_FILE, new sources.RawSource(bundleWorker(manifest)))
        }
      )
    })
  }
}
