/** Reads the server's configuration from the environment (see README's configuration table). */
import net from 'node:net'
import path from 'node:path'
import type { AppOptions } from './app'
import { adminTokenProblem } from './plugins/auth'
import { DEFAULT_RETENTION, type RetentionPolicy } from './repositories/retention'

export interface ServerConfig extends AppOptions {
  port: number
  host: string
  /** How long a graceful shutdown may take before the process gives up (ms). */
  shutdownTimeoutMs: number
}

function intEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name}=${raw} 无效 / invalid: expected an integer ${min}..${max}`)
  }
  return n
}

/**
 * SIGNUP_RETENTION_DAYS (default 30: names and phones are erased 30 days after the event ends,
 * as the privacy notice says) and SESSION_IDLE_DAYS (default 180). Shared by the server and
 * `cli -- events purge`.
 */
export function retentionFromEnv(env: NodeJS.ProcessEnv = process.env): RetentionPolicy {
  return {
    retentionDays: intEnv(env, 'SIGNUP_RETENTION_DAYS', DEFAULT_RETENTION.retentionDays, 0, 3650),
    sessionIdleDays: intEnv(env, 'SESSION_IDLE_DAYS', DEFAULT_RETENTION.sessionIdleDays, 1, 3650)
  }
}

/**
 * TRUST_PROXY: unset/0/false → the socket's address is the client; a number n → believe the
 * last n X-Forwarded-For entries (n proxies in front, each appending what it saw); otherwise a
 * comma-separated list of proxy addresses or CIDR ranges to believe. `true` (believe any
 * X-Forwarded-For, so anyone can claim any address) is refused.
 */
export function parseTrustProxy(raw: string | undefined): false | number | string[] {
  const v = (raw ?? '').trim()
  if (v === '' || v === '0' || v.toLowerCase() === 'false') return false
  if (/^\d+$/.test(v)) {
    const n = Number(v)
    if (n > 10) throw new Error(`TRUST_PROXY=${v} 无效 / invalid: expected 0..10 proxy hops`)
    return n
  }
  if (v.toLowerCase() === 'true') {
    throw new Error('TRUST_PROXY=true 不安全：请填代理层数（如 1）或代理地址 / unsafe: give the number of proxy hops (e.g. 1) or the proxies\' addresses')
  }
  const list = v.split(',').map((x) => x.trim()).filter(Boolean)
  for (const a of list) {
    const [ip, bits, extra] = a.split('/')
    const version = net.isIP(ip)
    const okBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 6 ? 128 : 32))
    if (!version || !okBits || extra !== undefined) {
      throw new Error(`TRUST_PROXY 中的 ${a} 不是 IP 地址或网段 / ${a} is not an IP address or CIDR range`)
    }
  }
  return list
}

function originOf(url: string | undefined): string[] {
  if (!url) return []
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:' ? [u.origin] : []
  } catch {
    return []
  }
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const appId = env.WECHAT_APPID?.trim()
  const secret = env.WECHAT_SECRET?.trim()
  const adminToken = env.ADMIN_TOKEN || undefined
  if (adminToken !== undefined) {
    const problem = adminTokenProblem(adminToken)
    if (problem) throw new Error(problem)
  }
  return {
    port: intEnv(env, 'PORT', 8080, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl: env.DATABASE_URL,
    adminToken,
    signupRateLimit: intEnv(env, 'SIGNUP_RATE_LIMIT', 20, 0, 1_000_000),
    retention: retentionFromEnv(env),
    wechat: appId && secret ? { appId, secret } : null,
    staticDir: path.resolve(cwd, env.STATIC_DIR?.trim() || 'dist/h5'),
    mediaDir: path.resolve(cwd, env.MEDIA_DIR?.trim() || 'media'),
    adminDir: path.resolve(cwd, env.ADMIN_DIR?.trim() || 'dist/admin'),
    mediaOrigins: originOf(env.MEDIA_BASE),
    sampleData: env.SAMPLE_DATA !== '0',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    requestTimeoutMs: intEnv(env, 'REQUEST_TIMEOUT_MS', 30_000, 200, 600_000),
    shutdownTimeoutMs: intEnv(env, 'SHUTDOWN_TIMEOUT_MS', 8_000, 100, 60_000)
  }
}
