/**
 * The real `tsx server/main.ts` process: kill -9 in the middle of a stream of sign-ups loses
 * no acknowledged sign-up, and SIGTERM shuts down cleanly with exit code 0.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { ADMIN, describeEachDb, eventInput, person, request } from './helpers'

const ROOT = path.resolve(__dirname, '../..')
const TSX = path.join(ROOT, 'node_modules/.bin/tsx')

/** SIGKILL the whole process group (tsx wrapper and the node process running the server). */
function killHard(proc: ChildProcess) {
  try {
    process.kill(-(proc.pid as number), 'SIGKILL')
  } catch {
    /* already gone */
  }
}

interface Running {
  proc: ChildProcess
  base: string
  exit: Promise<number | null>
  output: () => string
}

function startServer(databaseUrl: string): Promise<Running> {
  const proc = spawn(TSX, ['server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      ADMIN_TOKEN: ADMIN,
      SIGNUP_RATE_LIMIT: '0',
      SAMPLE_DATA: '0',
      STATIC_DIR: path.join(ROOT, 'does-not-exist-h5'),
      MEDIA_DIR: path.join(ROOT, 'does-not-exist-media'),
      LOG_LEVEL: 'warn'
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: tsx runs the server in a child node process, and kill -9 must hit
    // that process (a SIGKILL cannot be relayed by the tsx wrapper).
    detached: true
  })
  let out = ''
  const exit = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000)
    const onData = (d: Buffer) => {
      out += d.toString()
      const m = /listening on (http:\/\/[^\s/]+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ proc, base: m[1], exit, output: () => out })
      }
    }
    proc.stdout?.on('data', onData)
    proc.stderr?.on('data', onData)
    exit.then((code) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code}) before listening:\n${out}`))
    })
  })
}

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
            killHard(server.proc)
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
      killHard(server.proc)
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
