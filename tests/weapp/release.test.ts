/**
 * `npm run build:release` as a bureau runs it: refusals exit non-zero with one line, and a demo
 * release (sample facts allowed) builds a dist with no loopback address and the https bases in it.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const ROOT = path.join(__dirname, '..', '..')

function release(env: Record<string, string | undefined>) {
  const clean = { ...process.env }
  for (const k of ['API_BASE', 'MEDIA_BASE', 'BUREAU_CONFIG', 'RELEASE_ALLOW_SAMPLE', 'TARO_OUTPUT_ROOT']) delete clean[k]
  const r = spawnSync('npx', ['tsx', 'scripts/build-release.ts'], { cwd: ROOT, env: { ...clean, ...env } as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 580_000 })
  return { status: r.status, stderr: r.stderr.trim(), stdout: r.stdout }
}

const HTTPS = { API_BASE: 'https://xf.city.gov.cn', MEDIA_BASE: 'https://cdn.city.gov.cn/media' }

test.each([
  [{ MEDIA_BASE: HTTPS.MEDIA_BASE }, /API_BASE 未设置/],
  [{ ...HTTPS, API_BASE: 'http://xf.city.gov.cn' }, /API_BASE=http:\/\/xf.city.gov.cn 不是 https/],
  [{ API_BASE: HTTPS.API_BASE }, /MEDIA_BASE 未设置/],
  [{ ...HTTPS }, /bureau.config.example.json 是示例信息/],
  [{ ...HTTPS, BUREAU_CONFIG: 'tests/weapp/no-such-bureau.json' }, /BUREAU_CONFIG=tests\/weapp\/no-such-bureau.json/]
])('build:release with %p exits non-zero with one line', (env, message) => {
  const r = release(env)
  expect(r.status).not.toBe(0)
  expect(r.stderr).toMatch(message)
  expect(r.stderr.split('\n')).toHaveLength(1)
}, 60_000)

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) yield* walk(p)
    else yield p
  }
}

test('a demo release (RELEASE_ALLOW_SAMPLE=1) builds without any loopback address and keeps the 示例 labels', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'weapp-release-'))
  try {
    const r = release({ ...HTTPS, RELEASE_ALLOW_SAMPLE: '1', TARO_OUTPUT_ROOT: out })
    expect(r.stderr.split('\n').slice(-3).join('\n')).not.toMatch(/build:release:/)
    expect(r.status).toBe(0)
    expect(existsSync(path.join(out, 'app.js'))).toBe(true)
    let all = ''
    for (const file of walk(out)) {
      if (!/\.(js|json|wxml|wxss|wxs)$/.test(file)) continue
      const text = readFileSync(file, 'utf8')
      expect({ file, loopback: /localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]/.test(text) }).toEqual({ file, loopback: false })
      all += text
    }
    expect(all).toContain('https://xf.city.gov.cn')
    expect(all).toContain('https://cdn.city.gov.cn/media')
    expect(all).toContain('示例数据：以信访局正式公布为准')
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}, 600_000)
