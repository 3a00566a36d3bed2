/**
 * For H5, babel.config.js asks babel-preset-taro for core-js polyfills by usage, so Babel's
 * transform-runtime takes its helpers (`_slicedToArray`, `_defineProperty`, `_typeof`…) from
 * @babel/runtime-corejs3. Those copies call core-js-pure's Symbol, Array.from and iterator
 * polyfills instead of the built-ins: every Taro package Babel compiles uses some helper, so the
 * home page downloaded and ran about 130 KB of core-js source (the full Symbol polyfill with its
 * proposals) before its first frame, on phones whose browsers all have these built-ins (the H5
 * targets: Chrome 70, iOS 14).
 *
 * This plugin takes the same helpers from @babel/runtime, the build without core-js (the one the
 * mini-program build already uses). The polyfills Babel adds for what the targets lack
 * (`@babel/runtime-corejs3/core-js-stable/…`) stay as they are.
 */
import path from 'node:path'
import type { Compiler } from 'webpack'

const COREJS_HELPER = /(?:^|[\\/])@babel[\\/]runtime-corejs3[\\/]helpers[\\/]/
const PLAIN_HELPERS = path.join(path.dirname(require.resolve('@babel/runtime/package.json')), 'helpers') + path.sep

/** `…/@babel/runtime-corejs3/helpers/esm/x.js` → `…/@babel/runtime/helpers/esm/x.js`; any other request as it is. */
export function plainHelperRequest(request: string): string {
  const m = COREJS_HELPER.exec(request)
  return m ? PLAIN_HELPERS + request.slice(m.index + m[0].length) : request
}

export class PlainBabelHelpersPlugin {
  apply(compiler: Compiler): void {
    new compiler.webpack.NormalModuleReplacementPlugin(COREJS_HELPER, (resource: { request: string }) => {
      resource.request = plainHelperRequest(resource.request)
    }).apply(compiler)
  }
}
