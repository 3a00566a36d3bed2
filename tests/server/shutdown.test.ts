/**
 * Graceful shutdown under load, through the command a process manager runs (`npm run serve`):
 * SIGTERM sent to npm during 200 concurrent sign-ups reaches the server; every request that was
 * accepted gets an answer (201, or 503 SHUTTING_DOWN in the error shape), none is reset; every
 * 201 is stored; the process exits 0 within 10 s; the SQLite file passes integrity_check with
 * its WAL merged.
 */
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import BetterSqlite3 from 'better-sqlite3'
import { spawnServer } from '../../scripts/spawn-server'
import { ADMIN, describeEachDb, eventInput, person, request } from './helpers'

interface Outcome {
  status?: number
  body?: string
  error?: string
}

/** One POST on its own connection; network errors are reported, not thrown. */
function post(base: string, path: string, headers: Record<string, string>, body: unknown): Promise<Outcome> {
  const u = new URL(base + path)
  const data = JSON.stringify(body)
  return new Promise((resolve) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent: false, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c) => (text += c))
        res.on('end', () => resolve({ status: res.statusCode, body: text }))
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }))
      }
    )
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }))
    req.end(data)
  })
}

describeEachDb('graceful shutdown', (db) => {
  test('SIGTERM to `npm run serve` during 200 concurrent sign-ups: all accepted answered, every 201 stored, exit 0 within 10 s', async () => {
    const server = await spawnServer({ DATABASE_URL: db().url, ADMIN_TOKEN: ADMIN }, { via: 'npm' })
    const admin = { authorization: `Bearer ${ADMIN}` }
    const ev = await request(server.base, { method: 'POST', url: '/api/admin/events', headers: admin, payload: eventInput({ capacity: 150 }) })
    expect(ev.statusCode).toBe(201)
    const eventId = ev.json().id as string
    const tokens: string[] = []
    for (let i = 0; i < 10; i++) tokens.push((await request(server.base, { method: 'POST', url: '/api/session', payload: {} })).json().token)

    let answered = 0
    let signalledAt = 0
    const all = Array.from({ length: 200 }, (_, i) =>
      post(server.base, `/api/events/${eventId}/signups`, { authorization: `Bearer ${tokens[i % 10]}`, 'idempotency-key': `term-${i}` }, person()).then((o) => {
        if (o.status && ++answered === 20) {
          signalledAt = Date.now()
          server.proc.kill('SIGTERM') // npm's own pid only: npm must pass it on
        }
        return o
      })
    )
    const outcomes = await Promise.all(all)
    const code = await server.exit
    const exitMs = Date.now() - signalledAt
    expect(signalledAt).toBeGreaterThan(0)
    expect(code).toBe(0)
    expect(exitMs).toBeLessThan(10_000)
    // The server itself is gone, not just npm.
    expect(await fetch(`${server.base}/api/health`).then(() => 'up', () => 'down')).toBe('down')

    const created = outcomes.filter((o) => o.status === 201).map((o) => JSON.parse(o.body as string).id as string)
    const refused = outcomes.filter((o) => o.status === 503)
    const failed = outcomes.filter((o) => o.error)
    expect(created.length).toBeGreaterThanOrEqual(20)
    for (const r of refused) expect(JSON.parse(r.body as string).error.code).toBe('SHUTTING_DOWN')
    expect(outcomes.filter((o) => o.status && o.status !== 201 && o.status !== 503)).toEqual([])
    // A connection the server never accepted is refused; one it accepted is never reset.
    expect(failed.filter((o) => o.error !== 'ECONNREFUSED')).toEqual([])

    if (db().kind === 'sqlite') {
      const file = db().url.replace(/^sqlite:/, '')
      // Closed cleanly: the WAL was merged into the database file.
      expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0)
      const raw = new BetterSqlite3(file, { readonly: true })
      try {
        expect(raw.pragma('integrity_check', { simple: true })).toBe('ok')
        const ids = new Set((raw.prepare('select id from signups where event_id = ?').all(eventId) as Array<{ id: string }>).map((r) => r.id))
        for (const id of created) expect(ids.has(id)).toBe(true)
      } finally {
        raw.close()
      }
    } else {
      const again = await spawnServer({ DATABASE_URL: db().url, ADMIN_TOKEN: ADMIN })
      try {
        const list = (await request(again.base, { url: `/api/admin/events/${eventId}/signups`, headers: admin })).json().signups as Array<{ id: string }>
        const ids = new Set(list.map((s) => s.id))
        for (const id of created) expect(ids.has(id)).toBe(true)
      } finally {
        again.signal('SIGKILL')
        await again.exit
      }
    }
  }, 90_000)

  test('a connection accepted before SIGTERM whose request comes later than the quiet period gets 503, not a reset', async () => {
    const server = await spawnServer({ DATABASE_URL: db().url })
    const u = new URL(server.base)
    const socket = net.connect(Number(u.port), u.hostname)
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject))
    let reply = ''
    const ended = new Promise<string>((resolve) => {
      socket.on('data', (c) => (reply += c.toString('utf8')))
      socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message))
      socket.on('close', () => resolve('closed'))
    })
    server.signal('SIGTERM')
    // Longer than the quiet period: draining has ended and the listener is closed, yet a connection
    // accepted before is not reset as idle; its request is still answered.
    await new Promise((r) => setTimeout(r, 1500))
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n')
    expect(await ended).toBe('closed')
    expect(reply).toMatch(/^HTTP\/1\.1 503/)
    expect(reply).toContain('SHUTTING_DOWN')
    expect(await server.exit).toBe(0)
  }, 30_000)
})
