import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { lightRuntimeRequest } from '../../../config/h5/babel-runtime'

type Method = (this: unknown, ...args: unknown[]) => unknown
const methods = require('../../../config/h5/polyfills/array.js') as {
  includesBroken: (native?: Method) => boolean
  reduceBroken: (name: 'reduce' | 'reduceRight', userAgent?: string, native?: Method) => boolean
  includes: Method
  reduce: Method
  reduceRight: Method
}
const includesOf = require('../../../config/h5/polyfills/includes.js') as (it: unknown) => Method
const reduceOf = require('../../../config/h5/polyfills/reduce.js') as (it: unknown) => Method
const reduceRightOf = require('../../../config/h5/polyfills/reduce-right.js') as (it: unknown) => Method
const symbolDispose = require('../../../config/h5/polyfills/symbol-dispose.js') as symbol

const COREJS3 = path.dirname(require.resolve('@babel/runtime-corejs3/package.json'))

test('H5 requests for corejs3 helpers go to @babel/runtime, and every such helper exists there', () => {
  const helpers = readdirSync(path.join(COREJS3, 'helpers', 'esm')).filter((f) => f.endsWith('.js'))
  expect(helpers.length).toBeGreaterThan(50)
  for (const name of helpers) {
    const mapped = lightRuntimeRequest(path.join(COREJS3, 'helpers', 'esm', name))
    expect(mapped).toMatch(/[\\/]@babel[\\/]runtime[\\/]helpers[\\/]esm[\\/]/)
    expect(existsSync(mapped)).toBe(true)
  }
  expect(lightRuntimeRequest('@babel/runtime-corejs3/helpers/typeof')).toMatch(/[\\/]@babel[\\/]runtime[\\/]helpers[\\/]typeof$/)
})

test('only includes, reduce, reduceRight and Symbol.dispose leave core-js; other polyfills and modules stay as asked', () => {
  const polyfills = path.resolve(__dirname, '../../../config/h5/polyfills')
  for (const name of ['includes', 'reduce', 'reduce-right']) {
    const mapped = lightRuntimeRequest(path.join(COREJS3, 'core-js-stable', 'instance', `${name}.js`))
    expect(mapped).toBe(path.join(polyfills, `${name}.js`))
    expect(existsSync(mapped)).toBe(true)
  }
  expect(lightRuntimeRequest(path.join(COREJS3, 'core-js', 'symbol', 'dispose.js'))).toBe(path.join(polyfills, 'symbol-dispose.js'))
  expect(existsSync(path.join(polyfills, 'symbol-dispose.js'))).toBe(true)
  for (const request of [
    path.join(COREJS3, 'core-js-stable', 'object', 'from-entries.js'),
    path.join(COREJS3, 'core-js-stable', 'instance', 'includes-extra.js'),
    path.join(COREJS3, 'core-js', 'symbol', 'async-dispose.js'),
    path.join(COREJS3, 'core-js-stable', 'symbol', 'dispose.js'),
    '@tarojs/runtime',
    './helpers/esm/typeof.js'
  ]) {
    expect(lightRuntimeRequest(request)).toBe(request)
  }
})

/* eslint-disable no-sparse-arrays -- holes are what the engines get wrong */
const arrays: unknown[][] = [[], [1, 2, 3], [1, , 3], [, 1], Array(3), [NaN, 0, -0, '1', null, undefined], ['a', 'b', 'a']]
/* eslint-enable no-sparse-arrays */
const arrayLike = { length: 3, 0: 'x', 2: 'z' }

test("the spec's includes answers as the built-in does (holes, NaN, ±0, from-index, array-likes)", () => {
  const needles = [undefined, null, NaN, 0, -0, 1, 3, '1', 'a', 'x', 'z']
  const fromIndexes = [undefined, 0, 1, 2, -1, -2, -10, 10, Infinity, -Infinity, NaN, '1', 1.7]
  for (const target of [...arrays, arrayLike, 'abc']) {
    for (const needle of needles) {
      for (const from of fromIndexes) {
        const args = from === undefined ? [needle] : [needle, from]
        const builtIn = Array.prototype.includes as unknown as Method
        expect([target, ...args, methods.includes.apply(target, args)]).toEqual([target, ...args, builtIn.apply(target, args)])
      }
    }
  }
})

