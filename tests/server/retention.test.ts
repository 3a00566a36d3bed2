/**
 * The privacy notice's promise: sign-up names and phones are deleted 30 days after the event
 * ends. Events are created in the future (so people can sign up), then moved into the past.
 */
import crypto from 'node:crypto'
import os from 'node:os'
import { openDatabase, parseDatabaseUrl, type Database } from '../../server/db'
import { configFromEnv } from '../../server/config'
import { purgeExpiredPersonalData } from '../../server/repositories/retention'
import { run } from '../../scripts/cli/events'
import type { Kysely } from 'kysely'
import { migrateToLatest, migratorFor } from '../../server/db'
import { toBeijingIso } from '../../src/core/date'
import { type TestApp, client, describeEachDb, makeApp, person } from './helpers'

const DAY = 86_400_000

/** Moves an event so that it ended `days` days ago (it lasted 2 hours). */
async function endedDaysAgo(c: ReturnType<typeof client>, app: TestApp, id: string, days: number) {
  const end = Date.now() - days * DAY
  const res = await app.inject({
    method: 'PATCH',
    url: `/api/admin/events/${id}`,
    headers: c.adminHeaders,
    payload: { startsAt: toBeijingIso(end - 2 * 3600_000), endsAt: toBeijingIso(end) }
  })
  if (res.statusCode !== 200) throw new Error(`patch ${res.statusCode} ${res.body}`)
}

function capture(env: NodeJS.ProcessEnv) {
  const out = { stdout: '', stderr: '' }
  return {
    out,
    io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s), env, cwd: os.tmpdir() }
  }
}

