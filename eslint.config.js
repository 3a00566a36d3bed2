// ESLint flat config: recommended JS + TypeScript rules, React hooks rules for the app.
const js = require('@eslint/js')
const tseslint = require('typescript-eslint')
const reactHooks = require('eslint-plugin-react-hooks')
const { importX } = require('eslint-plugin-import-x')
const { createTypeScriptImportResolver } = require('eslint-import-resolver-typescript')

/**
 * The layers of src/, enforced here rather than by habit (tests/unit/lint/layers.test.ts checks
 * that each rule really fires). Paths are relative to this file.
 */
/** The server and the CLI import these layers and Node does not read tsconfig paths: relative imports only. */
const SHARED_NO_ALIAS = { group: ['@/*'], message: 'src/core, src/content, src/config and src/search are shared with the server and the CLI, which Node runs without tsconfig paths: import them relatively.' }

const LAYER_ZONES = [
  {
    target: './src/core',
    from: './src',
    except: ['./core'],
    message: 'src/core is pure logic: it imports nothing from the rest of src (content, routes, services, pages, components…); pass data in instead.'
  },
  {
    target: './src/core',
    from: ['./server', './scripts', './tests'],
    message: 'src/core is shared by the app, the server and the CLI: it must not import them.'
  },
  {
    target: './src/components',
    from: ['./src/pages', './src/packages'],
    message: 'Shared components must not import pages: move what both need into src/components, src/core or src/services.'
  },
  {
    target: './src/content',
    from: ['./src/services', './src/pages', './src/packages', './src/components', './server', './scripts'],
    message: 'src/content is typed data: it may use src/core types and rules, nothing above it.'
  }
]

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'media/**', 'data/**', '**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules }
  },
  {
    files: ['admin/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules }
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }] }
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tarojs/*'], message: 'src/core runs in jest, the server and the CLI too: no Taro. Put platform calls in src/services.' },
            { group: ['react', 'react-dom'], message: 'src/core holds no UI: React belongs in src/components and the pages.' },
            SHARED_NO_ALIAS
          ]
        }
      ]
    }
  },
  {
    files: ['src/content/**/*.ts', 'src/config/**/*.ts', 'src/search/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SHARED_NO_ALIAS] }] }
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error'
    }
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    // Server routes reach the database only through repositories (server/repositories/*).
    files: ['server/routes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['kysely', 'pg', 'better-sqlite3'].map((name) => ({ name, message: 'Routes use repositories (server/repositories) for data.' })),
          patterns: [{ group: ['**/db', '**/db/*', '**/seed'], message: 'Routes use repositories (server/repositories) for data.' }]
        }
      ]
    }
  },
  {
    files: ['tests/**/*.{ts,tsx}', '**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' }
  }
)
