// babel-preset-taro: see https://docs.taro.zone/docs/next/babel-config
// Under NODE_ENV=test it emits CommonJS, so babel-jest reuses it for component tests.
//
// weapp targets the JavaScript engines of the WeChat versions that carry our minimum base library
// (docs/release.md): iOS 12's JavaScriptCore and the Chromium-based engine of Android WeChat.
// Taro's default (iOS 9, Android 5) rewrote async functions with regenerator and blew the sign-up
// form's \p{L} name regex up into a 29 KB character class.
// H5: phones' browsers from about 2020 on (Chrome/Android WebView 70+, WeChat's XWeb, iOS 14+);
// Taro's default would bring core-js copies of URL, Promise, Map… into the home page. The
// top-level `targets` is what the core-js usage polyfills (transform-runtime) go by.
const isH5 = process.env.TARO_ENV === 'h5'
const H5_TARGETS = { chrome: '70', ios: '14', safari: '14' }
const WEAPP_TARGETS = 'ios >= 12, chrome >= 70'

module.exports = {
  ...(isH5 ? { targets: H5_TARGETS } : {}),
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        useBuiltIns: isH5 ? 'usage' : false,
        targets: isH5 ? H5_TARGETS : process.env.TARO_ENV === 'weapp' ? WEAPP_TARGETS : undefined
      }
    ]
  ]
}
