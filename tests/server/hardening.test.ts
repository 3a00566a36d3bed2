/**
 * Production hardening: slow clients cut off, proxies trusted only as configured, security
 * headers, start-up refusals, text that lies about itself, staff event sanity, DELETE with an
 * empty JSON body, and a busy SQLite file never stalling health checks.
 */
import net from 'node:net'
import BetterSqlite3 from 'better-sqlite3'
import { buildApp } from '../../server/app'
import { configFromEnv, parseTrustProxy } from '../../server/config'
import { ADMIN, client, createTestDb, describeEachDb, type TestDb, eventInput, futureIso, makeApp, person, request, useTestApp } from './helpers'

// Several tests start extra app instances; on a loaded 2-core machine that takes seconds.
jest.setTimeout(30_000)

/** Opens a socket, writes `text`, and resolves with the ms until the server closed it (and what it said). */
function halfSent(base: string, text: string, giveUpMs: number): Promise<{ closedAfterMs: number; answer: string }> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve) => {
    const started = Date.now()
    let answer = ''
    const sock = net.connect(Number(port), hostname, () => sock.write(text))
    const timer = setTimeout(() => {
      sock.destroy()
      resolve({ closedAfterMs: Infinity, answer })
    }, giveUpMs)
    sock.on('data', (d) => (answer += d.toString('utf8')))
    sock.on('error', () => undefined)
    sock.on('close', () => {
      clearTimeout(timer)
      resolve({ closedAfterMs: Date.now() - started, answer })
    })
  })
}

