/**
 * The H5 service worker and its registration are H5 only: the mini-program build must carry
 * none of it (WeChat has no service workers, and every byte counts against the 2 MB package).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const DIST = join(__dirname, '..', '..', 'dist', 'weapp')

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? scripts(p) : p.endsWith('.js') ? [p] : []
  })
}

test('dist/weapp has no service worker code', () => {
  if (!existsSync(join(DIST, 'app.js'))) throw new Error('dist/weapp is missing: run `npx taro build --type weapp` first')
  const files = scripts(DIST)
  expect(files.length).toBeGreaterThan(5)
  const found = files.filter((f) => /serviceWorker|cache-files|\/sw\.js/.test(readFileSync(f, 'utf8')))
  expect(found).toEqual([])
})
