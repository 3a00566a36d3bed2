/**
 * `npm run privacy-manifest`: the 用户隐私保护指引 items the app needs, derived from src/ (see
 * src/core/privacy/manifest.ts). Prints a Markdown table; `--json` prints JSON; `--write` puts the
 * table into docs/release.md between its markers; `--check` exits 1 when that table is stale.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { MANIFEST_END, MANIFEST_START, manifestMarkdown, privacyManifest, type SourceFile } from '../src/core/privacy/manifest'

const ROOT = path.resolve(__dirname, '..')
export const RELEASE_DOC = path.join(ROOT, 'docs', 'release.md')

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) {
      if (name !== 'generated') yield* walk(p)
    } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !p.endsWith(path.join('core', 'privacy', 'manifest.ts'))) yield p
  }
}

export function appSources(root = ROOT): SourceFile[] {
  return Array.from(walk(path.join(root, 'src'))).map((f) => ({ file: path.relative(root, f), text: readFileSync(f, 'utf8') }))
}

/** The doc with its manifest block replaced by `table`. */
export function withManifest(doc: string, table: string): string {
  const start = doc.indexOf(MANIFEST_START)
  const end = doc.indexOf(MANIFEST_END)
  if (start < 0 || end < start) throw new Error(`docs/release.md lacks the markers ${MANIFEST_START} … ${MANIFEST_END}`)
  return `${doc.slice(0, start + MANIFEST_START.length)}\n${table}\n${doc.slice(end)}`
}

function main(argv: string[]): void {
  const entries = privacyManifest(appSources())
  const table = manifestMarkdown(entries)
  if (argv.includes('--json')) {
    console.log(JSON.stringify(entries, null, 2))
    return
  }
  if (argv.includes('--write') || argv.includes('--check')) {
    const doc = readFileSync(RELEASE_DOC, 'utf8')
    const next = withManifest(doc, table)
    if (argv.includes('--check')) {
      if (next !== doc) {
        console.error('docs/release.md 的隐私清单已过期：运行 npm run privacy-manifest -- --write / the privacy manifest in docs/release.md is stale')
        process.exit(1)
      }
      return
    }
    writeFileSync(RELEASE_DOC, next)
    console.log(`docs/release.md: ${entries.length} 项 / items`)
    return
  }
  console.log(table)
}

if (require.main === module) main(process.argv.slice(2))
