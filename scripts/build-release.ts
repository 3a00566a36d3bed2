/**
 * `npm run build:release`: the production weapp build a bureau uploads. Refuses, with one line
 * naming the problem and a non-zero exit, when API_BASE or MEDIA_BASE is unset or not https://,
 * when the bureau's facts are samples (unless RELEASE_ALLOW_SAMPLE=1: a demo build that keeps
 * every 示例 label), or when the built output still contains a loopback address.
 * TARO_OUTPUT_ROOT (default dist/weapp) lets tests build elsewhere.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { checkRelease, findLoopback } from '../src/core/release/check'
import { loadBureauConfig } from './bureau-config'

const root = path.resolve(__dirname, '..')

function fail(line: string): never {
  console.error(`build:release: ${line}`)
  process.exit(1)
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) yield* files(p)
    else yield p
  }
}

/** The first built text file that names a loopback host, as `file: host`. */
export function scanForLoopback(dir: string): string | null {
  for (const file of files(dir)) {
    if (!/\.(js|json|wxml|wxss|wxs)$/.test(file)) continue
    const host = findLoopback(readFileSync(file, 'utf8'))
    if (host) return `${path.relative(root, file)}: ${host}`
  }
  return null
}

function main(): void {
  const env = process.env
  let bureau
  try {
    bureau = loadBureauConfig(env, root)
  } catch (e) {
    fail((e as Error).message.split('\n').join('; '))
  }
  const problem = checkRelease({
    apiBase: env.API_BASE,
    mediaBase: env.MEDIA_BASE,
    bureauIsSample: bureau.isSample,
    bureauFile: bureau.file,
    allowSample: env.RELEASE_ALLOW_SAMPLE === '1'
  })
  if (problem) fail(problem)

  const outputRoot = env.TARO_OUTPUT_ROOT?.trim() || 'dist/weapp'
  console.log(`build:release: ${bureau.isSample ? '演示版（示例信息）' : bureau.config.name} · API ${env.API_BASE} · 媒体 ${env.MEDIA_BASE} → ${outputRoot}`)
  const build = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: outputRoot },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (build.status !== 0) {
    console.error(`${build.stdout ?? ''}${build.stderr ?? ''}`.split('\n').slice(-40).join('\n'))
    fail(`taro build 失败 / the weapp build failed (exit ${build.status})`)
  }
  const loopback = scanForLoopback(path.resolve(root, outputRoot))
  if (loopback) fail(`构建结果含本机地址 / the output contains a loopback address: ${loopback}`)
  console.log(`build:release: 完成 / done: ${outputRoot}（在微信开发者工具中上传 / upload from WeChat DevTools, see docs/release.md）`)
}

if (require.main === module) main()
