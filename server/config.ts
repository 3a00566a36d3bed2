/** Reads the server's configuration from the environment (see README's configuration table). */
import path from 'node:path'
import type { AppOptions } from './app'
import { sampleDataFromEnv } from './sample-data'
import { DEFAULT_RETENTION, type RetentionPolicy } from './store'

export interface ServerConfig extends AppOptions {
  port: number
  host: string
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

export function configFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const appId = env.WECHAT_APPID?.trim()
  const secret = env.WECHAT_SECRET?.trim()
  return {
    port: intEnv(env, 'PORT', 8080, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl: env.DATABASE_URL,
    adminToken: env.ADMIN_TOKEN?.trim() || undefined,
    signupRateLimit: intEnv(env, 'SIGNUP_RATE_LIMIT', 20, 0, 1_000_000),
    retention: retentionFromEnv(env),
    wechat: appId && secret ? { appId, secret } : null,
    staticDir: path.resolve(cwd, env.STATIC_DIR?.trim() || 'dist/h5'),
    mediaDir: path.resolve(cwd, env.MEDIA_DIR?.trim() || 'media'),
    sampleData: sampleDataFromEnv(env),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true'
  }
}
