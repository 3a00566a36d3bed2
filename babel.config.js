// babel-preset-taro: see https://docs.taro.zone/docs/next/babel-config
// Under NODE_ENV=test it emits CommonJS, so babel-jest reuses it for component tests.
//
// weapp targets the JavaScript engines of the WeChat versions that carry our minimum base library
// (docs/release.md): iOS 12's JavaScriptCore and the Chromium-based engine of Android WeChat.
// Taro's default (iOS 9, Android 5) rewrote async functions with regenerator and blew the sign-up
// form's \p{L} name regex up into a 29 KB character class.
// H5: phones' browsers from about 2020 on (Chrome/Android WebView 70+, WeChat's XWeb, iOS 14+);
// Taro's default would bring core-js copies of URL, Promise, Map… into the home page.
const isH5 = process.env.TARO_ENV === 'h5'
const H5_TARGETS = { chrome: '70', ios: '14', safari: '14' }
const WEAPP_TARGETS = 'ios >= 12, chrome >= 70'

// H5 polyfills. babel-preset-taro's `useBuiltIns: 'usage'` cannot leave any polyfill out, so Taro's
// preset gets `useBuiltIns: false` and core-js's own Babel plugin adds core-js-pure imports by
// usage for the H5 targets (top-level `targets`), except for what every target has built in and
// core-js would replace only for engines' bugs that do not matter here:
// - Array.prototype.includes (built in since Chrome 47 and Safari 9; core-js-compat asks for it up
//   to Safari 26.4 for how `[, 1].includes(undefined, 1)` treats a hole),
// - reduce and reduceRight (built in everywhere; core-js-compat asks for them up to Chrome 83 for
//   a V8 bug in Chrome 80-82),
// - Symbol.dispose, which only tslib's `using` helper (__addDisposableResource) names and nothing
//   here calls: that helper already throws a clear TypeError where the symbol is missing.
// What the targets lack (Object.fromEntries before Chrome 73…) still comes from core-js-pure.
// That plugin makes transform-runtime name @babel/runtime-corejs3's helpers, whose copies run
// core-js-pure's Symbol and iterator code; the H5 webpack config resolves them to @babel/runtime's
// (config/h5/index.ts).
// The mini-program build gets no polyfills, as before (useBuiltIns: false, no core-js plugin).
const H5_BUILT_IN = ['es.array.includes', 'es.array.reduce', 'es.array.reduce-right', 'es.symbol.dispose', 'esnext.symbol.dispose']
const h5Polyfills = {
  // Like babel-preset-taro's own settings: never compile Babel's runtime or core-js themselves.
  exclude: [/@babel[/\\]runtime/, /core-js/, /\bwebpack\/buildin\b/],
  plugins: [
    [
      'babel-plugin-polyfill-corejs3',
      { method: 'usage-pure', exclude: H5_BUILT_IN }
    ]
  ]
}

module.exports = {
  ...(isH5 ? { targets: H5_TARGETS, overrides: [h5Polyfills] } : {}),
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        useBuiltIns: false,
        targets: isH5 ? H5_TARGETS : process.env.TARO_ENV === 'weapp' ? WEAPP_TARGETS : undefined
      }
    ]
  ]
}
