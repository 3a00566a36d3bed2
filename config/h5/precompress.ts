/**
 * Brotli and gzip copies of every built H5 asset, made once at build time (node:zlib at maximum
 * quality) so the server never compresses per request: it picks `x.js.br` or `x.js.gz` by the
 * request's Accept-Encoding (server/static-files.ts). A copy is kept only when it is smaller than
 * the file itself (PNGs, for instance, are already compressed).
 */
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { Compiler } from 'webpack'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

export const COMPRESSED_EXTENSIONS = { br: '.br', gzip: '.gz' } as const

/** True for a precompressed copy (or a source map, which phones never load). */
export function isDerivedAsset(name: string): boolean {
  return name.endsWith('.br') || name.endsWith('.gz') || name.endsWith('.map')
}

export interface CompressedCopies {
  br: Buffer | null
  gzip: Buffer | null
}

/** Both copies of one file, each null when it would not be smaller. */
export async function compressAsset(content: Buffer): Promise<CompressedCopies> {
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length
      }
    }),
    gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION })
  ])
  return { br: br.length < content.length ? br : null, gzip: gz.length < content.length ? gz : null }
}

/** Webpack plugin: adds `name.br` and `name.gz` beside every emitted asset. */
export class PrecompressPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('PrecompressPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        // After hashing, minifying and the service worker (which lists the final names).
        { name: 'PrecompressPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        async () => {
          const assets = compilation.getAssets().filter((a) => !isDerivedAsset(a.name))
          await Promise.all(
            assets.map(async (asset) => {
              const raw = asset.source.buffer()
              const copies = await compressAsset(raw)
              for (const [encoding, ext] of Object.entries(COMPRESSED_EXTENSIONS) as [keyof CompressedCopies, string][]) {
                const copy = copies[encoding]
                if (!copy) continue
                compilation.emitAsset(asset.name + ext, new sources.RawSource(copy), {
                  compressed: true,
                  immutable: asset.info.immutable,
                  related: { source: asset.name }
                })
              }
            })
          )
        }
      )
    })
  }
}
