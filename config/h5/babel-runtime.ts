/**
 * For H5, babel.config.js asks babel-preset-taro for core-js polyfills by usage, so Babel's
 * transform-runtime imports its helpers and polyfills from @babel/runtime-corejs3. Every Taro
 * package Babel compiles uses some of them, and together they made every page download and run
 * about 180 KB of core-js-pure source before its first frame, on phones whose browsers (the H5
 * targets: Chrome 70, iOS 14) have nearly all of it built in. This plugin swaps three things:
 *
 * - the helpers (`_slicedToArray`, `_defineProperty`, `_typeof`…) come from @babel/runtime, the
 *   same helpers without core-js (the mini-program build uses them too): the corejs3 copies called
 *   core-js-pure's Symbol, Array.from and iterator polyfills instead of the built-ins;
 * - the three instance methods the targets still get polyfilled, `includes`, `reduce` and
 *   `reduceRight`, come from config/h5/polyfills/: core-js replaces them only for bugs of some
 *   engines (holes in Safari ≤ 26.4 and Firefox 99-101, V8 bug 1049982 in Chrome 80-82); those
 *   modules make the same checks and use the spec's steps where core-js would, in a few lines
 *   instead of core-js-pure's module machinery (about 100 ms of a throttled phone's first frame);
 * - `core-js/symbol/dispose`, which Babel adds wherever code names `Symbol` and which only records
 *   the symbol in core-js's own registry, is the same value without that registry
 *   (config/h5/polyfills/symbol-dispose.js).
 *
 * Any other polyfill (`Object.fromEntries` for Chrome 70-72…) stays core-js's.
 */
import path from 'node:path'
import type { Compiler } from 'webpack'

const COREJS_HELPER = /(?:^|[\\/])@babel[\\/]runtime-corejs3[\\/]helpers[\\/]/
const PLAIN_HELPERS = path.join(path.dirname(require.resolve('@babel/runtime/package.json')), 'helpers') + path.sep
const COREJS_POLYFILL = /(?:^|[\\/])@babel[\\/]runtime-corejs3[\\/](?:core-js-stable[\\/]instance[\\/](includes|reduce|reduce-right)|core-js[\\/]symbol[\\/](dispose))(?:\.js)?$/
const POLYFILLS = path.join(__dirname, 'polyfills')

/**
 * `…/@babel/runtime-corejs3/helpers/esm/x.js` → `…/@babel/runtime/helpers/esm/x.js`,
 * `…/@babel/runtime-corejs3/core-js-stable/instance/includes.js` → `config/h5/polyfills/includes.js`,
 * `…/@babel/runtime-corejs3/core-js/symbol/dispose.js` → `config/h5/polyfills/symbol-dispose.js`;
 * any other request as it is.
 */
export function lightRuntimeRequest(request: string): string {
  const helper = COREJS_HELPER.exec(request)
  if (helper) return PLAIN_HELPERS + request.slice(helper.index + helper[0].length)
  const polyfill = COREJS_POLYFILL.exec(request)
  if (polyfill) return path.join(POLYFILLS, polyfill[1] ? `${polyfill[1]}.js` : `symbol-${polyfill[2]}.js`)
  return request
}

export class LightBabelRuntimePlugin {
  apply(compiler: Compiler): void {
    for (const pattern of [COREJS_HELPER, COREJS_POLYFILL]) {
      new compiler.webpack.NormalModuleReplacementPlugin(pattern, (resource: { request: string }) => {
        resource.request = lightRuntimeRequest(resource.request)
      }).apply(compiler)
    }
  }
}
