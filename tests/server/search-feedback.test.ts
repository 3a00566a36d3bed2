/**
 * The search-miss report (issue 14): POST /api/feedback/search stores only scrubbed words and
 * counts per day, with no identifier; staff read the top misses; the purge keeps 90 days.
 */
import os from 'node:os'
import { sql } from 'kysely'
import { run } from '../../scripts/cli/feedback'
import { purgeExpiredPersonalData } from '../../server/repositories/retention'
import { ADMIN, describeEachDb, makeApp, type TestApp } from './helpers'

const DAY = 86_400_000
const T0 = Date.parse('2026-06-10T04:00:00Z') // 12:00 in Beijing

function post(app: TestApp, query: unknown, kind: unknown = 'miss', headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/feedback/search', payload: { query, kind }, headers })
}

async function report(app: TestApp, qs = '') {
  const res = await app.inject({ url: `/api/admin/feedback/search${qs}`, headers: { authorization: `Bearer ${ADMIN}` } })
  expect(res.statusCode).toBe(200)
  return res.json() as { from: string; to: string; queries: { query: string; misses: number; unhelpful: number; total: number; days: number; lastDay: string }[] }
}

describeEachDb('search feedback', (db) => {
  let app: TestApp
  let now = T0
  beforeAll(async () => {
    app = await makeApp(db(), { clock: () => now, purgeIntervalMs: 0 })
  })
  afterAll(async () => {
    await app.close()
  })

  it('stores the scrubbed words only: no name, phone, ID number or digit runs, and no identifier', async () => {
    const res = await post(app, '我叫张三，电话13812345678，身份证11010119900307123X，低保被取消了怎么办', 'miss', {
      authorization: 'Bearer some-session-token',
    })
    expect(res.statusCode).toBe(204)
    const rows = await sql<Record<string, unknown>>`select * from search_feedback`.execute(app.app.database.db)
    expect(rows.rows).toHaveLength(1)
    const row = rows.rows[0]
    expect(Object.keys(row).sort()).toEqual(['day', 'misses', 'query', 'unhelpful'])
    const text = JSON.stringify(row)
    for (const secret of ['张三', '13812345678', '1381', '110101', '123X', 'session']) expect(text).not.toContain(secret)
    expect(row.query).toBe('我叫电话身份证低保被取消了怎么办')
    expect(row.day).toBe('2026-06-10')
  })

  it('counts per normalised query per day, misses and 没有帮助 apart, most reported first', async () => {
    await post(app, '律师能帮我吗？')
    await post(app, '律师 能帮我吗')
    await post(app, '律师能帮我吗', 'unhelpful')
    await post(app, '离婚去哪办')
    now = T0 + DAY
    await post(app, '律师能帮我吗')
    const r = await report(app)
    expect(r.to).toBe('2026-06-11')
    expect(r.queries[0]).toEqual({ query: '律师能帮我吗', misses: 3, unhelpful: 1, total: 4, days: 2, lastDay: '2026-06-11' })
    expect(r.queries.map((q) => q.query).sort()).toEqual(['律师能帮我吗', '离婚去哪办', '我叫电话身份证低保被取消了怎么办'].sort())
    expect((await report(app, '?days=1')).queries.map((q) => q.query)).toEqual(['律师能帮我吗'])
    expect((await report(app, '?limit=1')).queries).toHaveLength(1)
  })

  it('refuses bad input with a stable code and counts nothing that scrubs to empty', async () => {
    for (const [query, kind] of [['', 'miss'], ['x'.repeat(500), 'miss'], ['复查', 'like'], [42, 'miss']] as const) {
      const res = await post(app, query, kind)
      expect(res.statusCode).toBe(400)
      expect(res.json().error.code).toMatch(/^[A-Z_]+$/)
    }
    const before = (await report(app)).queries.length
    expect((await post(app, '13812345678')).statusCode).toBe(204)
    expect((await report(app)).queries.length).toBe(before)
  })

  it('staff only: the report needs the admin token', async () => {
    const res = await app.inject({ url: '/api/admin/feedback/search' })
    expect(res.statusCode).toBe(401)
    expect(res.json().error.code).toBe('UNAUTHORIZED')
    const bad = await app.inject({ url: '/api/admin/feedback/search?days=365', headers: { authorization: `Bearer ${ADMIN}` } })
    expect(bad.statusCode).toBe(400)
  })

  it('is rate limited per client (30 a minute)', async () => {
    now = T0 + 10 * DAY
    const codes: number[] = []
    for (let i = 0; i < 32; i++) codes.push((await post(app, `问题${i % 3}`)).statusCode)
    expect(codes.slice(0, 30).every((c) => c === 204)).toBe(true)
    const limited = await post(app, '问题')
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error.code).toBe('RATE_LIMITED')
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    now += 61_000
    expect((await post(app, '问题')).statusCode).toBe(204)
  })

  it('keeps 90 days: the retention purge deletes older days, and the CLI reports what is left', async () => {
    now = T0 + 95 * DAY
    const r = await purgeExpiredPersonalData(app.app.database, app.app.retention, now)
    // 2026-06-10 and 06-11 are over 90 days old; the rate-limit day (06-20) is not.
    expect(r.searchFeedback).toBe(4)
    const left = await sql<{ day: string }>`select distinct day from search_feedback`.execute(app.app.database.db)
    expect(left.rows.map((x) => x.day)).toEqual(['2026-06-20'])

    const out = { stdout: '', stderr: '' }
    const io = { env: { DATABASE_URL: db().url }, cwd: os.tmpdir(), stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) }
    const code = await run(['report', '--json', '--days', '90'], io)
    expect(code).toBe(0)
    const json = JSON.parse(out.stdout) as { queries: { query: string; total: number }[] }
    // The CLI's own clock is today's; the rows above are in 2026-06, so only check the shape when empty.
    expect(Array.isArray(json.queries)).toBe(true)
    expect(await run(['report', '--days', 'x'], io)).toBe(2)
    expect(out.stderr).toMatch(/--days/)
  })
})
