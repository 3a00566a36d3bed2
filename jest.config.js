/**
 * One jest run, five projects: `unit` (pure logic, node), `component` (React in jsdom),
 * `server` (the real API on SQLite and, when available, PostgreSQL), `weapp`
 * (miniprogram-simulate against dist/weapp) and `browser` (headless Chromium against dist/h5).
 */
const tsJest = ['ts-jest', { tsconfig: { isolatedModules: true, jsx: 'react-jsx', esModuleInterop: true, resolveJsonModule: true, module: 'commonjs', target: 'es2020' } }]

const taroGlobals = {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  ENABLE_MUTATION_OBSERVER: true,
  __TARO_FRAMEWORK__: 'react',
  DEPRECATED_ADAPTER_COMPONENT: false
}

// `@/x` is src/x (tsconfig.json paths, Taro's alias in config/index.ts): every project maps it.
const srcAlias = { '^@/(.*)$': '<rootDir>/src/$1' }

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
      moduleNameMapper: srcAlias,
      transform: { '^.+\\.tsx?$': tsJest }
    },
    {
      displayName: 'component',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/component/**/*.test.tsx', '<rootDir>/src/**/*.test.tsx'],
      setupFiles: ['<rootDir>/tests/component/setup.ts'],
      globals: taroGlobals,
      moduleNameMapper: {
        ...srcAlias,
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/tests/component/taro-mock.ts',
        '\\.(css|scss)$': '<rootDir>/tests/component/style-mock.js',
        '\\.(png|jpg|svg)$': '<rootDir>/tests/component/file-mock.js'
      },
      transform: { '^.+\\.(m?js|jsx|tsx?)$': ['babel-jest', { configFile: './babel.config.js' }] },
      transformIgnorePatterns: [
        '/node_modules/(?!(@tarojs|@stencil|lodash-es|query-string|decode-uri-component|split-on-first|filter-obj|swiper|ssr-window|dom7|\\.pnpm|tslib)/)'
      ]
    },
    {
      displayName: 'server',
      moduleNameMapper: srcAlias,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/server/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest }
    },
    {
      displayName: 'weapp',
      moduleNameMapper: srcAlias,
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest }
    },
    {
      displayName: 'browser',
      moduleNameMapper: srcAlias,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest }
    }
  ]
}
