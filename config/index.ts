import { existsSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { h5BuildOptions } from './h5'

/**
 * API_BASE: where the app finds the API. Empty means "same origin", which is right for the H5
 * build served by our own server. The weapp build needs an absolute https URL in production
 * (WeChat only calls whitelisted domains); locally DevTools may call http://127.0.0.1:8080.
 * MEDIA_BASE: where clips and posters live (the server's /media/, or a CDN).
 */
function buildConstants() {
  const isWeapp = process.env.TARO_ENV === 'weapp'
  const apiBase = process.env.API_BASE ?? (isWeapp ? 'http://127.0.0.1:8080' : '')
  const mediaBase = process.env.MEDIA_BASE ?? `${apiBase}/media`
  return { API_BASE: JSON.stringify(apiBase), MEDIA_BASE: JSON.stringify(mediaBase) }
}

export default defineConfig<'webpack5'>(async (merge) => {
  const outputRoot = `dist/${process.env.TARO_ENV}`
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yifa-xinfang',
    date: '2026-11-26',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // `@/x` is src/x, as in tsconfig.json's paths and jest's moduleNameMapper.
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    outputRoot,
    plugins: [],
    defineConstants: buildConstants(),
    copy: {
      // Explainer pictures ship inside the reader subpackage, not the main package.
      patterns: existsSync('assets/explainers/png') ? [{ from: 'assets/explainers/png/', to: `${outputRoot}/packages/reader/images/` }] : [],
      options: {}
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's default terser setting writes every Chinese character as \uXXXX (6 bytes instead of 3);
    // our bundles are mostly Chinese text, so that alone would push the main package over budget.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false }
      }
    },
    h5: {
      // Content-hashed names, shared chunks, service worker, brotli/gzip copies: config/h5/.
      ...h5BuildOptions,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false }
      }
    }
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
