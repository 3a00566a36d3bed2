/**
 * The real `tsx server/main.ts` process: kill -9 in the middle of a stream of sign-ups loses
 * no acknowledged sign-up, and SIGTERM shuts down cleanly with exit code 0.
 */
import { spawnServer } from '../../scripts/spawn-server'
import { ADMIN, describeEachDb, eventInput, person, request } from './helpers'

const startServer = (databaseUrl: string) => spawnServer({ DATABASE_URL: databaseUrl, ADMIN_TOKEN: ADMIN })

describeEachDb('server process', (db) => {
  test('kill -9 during a stream of sign-ups: every acknowledged sign-up is there exactly once', async () => {
    let server = await startServer(db().url)
    const admin = { authorization: `Bearer ${ADMIN}` }
    const ev = await request(server.base, { method: 'POST', url: '/api/admin/events', headers: admin, payload: eventInput({ capacity: 25 }) })
    expect(ev.statusCode).toBe(201)
    const eventId = ev.json().id as string
    const token = (await request(server.base, { method: 'POST', url: '/api/session', payload: {} })).json().token as string

    const acked: Array<{ key: string; body: Record<string, unknown>; answer: string; id: string; phone: string }> = []
    let killed = false
    let n = 0
    const worker = async () => {
      while (!killed) {
        const key = `crash-${n++}`
        const body = person()
        try {
          const res = await request(server.base, {
            method: 'POST',
            url: `/api/events/${eventId}/signups`,
            headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
            payload: body
          })
          if (res.statusCode === 201) acked.push({ key, body, answer: res.body, id: res.json().id, phone: body.phone as string })
          else throw new Error(`unexpected ${res.statusCode} ${res.body}`)
          if (acked.length >= 40 && !killed) {
            killed = true
            server.signal('SIGKILL')
          }
        } catch (e) {
          if (!killed) throw e
        }
      }
    }
    await Promise.all([worker(), worker(), worker(), worker()])
    expect(await server.exit).toBeNull() // killed by a signal, no exit code
    expect((await fetch(`${server.base}/api/health`).then(() => 'up', () => 'down'))).toBe('down')
    expect(acked.length).toBeGreaterThanOrEqual(40)

    server = await startServer(db().url)
    try {
      const list = await request(server.base, { url: `/api/admin/events/${eventId}/signups`, headers: admin })
      const signups = list.json().signups as Array<{ id: string; phone: string; status: string; partySize: number }>
      const ids = signups.map((s) => s.id)
      for (const a of acked) {
        expect(ids.filter((id) => id === a.id)).toHaveLength(1)
        expect(signups.filter((s) => s.phone === a.phone)).toHaveLength(1)
      }
      expect(new Set(signups.map((s) => s.phone)).size).toBe(signups.length)
      const seats = signups.filter((s) => s.status === 'confirmed').reduce((x, s) => x + s.partySize, 0)
      expect(seats).toBeLessThanOrEqual(25)
      // The idempotency record survived too: a retry replays the acknowledged answer.
      const a = acked[acked.length - 1]
      const replay = await request(server.base, {
        method: 'POST',
        url: `/api/events/${eventId}/signups`,
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': a.key },
        payload: a.body
      })
      expect(replay.statusCode).toBe(201)
      expect(replay.body).toBe(a.answer)
      expect((await request(server.base, { url: `/api/admin/events/${eventId}/signups`, headers: admin })).json().signups).toHaveLength(signups.length)
    } finally {
      server.signal('SIGKILL')
      await server.exit
    }
  }, 90_000)

  test('SIGTERM: graceful shutdown with exit code 0', async () => {
    const server = await startServer(db().url)
    expect((await request(server.base, '/api/health')).statusCode).toBe(200)
    server.proc.kill('SIGTERM')
    expect(await server.exit).toBe(0)
    expect(server.output()).not.toMatch(/Error|failed/i)
  }, 60_000)
})
