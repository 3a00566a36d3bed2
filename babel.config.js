// babel-preset-taro: see https://docs.taro.zone/docs/next/babel-config
// Under NODE_ENV=test it emits CommonJS, so babel-jest reuses it for component tests.
//
// H5: phones' browsers from about 2020 on (Chrome/Android WebView 70+, WeChat's XWeb, iOS 14+).
// Taro's default without a browserslist is iOS 9 / Android 5, which turns every async function
// into a state machine and brings core-js copies of URL, Promise, Map… into the home page. The
// top-level `targets` is what the core-js usage polyfills (transform-runtime) go by.
const isH5 = process.env.TARO_ENV === 'h5'
const h5Targets = { chrome: '70', ios: '14', safari: '14' }

module.exports = {
  ...(isH5 ? { targets: h5Targets } : {}),
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', useBuiltIns: isH5 ? 'usage' : false, ...(isH5 ? { targets: h5Targets } : {}) }]]
}
