/**
 * Shared test plumbing: every server suite runs once on a fresh SQLite temp file and once on
 * PostgreSQL (a fresh random schema) when TEST_DATABASE_URL is set; otherwise the PostgreSQL
 * variant is skipped with a printed reason.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import crypto from 'node:crypto'
import pg from 'pg'
import type { FastifyInstance } from 'fastify'
import { buildApp, type AppOptions } from '../../server/app'

export const PG_URL = process.env.TEST_DATABASE_URL?.trim() || ''
export const ADMIN = 'test-admin-token-1234567890-abcdefgh'

let warned = false
function warnSkip() {
  if (!warned) {
    warned = true
    console.warn('PostgreSQL suite skipped: TEST_DATABASE_URL not set')
  }
}

export interface TestDb {
  kind: 'sqlite' | 'postgres'
  /** DATABASE_URL for the server / CLI. */
  url: string
  cleanup(): Promise<void>
}

export async function createTestDb(kind: 'sqlite' | 'postgres'): Promise<TestDb> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-test-'))
    return {
      kind,
      url: `sqlite:${path.join(dir, 'app.db')}`,
      cleanup: async () => fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  const schema = `t_${crypto.randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const sep = PG_URL.includes('?') ? '&' : '?'
  return {
    kind,
    url: `${PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: PG_URL })
      await c.connect()
      await c.query(`drop schema if exists ${schema} cascade`)
      await c.end()
    }
  }
}

/**
 * describe() the body once per database. `db()` gives the current variant's TestDb inside
 * hooks and tests (a fresh database per describe block).
 */
export function describeEachDb(title: string, body: (db: () => TestDb) => void) {
  for (const kind of ['sqlite', 'postgres'] as const) {
    const skip = kind === 'postgres' && !PG_URL
    if (skip) warnSkip()
    const d = skip ? describe.skip : describe
    d(`${title} [${kind}]`, () => {
      let current: TestDb | undefined
      beforeAll(async () => {
        current = await createTestDb(kind)
      })
      afterAll(async () => {
        await current?.cleanup()
      })
      body(() => {
        if (!current) throw new Error('test database not ready')
        return current
      })
    })
  }
}

export interface InjectOptions {
  method?: string
  url: string
  headers?: Record<string, string>
  /** An object is sent as JSON; a string as is. */
  payload?: unknown
}

export interface InjectResponse {
  statusCode: number
  headers: Record<string, string>
  body: string
  rawPayload: Buffer
  json(): any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * The app listening on an ephemeral port, with an inject()-like helper over real HTTP.
 * (Fastify's inject() cannot load under jest on Node 20: light-my-request needs the ESM-only
 * cookie@2, and jest's module runtime has no require(esm).)
 */
export interface TestApp {
  app: FastifyInstance
  base: string
  inject(opts: InjectOptions | string): Promise<InjectResponse>
  close(): Promise<void>
}

export async function request(base: string, o: InjectOptions | string): Promise<InjectResponse> {
  const opts = typeof o === 'string' ? { url: o } : o
  const headers: Record<string, string> = { ...(opts.headers ?? {}) }
  let body: string | undefined
  if (opts.payload !== undefined) {
    if (typeof opts.payload === 'string') body = opts.payload
    else {
      body = JSON.stringify(opts.payload)
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json'
    }
  }
  const res = await fetch(base + opts.url, { method: opts.method ?? 'GET', headers, body })
  const raw = Buffer.from(await res.arrayBuffer())
  const text = raw.toString('utf8')
  const h: Record<string, string> = {}
  res.headers.forEach((v, k) => (h[k] = v))
  return { statusCode: res.status, headers: h, body: text, rawPayload: raw, json: () => JSON.parse(text) }
}

export async function makeApp(db: TestDb, opts: Partial<AppOptions> = {}): Promise<TestApp> {
  const app = await buildApp({ databaseUrl: db.url, adminToken: ADMIN, signupRateLimit: 0, ...opts })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const addr = app.server.address()
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
  return { app, base, inject: (o) => request(base, o), close: () => app.close() }
}

export function futureIso(days: number, hour = 10): string {
  const t = Date.now() + days * 86400_000
  const d = new Date(t + 8 * 3600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(hour)}:00:00+08:00`
}

export function eventInput(over: Record<string, unknown> = {}) {
  const startsAt = (over.startsAt as string) ?? futureIso(7)
  return {
    kind: 'lecture',
    title: '测试宣讲',
    summary: '测试用活动',
    startsAt,
    endsAt: Number.isFinite(Date.parse(startsAt)) ? new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString() : futureIso(7, 12),
    venue: '（测试）社区中心',
    address: '（测试地址）',
    district: '思明',
    speaker: '（示例）律师值班',
    capacity: 20,
    latitude: 24.45,
    longitude: 118.08,
    ...over
  }
}

/** One app and its client for a whole describe block: started before its tests, closed after. */
export function useTestApp(db: () => TestDb, opts: Partial<AppOptions> = {}): { app: TestApp; c: ReturnType<typeof client> } {
  const suite = {} as { app: TestApp; c: ReturnType<typeof client> }
  beforeAll(async () => {
    suite.app = await makeApp(db(), opts)
    suite.c = client(suite.app)
  })
  afterAll(async () => {
    await suite.app?.close()
  })
  return suite
}

/** Injection helpers around one app. */
export function client(app: TestApp) {
  const adminHeaders = { authorization: `Bearer ${ADMIN}` }
  return {
    async createEvent(over: Record<string, unknown> = {}) {
      const res = await app.inject({ method: 'POST', url: '/api/admin/events', headers: adminHeaders, payload: eventInput(over) })
      if (res.statusCode !== 201) throw new Error(`createEvent ${res.statusCode} ${res.body}`)
      return res.json() as { id: string; capacity: number; seatsLeft: number; status: string }
    },
    async session(): Promise<string> {
      const res = await app.inject({ method: 'POST', url: '/api/session', payload: {} })
      if (res.statusCode !== 200) throw new Error(`session ${res.statusCode} ${res.body}`)
      return (res.json() as { token: string }).token
    },
    signup(token: string, eventId: string, body: Record<string, unknown>, key: string = crypto.randomUUID()) {
      return app.inject({
        method: 'POST',
        url: `/api/events/${eventId}/signups`,
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
        payload: body
      })
    },
    async adminSignups(eventId: string) {
      const res = await app.inject({ method: 'GET', url: `/api/admin/events/${eventId}/signups`, headers: adminHeaders })
      if (res.statusCode !== 200) throw new Error(`adminSignups ${res.statusCode} ${res.body}`)
      return res.json() as { event: { seatsLeft: number; status: string }; signups: Array<{ id: string; name: string; phone: string; partySize: number; status: string; position: number | null; checkinCode: string }> }
    },
    adminHeaders
  }
}

let phoneCounter = Math.floor(Math.random() * 1e6)
/** A fresh valid mobile number. */
export function nextPhone(): string {
  phoneCounter = (phoneCounter + 1) % 1e8
  return `139${String(phoneCounter).padStart(8, '0')}`
}

export function person(over: Record<string, unknown> = {}) {
  return { name: '李测试', phone: nextPhone(), partySize: 1, consent: true, ...over }
}