test("the spec's reduce and reduceRight answer as the built-ins do, errors included", () => {
  const visits = (impl: Method, target: unknown, ...init: unknown[]) => {
    const seen: unknown[] = []
    const callback = (acc: unknown, value: unknown, index: number) => (seen.push(index), `${String(acc)}|${String(value)}@${index}`)
    try {
      return { result: impl.call(target, callback, ...init), seen }
    } catch (e) {
      return { error: (e as Error).constructor.name, seen }
    }
  }
  for (const [name, impl] of [['reduce', methods.reduce], ['reduceRight', methods.reduceRight]] as const) {
    const native = Array.prototype[name] as unknown as Method
    for (const target of [...arrays, arrayLike]) {
      expect(visits(impl, target)).toEqual(visits(native, target))
      expect(visits(impl, target, 'init')).toEqual(visits(native, target, 'init'))
    }
    expect(() => impl.call([1], 'not a function')).toThrow(TypeError)
    expect(() => impl.call(null, () => 1, 1)).toThrow(TypeError)
    expect(() => impl.call(undefined, () => 1, 1)).toThrow(TypeError)
  }
})

test("the checks flag the engines core-js flags, and none here: Node's V8 keeps the built-ins", () => {
  expect(methods.includesBroken()).toBe(false)
  expect(methods.reduceBroken('reduce', '')).toBe(false)
  expect(methods.reduceBroken('reduceRight', '')).toBe(false)
  // Safari ≤ 26.4: [, 1].includes(undefined, 1) is true.
  const safariIncludes: Method = function (this: unknown, el: unknown, from?: unknown) {
    const list = this as unknown[]
    return list.length === 2 && el === undefined && from === 1 ? true : list.includes(el, from as number | undefined)
  }
  expect(methods.includesBroken(safariIncludes)).toBe(true)
  const ua = (chrome: number) => `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Mobile Safari/537.36`
  expect([79, 80, 81, 82, 83].map((v) => methods.reduceBroken('reduce', ua(v)))).toEqual([false, true, true, true, false])
  expect(methods.reduceBroken('reduceRight', ua(81))).toBe(true)
  expect(methods.reduceBroken('reduce', 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_0 like Mac OS X) AppleWebKit/605.1.15 Version/14.0 Mobile Safari/604.1')).toBe(false)
  // A method that runs on null is not the spec's.
  expect(methods.reduceBroken('reduce', '', function (this: unknown) { return 1 })).toBe(true)
})

test("the instance getters give what core-js's would: the array method for arrays, the string one for strings, an object's own", () => {
  const own = () => 'own'
  expect(includesOf([1])).toBe(Array.prototype.includes)
  expect(includesOf(Array.prototype)).toBe(Array.prototype.includes)
  expect(includesOf('abc')).toBe(String.prototype.includes)
  expect(includesOf({ includes: own })).toBe(own)
  expect(includesOf(Object.assign([1], { includes: own }))).toBe(own)
  expect(reduceOf([1])).toBe(Array.prototype.reduce)
  expect(reduceOf({ reduce: own })).toBe(own)
  expect(reduceRightOf([1])).toBe(Array.prototype.reduceRight)
  expect(reduceRightOf({ reduceRight: own })).toBe(own)
  expect(() => includesOf(null)).toThrow(TypeError)
})

test("Symbol.dispose is core-js's value: the built-in where there is one, else the registered Symbol.for('Symbol.dispose')", () => {
  const corejs = require('core-js-pure/features/symbol/dispose') as symbol
  expect(symbolDispose).toBe(corejs)
  const builtIn = (Symbol as unknown as { dispose?: symbol }).dispose
  expect(symbolDispose).toBe(typeof builtIn === 'symbol' ? builtIn : Symbol.for('Symbol.dispose'))
})
