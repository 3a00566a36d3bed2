/**
 * What the search adds to the package holding the 问答 tab: the prebuilt index JSON plus the
 * run-time engine minified (esbuild, bundled as the app bundles it). Shared by `npm run size`
 * and `npm run bench` so both report the same figure.
 *
 * Chinese in the engine's tables is counted as UTF-8 (3 bytes a character), as Taro's minifier
 * writes it into dist/weapp; esbuild's default would escape each as `\uXXXX` (6 bytes) and
 * overstate the engine by about a quarter. `npm run size` checks that dist/weapp really keeps
 * Chinese unescaped (`escapedCjkIn`).
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
    platform: 'neutral',
    charset: 'utf8'
  })
  const codeBytes = out.outputFiles[0].contents.length
  return { indexBytes, codeBytes, totalBytes: indexBytes + codeBytes }
}

/** How many CJK characters a minified file writes as `\uXXXX` escapes instead of UTF-8. */
export function escapedCjkIn(code: string): number {
  return (code.match(/\\u(?:[4-9][0-9a-fA-F]{3}|3[0-9a-fA-F]{3}|[fF][fF][0-9a-fA-F]{2})/g) ?? []).length
}
