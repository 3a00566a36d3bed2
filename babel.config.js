// babel-preset-taro: see https://docs.taro.zone/docs/next/babel-config
// Under NODE_ENV=test it emits CommonJS, so babel-jest reuses it for component tests.
//
// weapp targets the JavaScript engines of the WeChat versions that carry our minimum base library
// (docs/release.md): iOS 12's JavaScriptCore and the Chromium-based engine of Android WeChat.
// Taro's default (iOS 9, Android 5) rewrote async functions with regenerator and blew the sign-up
// form's \p{L} name regex up into a 29 KB character class. H5 keeps Taro's default.
const WEAPP_TARGETS = 'ios >= 12, chrome >= 70'

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        useBuiltIns: process.env.TARO_ENV === 'h5' ? 'usage' : false,
        targets: process.env.TARO_ENV === 'weapp' ? WEAPP_TARGETS : undefined
      }
    ]
  ]
}
