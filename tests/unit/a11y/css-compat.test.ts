/**
 * Styles must work on the oldest iOS WeChat we support (iOS 12, docs/release.md): flex `gap`
 * arrived in iOS 14.5, so spacing uses margins instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const SRC = path.join(__dirname, '..', '..', '..', 'src')

function* cssFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) yield* cssFiles(p)
    else if (p.endsWith('.css')) yield p
  }
}

test('no stylesheet relies on flex gap', () => {
  const offenders: string[] = []
  for (const file of cssFiles(SRC)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/(^|[\s;{])(row-|column-)?gap\s*:/.test(line.replace(/\/\*.*?\*\//g, ''))) offenders.push(`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`)
      })
  }
  expect(offenders).toEqual([])
})
