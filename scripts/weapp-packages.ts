/**
 * Which built file of dist/weapp belongs to which WeChat package (the main one or a subpackage, by
 * app.json's roots). Shared by `npm run size` and the weapp tests that check what ships where; no
 * build tooling imported, so jest can load it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export const WEAPP_DIST = join(__dirname, '..', 'dist', 'weapp')

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** The built files (source maps excluded) of each package: 'main', then each subpackage's root. */
export function filesByPackage(dist = WEAPP_DIST): Map<string, string[]> {
  if (!existsSync(join(dist, 'app.json'))) throw new Error('dist/weapp is missing: run `npx taro build --type weapp` first')
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] }
  const roots = (app.subPackages ?? []).map((p) => p.root.replace(/\/$/, ''))
  const files = new Map<string, string[]>([['main', []], ...roots.map((r) => [r, []] as [string, string[]])])
  for (const file of filesUnder(dist)) {
    if (file.endsWith('.map')) continue
    const rel = relative(dist, file)
    files.get(roots.find((r) => rel.startsWith(r + '/')) ?? 'main')!.push(file)
  }
  return files
}
