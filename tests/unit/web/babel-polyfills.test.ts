/**
 * What Babel adds to the code it compiles (babel.config.js), read from its output for each build:
 * H5 gets core-js-pure imports only for what its target browsers lack, none for what they all have
 * built in, and Babel's helpers end up from @babel/runtime rather than @babel/runtime-corejs3
 * (whose helpers run core-js-pure's Symbol and iterator code): Babel names the corejs3 copies and
 * the H5 webpack config (config/h5/index.ts) resolves them to the plain ones. The mini-program
 * build gets no polyfills. Each build's Babel config is loaded in a process of its own, with that
 * build's TARO_ENV.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { COREJS3_HELPERS, PLAIN_HELPERS, h5BuildOptions } from '../../../config/h5/index'

const ROOT = path.resolve(__dirname, '../../..')
const TSLIB = require.resolve('tslib/tslib.es6.mjs')

interface Source {
  /** Where the code sits (decides which of the config's rules apply). */
  file: string
  code: string
}

/** The files compiled as `taro build --type <env>` compiles them (production, babel.config.js). */
function compile(env: 'h5' | 'weapp', sources: Source[]): string[] {
  const script = `
    const babel = require('@babel/core')
    const sources = JSON.parse(require('node:fs').readFileSync(0, 'utf8'))
    const out = sources.map((s) => babel.transformSync(s.code, { cwd: ${JSON.stringify(ROOT)}, filename: s.file, configFile: ${JSON.stringify(path.join(ROOT, 'babel.config.js'))} }).code)
    process.stdout.write(JSON.stringify(out))`
  const out = execFileSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    input: JSON.stringify(sources),
    env: { ...process.env, TARO_ENV: env, TARO_PLATFORM: env === 'h5' ? 'web' : 'mini', NODE_ENV: 'production' },
    encoding: 'utf8'
  })
  return JSON.parse(out) as string[]
}

const imports = (code: string) => [...code.matchAll(/^import .* from "([^"]+)";?$/gm)].map((m) => m[1])

const ARRAY_METHODS = `
export const has = (list, x) => list.includes(x)
export const sum = (list) => list.reduce((a, b) => a + b, 0)
export const last = (list) => list.reduceRight((a, b) => a ?? b)
`
const SOURCES: Source[] = [
  { file: path.join(ROOT, 'src/example.ts'), code: ARRAY_METHODS },
  { file: path.join(ROOT, 'node_modules/@tarojs/example/index.js'), code: ARRAY_METHODS },
  // tslib's helpers, which Taro's packages import: its `using` helper names Symbol.dispose.
  { file: TSLIB, code: readFileSync(TSLIB, 'utf8') },
  // Missing before Chrome 73 / 76, and a class field (Chrome 72) that takes a Babel helper.
  { file: path.join(ROOT, 'src/needs.ts'), code: 'export const table = Object.fromEntries([["a", 1]])\nexport const all = Promise.allSettled([])\nexport class A { x = 1 }' }
]

describe('H5', () => {
  const [app, taro, tslib, needs] = compile('h5', SOURCES)

  test('includes, reduce and reduceRight, built into every target, are called as they are, with no polyfill', () => {
    for (const code of [app, taro]) {
      expect(imports(code)).toEqual([])
      expect(code).toMatch(/list\.includes\(x\)/)
      expect(code).toMatch(/list\.reduce\(/)
      expect(code).toMatch(/list\.reduceRight\(/)
    }
  })

  test("tslib's using helper keeps reading Symbol.dispose itself: no polyfill import anywhere in tslib", () => {
    expect(tslib).toMatch(/__addDisposableResource/)
    expect(tslib).toMatch(/value\[Symbol\.dispose\]/)
    expect(imports(tslib)).toEqual([])
  })

  test('what the targets lack still comes from core-js-pure, by usage', () => {
    expect(imports(needs)).toEqual(
      expect.arrayContaining(['core-js-pure/stable/object/from-entries.js', 'core-js-pure/features/promise/all-settled.js'])
    )
  })

  test('no polyfill for includes, reduce, reduceRight or Symbol.dispose, and none from @babel/runtime-corejs3', () => {
    const all = [app, taro, tslib, needs].flatMap(imports)
    expect(all.filter((s) => /core-js-pure\/(?:stable|features)\/(?:instance\/(?:includes|reduce)|symbol\/dispose)/.test(s))).toEqual([])
    expect(all.filter((s) => /runtime-corejs3[\\/](?!helpers[\\/])|(?:^|[\\/])core-js\//.test(s))).toEqual([])
  })

  test("Babel's helpers resolve to @babel/runtime's, which has every one of them", () => {
    const helpers = imports(needs).filter((s) => s.includes('helpers'))
    expect(helpers).toEqual([path.join(COREJS3_HELPERS, 'esm', 'defineProperty.js')])
    const aliases = new Map<string, string>()
    const chain = {
      get: () => 'development',
      resolve: { alias: { set: (name: string, value: string) => aliases.set(name, value) } },
      optimization: { get: () => ({}), splitChunks: () => undefined }
    }
    h5BuildOptions.webpackChain(chain as unknown as Parameters<typeof h5BuildOptions.webpackChain>[0])
    expect(aliases.get(COREJS3_HELPERS)).toBe(PLAIN_HELPERS)
    const names = readdirSync(path.join(COREJS3_HELPERS, 'esm')).filter((f) => f.endsWith('.js'))
    expect(names.length).toBeGreaterThan(50)
    expect(names.filter((name) => !existsSync(path.join(PLAIN_HELPERS, 'esm', name)))).toEqual([])
  })
})

test('the mini-program build gets no polyfills at all, and its helpers from @babel/runtime', () => {
  const out = compile('weapp', SOURCES)
  const all = out.flatMap(imports)
  expect(all.filter((s) => /core-js/.test(s))).toEqual([])
  expect(all.every((s) => /[\\/]@babel[\\/]runtime[\\/]helpers[\\/]/.test(s))).toBe(true)
})
