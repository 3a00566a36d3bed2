/**
 * API benchmark: starts the real server (`tsx server/main.ts`) on an ephemeral port with a
 * temporary SQLite file and SIGNUP_RATE_LIMIT=0, then runs autocannon at 50 connections for
 * ~5 s each against GET /api/health and POST sign-ups (a unique Idempotency-Key and phone per
 * request, on a large-capacity event), and prints req/s and p99 latency side by side.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnServer, type RunningServer } from '../spawn-server'

interface AutocannonResult {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number }
  non2xx: number
  errors: number
  timeouts: number
}
interface AutocannonRequest {
  method?: string
  path?: string
  headers?: Record<string, string>
  body?: string
  setupRequest?: (req: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest
}
type Autocannon = (opts: {
  url: string
  connections: number
  duration: number
  requests?: AutocannonRequest[]
  method?: string
  headers?: Record<string, string>
}) => Promise<AutocannonResult>

// autocannon ships no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon

const CONNECTIONS = 50
const DURATION_S = 5

function startServer(dbFile: string, adminToken: string): Promise<RunningServer> {
  return spawnServer({ DATABASE_URL: `sqlite:${dbFile}`, ADMIN_TOKEN: adminToken })
}

async function json(url: string, init: RequestInit): Promise<Record<string, unknown>> {
  const res = await fetch(url, init)
  const body = (await res.json()) as Record<string, unknown>
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${JSON.stringify(body)}`)
  return body
}

export interface ApiBenchRow {
  name: string
  reqPerSec: number
  p99Ms: number
  non2xx: number
  errors: number
}

export async function benchApi(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-bench-'))
  const adminToken = crypto.randomBytes(16).toString('hex')
  const server = await startServer(path.join(dir, 'bench.db'), adminToken)
  const { base } = server
  try {
    const start = new Date(Date.now() + 30 * 86400_000).toISOString()
    const end = new Date(Date.now() + 30 * 86400_000 + 7200_000).toISOString()
    const event = await json(`${base}/api/admin/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'lecture',
        title: '压测活动',
        summary: '',
        startsAt: start,
        endsAt: end,
        venue: '（示例）压测',
        address: '',
        district: '思明',
        speaker: '',
        capacity: 100000,
        latitude: 24.45,
        longitude: 118.08
      })
    })
    const { token } = (await json(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })) as { token: string }

    const rows: ApiBenchRow[] = []
    const health = await autocannon({ url: `${base}/api/health`, connections: CONNECTIONS, duration: DURATION_S })
    rows.push({ name: 'GET /api/health', reqPerSec: health.requests.average, p99Ms: health.latency.p99, non2xx: health.non2xx, errors: health.errors + health.timeouts })

    let n = 0
    const signups = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          method: 'POST',
          path: `/api/events/${event.id as string}/signups`,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          setupRequest: (req) => {
            n++
            return {
              ...req,
              headers: { ...req.headers, 'idempotency-key': `bench-${n}` },
              body: JSON.stringify({ name: '压测', phone: `139${String(n).padStart(8, '0')}`, partySize: 1, consent: true })
            }
          }
        }
      ]
    })
    rows.push({ name: 'POST /api/events/:id/signups', reqPerSec: signups.requests.average, p99Ms: signups.latency.p99, non2xx: signups.non2xx, errors: signups.errors + signups.timeouts })

    const w = Math.max(...rows.map((r) => r.name.length))
    const lines = [
      `API (SQLite, WAL + synchronous=FULL; ${CONNECTIONS} connections, ${DURATION_S} s each)`,
      `${'endpoint'.padEnd(w)}  ${'req/s'.padStart(9)}  ${'p99 ms'.padStart(8)}  ${'non-2xx'.padStart(8)}`,
      ...rows.map((r) => `${r.name.padEnd(w)}  ${r.reqPerSec.toFixed(0).padStart(9)}  ${r.p99Ms.toFixed(0).padStart(8)}  ${String(r.non2xx + r.errors).padStart(8)}`)
    ]
    process.stdout.write(lines.join('\n') + '\n')
  } finally {
    server.signal('SIGTERM')
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (require.main === module) {
  benchApi().catch((err) => {
    process.stderr.write(`bench failed: ${(err as Error).message}\n`)
    process.exit(1)
  })
}