describeEachDb('hardening', (db) => {
  const suite = useTestApp(db)

  test('half-sent requests (headers or body) are closed within the request timeout', async () => {
    const quick = await makeApp(db(), { requestTimeoutMs: 1000 })
    try {
      const ev = await client(quick).createEvent()
      const results = await Promise.all([
        ...Array.from({ length: 10 }, () => halfSent(quick.base, 'GET /api/events HTTP/1.1\r\nHost: x\r\nX-Slow: ', 8000)),
        ...Array.from({ length: 10 }, () =>
          halfSent(quick.base, `POST /api/events/${ev.id}/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"name":`, 8000)
        ),
        halfSent(quick.base, '', 8000)
      ])
      for (const r of results) expect(r.closedAfterMs).toBeLessThan(4000)
      // Where the server could still answer, it answered in the error shape (408, or 401 for a
      // sign-up without a session, which is refused before its body is read).
      for (const r of results.filter((x) => x.answer)) expect(r.answer).toMatch(/^HTTP\/1\.1 4\d\d [^]*"code":"[A-Z_]+"/)
      expect((await quick.inject('/api/health')).statusCode).toBe(200)
    } finally {
      await quick.close()
    }
    // The default is 30 s, configurable by REQUEST_TIMEOUT_MS.
    expect(configFromEnv({}).requestTimeoutMs).toBe(30_000)
    expect(configFromEnv({ REQUEST_TIMEOUT_MS: '5000' }).requestTimeoutMs).toBe(5000)
  }, 30_000)

  test('TRUST_PROXY takes hops or addresses; a forged leftmost X-Forwarded-For does not escape the limit', async () => {
    expect(parseTrustProxy(undefined)).toBe(false)
    expect(parseTrustProxy('0')).toBe(false)
    expect(parseTrustProxy('1')).toBe(1)
    expect(parseTrustProxy('10.0.0.1, 192.168.0.0/16')).toEqual(['10.0.0.1', '192.168.0.0/16'])
    for (const bad of ['true', 'yes', '10.0.0.1/40', '11']) expect(() => parseTrustProxy(bad)).toThrow(/TRUST_PROXY/)

    // Each setting gets its own real client: the counters are shared through the database.
    for (const [trustProxy, real] of [[1, '203.0.113.7'], [['127.0.0.1'], '203.0.113.17']] as const) {
      const proxied = await makeApp(db(), { trustProxy: trustProxy as number | string[], signupRateLimit: 3 })
      try {
        const pc = client(proxied)
        const ev = await pc.createEvent({ capacity: 100 })
        const codes: number[] = []
        for (let i = 0; i < 8; i++) {
          // A new session each time, and a different forged leftmost entry; our proxy appended the real client.
          const t = await pc.session()
          const res = await proxied.inject({
            method: 'POST',
            url: `/api/events/${ev.id}/signups`,
            headers: { authorization: `Bearer ${t}`, 'idempotency-key': `fwd-${i}`, 'x-forwarded-for': `10.9.${i}.${i}, ${real}` },
            payload: person()
          })
          codes.push(res.statusCode)
        }
        expect(codes).toEqual([201, 201, 201, 429, 429, 429, 429, 429])
        // A different real client (what the proxy appended) has its own budget.
        const other = await proxied.inject({
          method: 'POST',
          url: `/api/events/${ev.id}/signups`,
          headers: { authorization: `Bearer ${await pc.session()}`, 'idempotency-key': 'fwd-other', 'x-forwarded-for': `${real}1` },
          payload: person()
        })
        expect(other.statusCode).toBe(201)
      } finally {
        await proxied.close()
      }
    }
  })

  test('several instances share one rate limit (the counters live in the database)', async () => {
    const a = await makeApp(db(), { signupRateLimit: 4 })
    const b = await makeApp(db(), { signupRateLimit: 4 })
    try {
      const ca = client(a)
      const ev = await ca.createEvent({ capacity: 100 })
      const token = await ca.session()
      const codes: number[] = []
      for (let i = 0; i < 6; i++) codes.push((await client(i % 2 ? b : a).signup(token, ev.id, person())).statusCode)
      expect(codes).toEqual([201, 201, 201, 201, 429, 429])
      const limited = await client(b).signup(token, ev.id, person())
      expect(limited.json().error.code).toBe('RATE_LIMITED')
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    } finally {
      await a.close()
      await b.close()
    }
  })

  test('security headers: CSP, nosniff, frame-ancestors, Referrer-Policy; HSTS only over https', async () => {
    const res = await suite.app.inject('/api/health')
    const csp = res.headers['content-security-policy']
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toMatch(/img-src [^;]*data:[^;]*blob:/)
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['strict-transport-security']).toBeUndefined()
    const behindHttps = await makeApp(db(), { trustProxy: 1 })
    try {
      const viaProxy = await behindHttps.inject({ url: '/api/health', headers: { 'x-forwarded-proto': 'https' } })
      expect(viaProxy.headers['strict-transport-security']).toMatch(/max-age=\d+/)
      // Without a trusted proxy, a client cannot claim https.
      const forged = await suite.app.inject({ url: '/api/health', headers: { 'x-forwarded-proto': 'https' } })
      expect(forged.headers['strict-transport-security']).toBeUndefined()
    } finally {
      await behindHttps.close()
    }
  })

  test('start-up refuses an ADMIN_TOKEN under 32 characters or with characters a header cannot carry', async () => {
    for (const bad of ['short-token', 'x'.repeat(31), `${'x'.repeat(32)} with space`, `${'x'.repeat(32)}\u00e9`, `${'x'.repeat(32)}\n`]) {
      expect(() => configFromEnv({ ADMIN_TOKEN: bad })).toThrow(/ADMIN_TOKEN/)
      await expect(buildApp({ databaseUrl: db().url, adminToken: bad })).rejects.toThrow(/ADMIN_TOKEN/)
    }
    expect(configFromEnv({ ADMIN_TOKEN: ADMIN }).adminToken).toBe(ADMIN)
    expect(configFromEnv({}).adminToken).toBeUndefined()
  })

  test('names that only look like names and bidi controls are refused; real names in many scripts pass', async () => {
    const ev = await suite.c.createEvent({ capacity: 100 })
    const token = await suite.c.session()
    const refused = ['\u3164', '\u3164\u3164', '\u0301', '\u0301张三', '张 \u0301', 'Z\u0301\u0302\u0303\u0304a', '王\u202e五', '王\u2066五', '李\u200b四', '\u2800\u2800', '\uffa0']
    for (const name of refused) {
      const res = await suite.c.signup(token, ev.id, person({ name }))
      expect([name, res.statusCode]).toEqual([name, 400])
      expect(res.json().error.fields[0]).toMatchObject({ field: 'name', code: 'INVALID_CHARS' })
    }
    for (const name of ['张三', '欧阳娜娜', 'Nguyễn Thị Ánh', 'Nguye\u0323\u0302n', 'José Núñez', 'محمد', 'ئابدۇللا', 'Ольга', '阿依古丽·买买提']) {
      const res = await suite.c.signup(token, ev.id, person({ name }))
      expect([name, res.statusCode]).toEqual([name, 201])
    }
    // Staff texts too.
    const bidi = await suite.app.inject({ method: 'POST', url: '/api/admin/events', headers: suite.c.adminHeaders, payload: eventInput({ title: '宣讲\u202e会' }) })
    expect(bidi.statusCode).toBe(400)
    expect(bidi.json().error.fields[0]).toMatchObject({ field: 'title', code: 'INVALID_CHARS' })
  })

  test('staff events: years 2000–2100, no start in the past on create, a sane duration', async () => {
    const post = (over: Record<string, unknown>) => suite.app.inject({ method: 'POST', url: '/api/admin/events', headers: suite.c.adminHeaders, payload: eventInput(over) })
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ startsAt: '2101-01-01T10:00:00+08:00', endsAt: '2101-01-01T12:00:00+08:00' }, 'startsAt', 'OUT_OF_RANGE'],
      [{ startsAt: '1999-01-01T10:00:00+08:00', endsAt: '1999-01-01T12:00:00+08:00' }, 'startsAt', 'OUT_OF_RANGE'],
      [{ startsAt: futureIso(-1) }, 'startsAt', 'IN_THE_PAST'],
      [{ startsAt: futureIso(3, 9), endsAt: futureIso(4, 10) }, 'endsAt', 'BAD_DURATION'],
      [{ startsAt: futureIso(3, 9), endsAt: new Date(Date.parse(futureIso(3, 9)) + 5 * 60_000).toISOString() }, 'endsAt', 'BAD_DURATION'],
      [{ startsAt: futureIso(3, 9), endsAt: futureIso(3, 8) }, 'endsAt', 'BEFORE_START'],
      [{ title: 'x'.repeat(61) }, 'title', 'TOO_LONG']
    ]
    for (const [over, field, code] of cases) {
      const res = await post(over)
      expect([over, res.statusCode]).toEqual([over, 400])
      expect(res.json().error.fields[0]).toMatchObject({ field, code })
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/)
    }
    // The contract's label names the field in schema errors.
    expect((await post({ title: 'x'.repeat(61) })).json().error.message).toContain('title（标题）')
    expect((await post({ startsAt: futureIso(3, 9), endsAt: futureIso(3, 21) })).statusCode).toBe(201)
  })

  test('DELETE with Content-Type: application/json and an empty body works (wx.request sends that)', async () => {
    const ev = await suite.c.createEvent()
    const token = await suite.c.session()
    const s = (await suite.c.signup(token, ev.id, person())).json()
    const res = await suite.app.inject({ method: 'DELETE', url: `/api/me/signups/${s.id}`, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: '' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ id: s.id, status: 'cancelled' })
    // An empty JSON body where one is expected is still an error.
    const post = await suite.app.inject({ method: 'POST', url: `/api/events/${ev.id}/signups`, headers: { authorization: `Bearer ${token}`, 'idempotency-key': 'empty', 'content-type': 'application/json' }, payload: '' })
    expect(post.statusCode).toBe(400)
  })
})

