/**
 * What the built H5 scripts (dist/h5) carry, read from the files: the home page's first visit runs
 * no core-js (babel.config.js adds core-js-pure only where the targets lack a feature, on other
 * pages), and no H5 script carries the mini-program's update prompt (src/app.tsx: only WeChat
 * updates the app itself; tests/weapp/update.test.ts holds that the WeChat build keeps it).
 * Build first: `npx taro build --type h5`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './harness'

const DIST = join(ROOT, 'dist', 'h5')
const read = (file: string) => readFileSync(join(DIST, file), 'utf8')

function scripts(): string[] {
  return ['js', 'chunk'].flatMap((dir) => readdirSync(join(DIST, dir)).filter((f) => f.endsWith('.js')).map((f) => `${dir}/${f}`))
}

/** The scripts index.html loads, and the home route's chunks from its preload table (config/h5/route-preload.ts). */
function homeScripts(): string[] {
  const html = read('index.html')
  const initial = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+\.js)"/g)].map((m) => m[1])
  const table = /\}\)\((\{"f":.*?\})\)<\/script>/.exec(html)
  if (!table) throw new Error('index.html has no route preload table')
  const { f, r } = JSON.parse(table[1]) as { f: string[]; r: Record<string, number[]> }
  return [...initial, ...r['/pages/index/index'].map((i) => f[i]).filter((file) => file.endsWith('.js'))]
}

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/h5 is missing: run `npx taro build --type h5` first')
})

test("the home page's first visit runs no core-js", () => {
  const home = homeScripts()
  expect(home.length).toBeGreaterThanOrEqual(3)
  // core-js keeps its state in this global, whichever of its modules a chunk holds.
  expect(home.filter((file) => read(file).includes('__core-js_shared__'))).toEqual([])
})

test('no H5 script carries the update prompt (only WeChat updates the app itself)', () => {
  const all = scripts()
  expect(all.length).toBeGreaterThan(10)
  expect(all.filter((file) => /重启更新|新版本已经下载好/.test(read(file)))).toEqual([])
})