describeEachDb('retention purge', (db) => {
  let app: TestApp
  let c: ReturnType<typeof client>
  let raw: Database
  beforeAll(async () => {
    app = await makeApp(db(), { purgeIntervalMs: 0 })
    c = client(app)
    raw = openDatabase(parseDatabaseUrl(db().url))
  })
  afterAll(async () => {
    await app.close()
    await raw.db.destroy()
  })

  test('GET /api/privacy states the policy the purge applies, so the notice in the app cannot drift', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/privacy' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ retentionDays: 30, sessionIdleDays: 180 })
    const custom = await makeApp(db(), { purgeIntervalMs: 0, retention: { retentionDays: 45, sessionIdleDays: 90 } })
    try {
      expect((await custom.inject({ method: 'GET', url: '/api/privacy' })).json()).toEqual({ retentionDays: 45, sessionIdleDays: 90 })
    } finally {
      await custom.close()
    }
  })

  test('31 days after the end: names and phones erased (API, CSV, 我的报名); 29 days: kept; old replay records and idle sessions deleted', async () => {
    const token = await c.session()
    const old = await c.createEvent({ capacity: 3 })
    const recent = await c.createEvent({ capacity: 3 })
    const a = person({ name: '王过期', phone: '13900000031', partySize: 2 })
    const b = person({ name: '钱过期', phone: '13900000032', partySize: 1 })
    const w = person({ name: '孙候补', phone: '13900000033', partySize: 1 })
    const x = person({ name: '周取消', phone: '13900000034', partySize: 1 })
    const k = person({ name: '吴保留', phone: '13900000029', partySize: 1 })
    expect((await c.signup(token, old.id, a, 'old-a')).statusCode).toBe(201)
    expect((await c.signup(token, old.id, b, 'old-b')).statusCode).toBe(201)
    expect((await c.signup(token, old.id, w, 'old-w')).json().status).toBe('waitlisted')
    const cancelled = (await c.signup(token, recent.id, x)).json().id as string
    expect((await app.inject({ method: 'DELETE', url: `/api/me/signups/${cancelled}`, headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200)
    expect((await c.signup(token, recent.id, k, 'recent-k')).statusCode).toBe(201)
    await endedDaysAgo(c, app, old.id, 31)
    await endedDaysAgo(c, app, recent.id, 29)

    // The replay records of the old event's sign-ups are as old as they would really be.
    const longAgo = new Date(Date.now() - 40 * DAY).toISOString()
    await raw.db.updateTable('idempotency').set({ createdAt: longAgo }).where('key', 'like', 'old-%').execute()
    // One session idle for 181 days, one for 2 days.
    const idle = await c.session()
    const active = await c.session()
    const idleSince = new Date(Date.now() - 181 * DAY).toISOString()
    const activeSince = new Date(Date.now() - 2 * DAY).toISOString()
    const [idleRow, activeRow] = [idle, active].map((t) => crypto.createHash('sha256').update(t).digest('hex'))
    await raw.db.updateTable('sessions').set({ lastUsedAt: idleSince }).where('tokenHash', '=', idleRow).execute()
    await raw.db.updateTable('sessions').set({ lastUsedAt: activeSince }).where('tokenHash', '=', activeRow).execute()
    // An idle session no longer works even before the purge removes it; using one records the use.
    expect((await app.inject({ url: '/api/me/signups', headers: { authorization: `Bearer ${idle}` } })).statusCode).toBe(401)
    expect((await app.inject({ url: '/api/me/signups', headers: { authorization: `Bearer ${active}` } })).statusCode).toBe(200)
    const touched = await raw.db.selectFrom('sessions').select('lastUsedAt').where('tokenHash', '=', activeRow).executeTakeFirstOrThrow()
    expect(Date.parse(touched.lastUsedAt as string)).toBeGreaterThan(Date.now() - 60_000)

    const before = await c.adminSignups(old.id)

    const dry = await purgeExpiredPersonalData(app.app.database, app.app.retention, Date.now(), true)
    expect(dry).toMatchObject({ dryRun: true, retentionDays: 30, signups: 3, events: 1, idempotency: 3, sessions: 1 })
    expect((await c.adminSignups(old.id)).signups.map((s) => s.name)).toEqual(['王过期', '钱过期', '孙候补'])

    const done = await purgeExpiredPersonalData(app.app.database, app.app.retention, Date.now())
    expect(done).toMatchObject({ dryRun: false, retentionDays: 30, sessionIdleDays: 180, signups: 3, events: 1, idempotency: 3, sessions: 1 })

    // Old event: rows kept with status, party size, code and seat counts; no name or phone.
    const after = await c.adminSignups(old.id)
    expect(after.signups.map((s) => [s.name, s.phone])).toEqual([['', ''], ['', ''], ['', '']])
    expect(after.signups.map((s) => [s.status, s.partySize, s.position, s.checkinCode])).toEqual(
      before.signups.map((s) => [s.status, s.partySize, s.position, s.checkinCode])
    )
    expect(after.event.seatsLeft).toBe(before.event.seatsLeft)
    const csv = await app.inject({ url: `/api/admin/events/${old.id}/signups.csv`, headers: c.adminHeaders })
    expect(csv.statusCode).toBe(200)
    for (const p of [a, b, w]) {
      expect(csv.body).not.toContain(p.name as string)
      expect(csv.body).not.toContain(p.phone as string)
    }
    expect(csv.body.split('\r\n').filter((l) => l !== '')).toHaveLength(4)
    const mine = (await app.inject({ url: '/api/me/signups', headers: { authorization: `Bearer ${token}` } })).json().signups as Array<{
      name: string
      phone: string
      event: { id: string }
    }>
    expect(mine.filter((s) => s.event.id === old.id).map((s) => [s.name, s.phone])).toEqual([['', ''], ['', ''], ['', '']])

    // 29 days: everything kept, including the cancelled sign-up.
    const kept = await c.adminSignups(recent.id)
    expect(kept.signups.map((s) => [s.name, s.phone, s.status])).toEqual([
      ['周取消', '13900000034', 'cancelled'],
      ['吴保留', '13900000029', 'confirmed']
    ])

    // Replay records: the old ones are gone, recent ones stay; sessions likewise.
    const keys = (await raw.db.selectFrom('idempotency').select('key').execute()).map((r) => r.key)
    expect(keys.filter((key) => key.startsWith('old-'))).toEqual([])
    expect(keys).toContain('recent-k')
    const hashes = (await raw.db.selectFrom('sessions').select('tokenHash').execute()).map((r) => r.tokenHash)
    expect(hashes).not.toContain(idleRow)
    expect(hashes).toContain(activeRow)
    const erased = await raw.db.selectFrom('signups').select(['name', 'phone', 'erasedAt']).where('eventId', '=', old.id).execute()
    expect(erased.every((r) => r.name === '' && r.phone === '' && r.erasedAt !== null)).toBe(true)

    // Running again finds nothing more.
    expect(await purgeExpiredPersonalData(app.app.database, app.app.retention, Date.now())).toMatchObject({ signups: 0, events: 0, idempotency: 0, sessions: 0 })
  })

  test('runs at server start and then on its interval', async () => {
    const ev = await c.createEvent()
    const token = await c.session()
    expect((await c.signup(token, ev.id, person({ name: '郑启动' }))).statusCode).toBe(201)
    await endedDaysAgo(c, app, ev.id, 45)
    expect((await c.adminSignups(ev.id)).signups[0].name).toBe('郑启动')

    const started = await makeApp(db())
    try {
      expect((await client(started).adminSignups(ev.id)).signups[0]).toMatchObject({ name: '', phone: '' })
    } finally {
      await started.close()
    }

    const ev2 = await c.createEvent()
    expect((await c.signup(token, ev2.id, person({ name: '冯定时' }))).statusCode).toBe(201)
    const ticking = await makeApp(db(), { purgeIntervalMs: 100 })
    try {
      await endedDaysAgo(c, app, ev2.id, 31)
      const deadline = Date.now() + 5000
      while ((await c.adminSignups(ev2.id)).signups[0].name !== '' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      expect((await c.adminSignups(ev2.id)).signups[0]).toMatchObject({ name: '', phone: '' })
    } finally {
      await ticking.close()
    }
  })

  test('SIGNUP_RETENTION_DAYS is validated and honoured', async () => {
    expect(configFromEnv({}).retention).toEqual({ retentionDays: 30, sessionIdleDays: 180 })
    expect(configFromEnv({ SIGNUP_RETENTION_DAYS: '60', SESSION_IDLE_DAYS: '90' }).retention).toEqual({ retentionDays: 60, sessionIdleDays: 90 })
    for (const bad of ['abc', '-1', '1.5', '99999']) expect(() => configFromEnv({ SIGNUP_RETENTION_DAYS: bad })).toThrow(/SIGNUP_RETENTION_DAYS.*无效 \/ invalid/)
    expect(() => configFromEnv({ SESSION_IDLE_DAYS: '0' })).toThrow(/SESSION_IDLE_DAYS/)

    const ev = await c.createEvent()
    const token = await c.session()
    expect((await c.signup(token, ev.id, person({ name: '陈六十' }))).statusCode).toBe(201)
    await endedDaysAgo(c, app, ev.id, 31)
    expect(await purgeExpiredPersonalData(app.app.database, { ...app.app.retention, retentionDays: 60 }, Date.now())).toMatchObject({ signups: 0 })
    expect((await c.adminSignups(ev.id)).signups[0].name).toBe('陈六十')
    expect(await purgeExpiredPersonalData(app.app.database, { ...app.app.retention, retentionDays: 30 }, Date.now())).toMatchObject({ signups: 1, events: 1 })
  })

  test('CLI: events purge [--dry-run] [--json] prints counts; export shows the erased rows blank', async () => {
    const ev = await c.createEvent()
    const token = await c.session()
    const p = person({ name: '褚命令', phone: '13900000099' })
    expect((await c.signup(token, ev.id, p)).statusCode).toBe(201)
    await endedDaysAgo(c, app, ev.id, 31)
    const env = { DATABASE_URL: db().url } as unknown as NodeJS.ProcessEnv

    const dry = capture(env)
    expect(await run(['events', 'purge', '--dry-run'], dry.io)).toBe(0)
    expect(dry.out.stdout).toContain('dry run')
    expect(dry.out.stdout).toContain('would erase name and phone of 1 sign-ups (1 events ended over 30 days ago)')
    expect(dry.out.stdout).toContain('将删除 1 条报名的姓名和手机号')
    expect((await c.adminSignups(ev.id)).signups[0].name).toBe('褚命令')

    const dryJson = capture(env)
    expect(await run(['events', 'purge', '--json', '--dry-run'], dryJson.io)).toBe(0)
    expect(JSON.parse(dryJson.out.stdout)).toMatchObject({ dryRun: true, signups: 1, events: 1 })

    const real = capture(env)
    expect(await run(['events', 'purge'], real.io)).toBe(0)
    expect(real.out.stdout).toContain('erased name and phone of 1 sign-ups')
    expect(real.out.stdout).toMatch(/deleted \d+ idempotency records/)
    expect(real.out.stdout).toMatch(/deleted \d+ sessions idle over 180 days/)
    expect(real.out.stdout).not.toContain('褚命令')

    const again = capture(env)
    expect(await run(['purge', '--json'], again.io)).toBe(0)
    expect(JSON.parse(again.out.stdout)).toEqual({ dryRun: false, retentionDays: 30, sessionIdleDays: 180, signups: 0, events: 0, idempotency: 0, sessions: 0, searchFeedback: 0 })

    const csv = capture(env)
    expect(await run(['events', 'export', ev.id], csv.io)).toBe(0)
    expect(csv.out.stdout).not.toContain('褚命令')
    expect(csv.out.stdout).not.toContain('13900000099')
    expect(csv.out.stdout).toContain(',,,1,已确认')

    for (const [args, e] of [
      [['events', 'purge', '--force'], env],
      [['events', 'purge', 'now'], env],
      [['events', 'purge'], { ...env, SIGNUP_RETENTION_DAYS: 'thirty' }]
    ] as Array<[string[], NodeJS.ProcessEnv]>) {
      const bad = capture(e)
      expect(await run(args, bad.io)).toBe(2)
      const lines = bad.out.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/[\u4e00-\u9fff].* \/ (Error: )?[a-z]/)
      expect(bad.out.stdout).toBe('')
    }
  })
})

describeEachDb('migrations 0002 and 0003', (db) => {
  test('upgrading a 0001 database keeps its rows and dates its sessions', async () => {
    // Its own database: on PostgreSQL, Kysely's migrator looks for its tables in every schema.
    const d = openDatabase(parseDatabaseUrl(db().url))
    try {
      // Migrations speak SQL's snake_case, without the CamelCasePlugin.
      const plain = d.db.withoutPlugins() as unknown as Kysely<any> // eslint-disable-line @typescript-eslint/no-explicit-any
      const migrator = await migratorFor(d.db)
      expect((await migrator.migrateTo('0001_init')).error).toBeUndefined()
      const t = '2025-01-02T03:04:05.000Z'
      await plain.insertInto('sessions').values({ id: 'ss_old', token_hash: 'h', subject: 'dv_x', kind: 'device', created_at: t }).execute()
      const ev = { kind: 'lecture', title: 't', summary: '', starts_at: '2030-01-01T10:00:00+08:00', ends_at: '2030-01-01T12:00:00+08:00', venue: 'v', address: '', district: '思明', speaker: '', capacity: 3, latitude: 24, longitude: 118, created_at: t, updated_at: t }
      await plain.insertInto('events').values({ id: 'ev_old', ...ev }).execute()
      const sg = (id: string, seq: number, status: string, party_size: number) =>
        plain.insertInto('signups').values({ id, event_id: 'ev_old', subject: 's', seq, name: 'n', phone: `1390000000${seq}`, party_size, status, checkin_code: `CODE${seq}`, created_at: t, updated_at: t }).execute()
      await sg('a', 1, 'confirmed', 2)
      await sg('b', 2, 'waitlisted', 2)
      await sg('c', 3, 'cancelled', 1)
      await sg('d', 4, 'confirmed', 1)
      expect(await migrateToLatest(d.db)).toEqual(['0002_retention', '0003_counters_rate_limits', '0004_search_feedback', '0005_staff'])
      expect(await d.db.selectFrom('sessions').select(['id', 'lastUsedAt']).execute()).toEqual([{ id: 'ss_old', lastUsedAt: t }])
      // 0003 counted the seats the old rows hold.
      expect(await d.db.selectFrom('events').select(['confirmedSeats', 'waitingCount', 'lastSeq']).executeTakeFirst()).toEqual({ confirmedSeats: 3, waitingCount: 1, lastSeq: 4 })
      // And back down, for completeness.
      expect((await migrator.migrateTo('0001_init')).error).toBeUndefined()
      expect(await migrateToLatest(d.db)).toEqual(['0002_retention', '0003_counters_rate_limits', '0004_search_feedback', '0005_staff'])
    } finally {
      await d.db.destroy()
    }
  })
})