describe('SQLite write lock held by another process', () => {
  let tdb: TestDb
  beforeAll(async () => {
    tdb = await createTestDb('sqlite')
  })
  afterAll(async () => {
    await tdb.cleanup()
  })
  const db = () => tdb

  test('another process holding the SQLite write lock never freezes health checks; writes wait, then go through', async () => {
    const lockedApp = await makeApp(db(), { busyDeadlineMs: 8000 })
    const lc = client(lockedApp)
    const ev = await lc.createEvent()
    const token = await lc.session()
    const other = new BetterSqlite3(db().url.replace(/^sqlite:/, ''))
    try {
      other.exec('begin immediate')
      const pending = lc.signup(token, ev.id, person())
      await new Promise((r) => setTimeout(r, 300))
      for (let i = 0; i < 3; i++) {
        const started = Date.now()
        const health = await lockedApp.inject('/api/health')
        expect(health.statusCode).toBe(200)
        expect(Date.now() - started).toBeLessThan(1000)
        expect((await lockedApp.inject(`/api/events/${ev.id}`)).statusCode).toBe(200)
      }
      other.exec('commit')
      expect((await pending).statusCode).toBe(201)
      // Held past the deadline: 503 DB_BUSY in the error shape, not a hang.
      const short = await makeApp(db(), { busyDeadlineMs: 300 })
      try {
        other.exec('begin immediate')
        const busy = await client(short).signup(token, ev.id, person())
        expect(busy.statusCode).toBe(503)
        expect(busy.json().error.code).toBe('DB_BUSY')
        other.exec('rollback')
      } finally {
        await short.close()
      }
    } finally {
      other.close()
      await lockedApp.close()
    }
  }, 30_000)
})

