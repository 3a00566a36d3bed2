/**
 * What the search adds to the package holding the 问答 tab: the prebuilt index JSON plus the
 * run-time engine minified (esbuild, bundled as the app bundles it). Shared by `npm run size`
 * and `npm run bench` so both report the same figure.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSync } from 'esbuild'

const ROOT = join(__dirname, '..')
export const SEARCH_BUDGET_BYTES = 300 * 1024

export function searchFootprint(): { indexBytes: number; codeBytes: number; totalBytes: number } {
  const indexBytes = readFileSync(join(ROOT, 'src', 'content', 'generated', 'search-index.json')).length
  const out = buildSync({
    entryPoints: [join(ROOT, 'src', 'core', 'search', 'engine.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'cjs',
    platform: 'neutral'
  })
  const codeBytes = out.outputFiles[0].contents.length
  return { indexBytes, codeBytes, totalBytes: indexBytes + codeBytes }
}
