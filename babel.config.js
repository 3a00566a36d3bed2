// babel-preset-taro: see https://docs.taro.zone/docs/next/babel-config
// Under NODE_ENV=test it emits CommonJS, so babel-jest reuses it for component tests.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', useBuiltIns: process.env.TARO_ENV === 'h5' ? 'usage' : false }]]
}