describeEachDb('several instances', (db) => {
  test('two server processes on one database, 200 concurrent sign-ups split between them: exactly the capacity confirmed', async () => {
    const { spawnServer } = await import('../../scripts/spawn-server')
    const [a, b] = await Promise.all([spawnServer({ DATABASE_URL: db().url, ADMIN_TOKEN: ADMIN }), spawnServer({ DATABASE_URL: db().url, ADMIN_TOKEN: ADMIN })])
    try {
      const admin = { authorization: `Bearer ${ADMIN}` }
      const ev = (await request(a.base, { method: 'POST', url: '/api/admin/events', headers: admin, payload: eventInput({ capacity: 30 }) })).json()
      const tokens: string[] = []
      for (let i = 0; i < 10; i++) tokens.push((await request(i % 2 ? b.base : a.base, { method: 'POST', url: '/api/session', payload: {} })).json().token)
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          request(i % 2 ? b.base : a.base, {
            method: 'POST',
            url: `/api/events/${ev.id}/signups`,
            headers: { authorization: `Bearer ${tokens[i % 10]}`, 'idempotency-key': `multi-${i}` },
            payload: person()
          })
        )
      )
      expect(results.filter((r) => r.statusCode !== 201).map((r) => `${r.statusCode} ${r.body}`)).toEqual([])
      const bodies = results.map((r) => r.json() as { status: string; position: number | null })
      expect(bodies.filter((x) => x.status === 'confirmed')).toHaveLength(30)
      expect(bodies.filter((x) => x.status === 'waitlisted').map((x) => x.position).sort((p, q) => (p as number) - (q as number))).toEqual(
        Array.from({ length: 170 }, (_, i) => i + 1)
      )
      for (const base of [a.base, b.base]) {
        const staff = (await request(base, { url: `/api/admin/events/${ev.id}/signups`, headers: admin })).json()
        expect(staff.event).toMatchObject({ seatsLeft: 0, status: 'full' })
        expect(staff.signups.filter((s: { status: string }) => s.status === 'confirmed')).toHaveLength(30)
      }
    } finally {
      a.signal('SIGKILL')
      b.signal('SIGKILL')
      await Promise.all([a.exit, b.exit])
    }
  }, 90_000)
})
