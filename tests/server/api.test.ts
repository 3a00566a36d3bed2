import { ADMIN, client, describeEachDb, eventInput, futureIso, makeApp, nextPhone, person, useTestApp } from './helpers'
import { csvCell } from '../../server/csv'

describeEachDb('API', (db) => {
  const suite = useTestApp(db)

  test('health checks the database', async () => {
    const res = await suite.app.inject('/api/health')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ status: 'ok', database: db().kind })
    expect(res.json().time).toMatch(/\+08:00$/)
  })

  test('errors have one shape and no stack', async () => {
    const cases = [
      { res: await suite.app.inject('/api/nope'), status: 404, code: 'NOT_FOUND' },
      { res: await suite.app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload: '{bad' }), status: 400, code: 'BAD_JSON' },
      { res: await suite.app.inject('/api/events/ev_missing'), status: 404, code: 'NOT_FOUND' },
      { res: await suite.app.inject('/api/events?from=2025-13-01'), status: 400, code: 'VALIDATION_FAILED' },
      { res: await suite.app.inject('/api/me/signups'), status: 401, code: 'UNAUTHORIZED' }
    ]
    for (const { res, status, code } of cases) {
      expect(res.statusCode).toBe(status)
      const body = res.json()
      expect(Object.keys(body)).toEqual(['error'])
      expect(body.error.code).toBe(code)
      expect(body.error.message).toMatch(/[\u4e00-\u9fff]/)
      expect(res.body).not.toMatch(/\bat .*\.ts:\d+|stack/i)
    }
  })

  test('a body over 16 KB is refused with 413', async () => {
    const token = await suite.c.session()
    const ev = await suite.c.createEvent()
    const res = await suite.c.signup(token, ev.id, person({ name: '张'.repeat(20000) }))
    expect(res.statusCode).toBe(413)
    expect(res.json().error.code).toBe('BODY_TOO_LARGE')
  })

  test('events list, filters and detail', async () => {
    const a = await suite.c.createEvent({ district: '湖里', kind: 'lawyer', startsAt: futureIso(40, 9) })
    const b = await suite.c.createEvent({ district: '湖里', kind: 'hearing', startsAt: futureIso(41, 9) })
    const d = await suite.c.createEvent({ district: '集美', kind: 'lawyer', startsAt: futureIso(42, 9) })
    const list = async (q: string) => ((await suite.app.inject(`/api/events${q}`)).json().events as Array<{ id: string }>).map((e) => e.id)
    expect(await list('?district=%E6%B9%96%E9%87%8C')).toEqual(expect.arrayContaining([a.id, b.id]))
    expect(await list('?district=%E6%B9%96%E9%87%8C')).not.toContain(d.id)
    const lawyers = await list('?kind=lawyer')
    expect(lawyers).toEqual(expect.arrayContaining([a.id, d.id]))
    expect(lawyers).not.toContain(b.id)
    const day41 = futureIso(41).slice(0, 10)
    expect(await list(`?from=${day41}&to=${day41}`)).toEqual([b.id])
    const detail = await suite.app.inject(`/api/events/${a.id}`)
    expect(detail.statusCode).toBe(200)
    const e = detail.json()
    expect(Object.keys(e).sort()).toEqual(
      ['id', 'kind', 'title', 'summary', 'startsAt', 'endsAt', 'venue', 'address', 'district', 'speaker', 'capacity', 'seatsLeft', 'status', 'latitude', 'longitude'].sort()
    )
    expect(e.startsAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/)
    expect(e.endsAt).toMatch(/\+08:00$/)
    expect(e.status).toBe('open')
    expect(e.seatsLeft).toBe(20)
    expect((await suite.app.inject('/api/events?from=2025-02-30')).statusCode).toBe(400)
    expect((await suite.app.inject('/api/events?from=2025-03-02&to=2025-03-01')).json().error.code).toBe('VALIDATION_FAILED')
    expect((await suite.app.inject('/api/events?kind=party')).json().error.message).toContain('kind')
  })

  test('sign-up: happy path, replay, duplicate phone, closed/cancelled/unknown events', async () => {
    const token = await suite.c.session()
    const ev = await suite.c.createEvent({ capacity: 4 })
    const me = person({ partySize: 2 })
    const first = await suite.c.signup(token, ev.id, me, 'key-1')
    expect(first.statusCode).toBe(201)
    const body = first.json()
    expect(body).toEqual({ id: expect.any(String), status: 'confirmed', position: null, checkinCode: expect.stringMatching(/^[2-9A-Z]{8}$/) })
    const replay = await suite.c.signup(token, ev.id, me, 'key-1')
    expect(replay.statusCode).toBe(201)
    expect(replay.body).toBe(first.body)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    const reused = await suite.c.signup(token, ev.id, person(), 'key-1')
    expect(reused.statusCode).toBe(422)
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED')
    // The same session and phone again: told about its own sign-up.
    const dup = await suite.c.signup(token, ev.id, { ...me, partySize: 1 }, 'key-2')
    expect(dup.statusCode).toBe(409)
    expect(dup.json().error.code).toBe('ALREADY_SIGNED_UP')
    // Another session with that phone learns nothing: an ordinary sign-up, like any new number.
    const other = await suite.c.session()
    const dup2 = await suite.c.signup(other, ev.id, { ...me, name: '另一人', partySize: 1 })
    expect(dup2.statusCode).toBe(201)
    expect(Object.keys(dup2.json()).sort()).toEqual(['checkinCode', 'id', 'position', 'status'])
    expect(dup2.json()).toMatchObject({ status: 'confirmed', position: null })
    const wait = await suite.c.signup(token, ev.id, person({ partySize: 2 }))
    expect(wait.json()).toMatchObject({ status: 'waitlisted', position: 1 })
    const detail = (await suite.app.inject(`/api/events/${ev.id}`)).json()
    expect(detail).toMatchObject({ seatsLeft: 1, status: 'open' })
    // Staff see the shared number flagged on both rows.
    const staffRows = (await suite.c.adminSignups(ev.id)).signups as Array<{ phone: string; samePhone?: number }>
    expect(staffRows.filter((s) => s.phone === me.phone).map((s) => s.samePhone)).toEqual([2, 2])

    // Staff cannot publish a session that already started; once a session starts, sign-ups close.
    const past = await suite.app.inject({ method: 'POST', url: '/api/admin/events', headers: suite.c.adminHeaders, payload: eventInput({ startsAt: futureIso(-2) }) })
    expect(past.statusCode).toBe(400)
    expect(past.json().error.fields[0]).toMatchObject({ field: 'startsAt', code: 'IN_THE_PAST' })
    const soon = await suite.c.createEvent({ startsAt: futureIso(1) })
    const later = await makeApp(db(), { clock: () => Date.now() + 3 * 86400_000 })
    try {
      const closed = await client(later).signup(token, soon.id, person())
      expect(closed.statusCode).toBe(409)
      expect(closed.json().error.code).toBe('EVENT_CLOSED')
      expect((await later.inject(`/api/events/${soon.id}`)).json().status).toBe('closed')
    } finally {
      await later.close()
    }

    const cancel = await suite.app.inject({ method: 'PATCH', url: `/api/admin/events/${ev.id}`, headers: suite.c.adminHeaders, payload: { cancelled: true } })
    expect(cancel.statusCode).toBe(200)
    expect(cancel.json().status).toBe('cancelled')
    const onCancelled = await suite.c.signup(token, ev.id, person())
    expect(onCancelled.statusCode).toBe(409)
    expect(onCancelled.json().error.code).toBe('EVENT_CANCELLED')
    // Cancelling keeps the sign-ups.
    expect((await suite.c.adminSignups(ev.id)).signups).toHaveLength(3)
    // A replay after the event was cancelled still returns the first answer.
    expect((await suite.c.signup(token, ev.id, me, 'key-1')).body).toBe(first.body)

    const unknown = await suite.c.signup(token, 'ev_doesnotexist', person())
    expect(unknown.statusCode).toBe(404)
    const noKey = await suite.app.inject({ method: 'POST', url: `/api/events/${soon.id}/signups`, headers: { authorization: `Bearer ${token}` }, payload: person() })
    expect(noKey.json().error.code).toBe('IDEMPOTENCY_KEY_REQUIRED')
    const noToken = await suite.app.inject({ method: 'POST', url: `/api/events/${soon.id}/signups`, headers: { 'idempotency-key': 'x' }, payload: person() })
    expect(noToken.statusCode).toBe(401)
  }, 30_000)

  test('my sign-ups are masked; other sessions and public endpoints never show name or phone', async () => {
    const mine = await suite.c.session()
    const theirs = await suite.c.session()
    const ev = await suite.c.createEvent({ capacity: 1 })
    const secretName = '欧阳隐私'
    const secretPhone = '13712345678'
    expect((await suite.c.signup(mine, ev.id, { name: secretName, phone: secretPhone, partySize: 1, consent: true })).statusCode).toBe(201)
    const own = await suite.app.inject({ url: '/api/me/signups', headers: { authorization: `Bearer ${mine}` } })
    const ownBody = own.json()
    expect(ownBody.signups).toHaveLength(1)
    expect(ownBody.signups[0]).toMatchObject({ name: '欧***', phone: '137****5678', status: 'confirmed', event: { id: ev.id, seatsLeft: 0, status: 'full' } })
    const responses = [
      own,
      await suite.app.inject({ url: '/api/me/signups', headers: { authorization: `Bearer ${theirs}` } }),
      await suite.app.inject('/api/events'),
      await suite.app.inject(`/api/events/${ev.id}`),
      await suite.app.inject('/api/health'),
      await suite.app.inject({ method: 'DELETE', url: `/api/me/signups/${ownBody.signups[0].id}`, headers: { authorization: `Bearer ${theirs}` } })
    ]
    for (const r of responses) {
      expect(r.body).not.toContain(secretPhone)
      expect(r.body).not.toContain(secretName)
      expect(r.body).not.toContain('欧阳')
    }
    for (const r of responses.slice(1)) {
      expect(r.body).not.toContain('5678')
      expect(r.body).not.toContain('欧')
    }
    expect(responses[1].json().signups).toEqual([])
    expect(responses[5].statusCode).toBe(404)
    // Staff do see the full data.
    const staff = await suite.app.inject({ url: `/api/admin/events/${ev.id}/signups`, headers: suite.c.adminHeaders })
    expect(staff.body).toContain(secretPhone)
    expect(staff.body).toContain(secretName)
  })

  test('admin routes need the admin token', async () => {
    const ev = await suite.c.createEvent()
    const urls = [`/api/admin/events/${ev.id}/signups`, `/api/admin/events/${ev.id}/signups.csv`]
    for (const url of urls) {
      for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong' }, { authorization: `Bearer ${ADMIN}x` }, { authorization: ADMIN }]) {
        const res = await suite.app.inject({ url, headers })
        expect(res.statusCode).toBe(401)
        expect(res.json().error.code).toBe('UNAUTHORIZED')
      }
    }
    const post = await suite.app.inject({ method: 'POST', url: '/api/admin/events', headers: { authorization: 'Bearer nope' }, payload: eventInput() })
    expect(post.statusCode).toBe(401)
    const disabled = await makeApp(db(), { adminToken: undefined })
    try {
      const res = await disabled.inject({ url: `/api/admin/events/${ev.id}/signups`, headers: { authorization: 'Bearer anything' } })
      expect(res.statusCode).toBe(401)
      expect(res.json().error.code).toBe('ADMIN_DISABLED')
    } finally {
      await disabled.close()
    }
  })

  test('admin create validates and answers 201 with the event', async () => {
    const bad = await suite.app.inject({ method: 'POST', url: '/api/admin/events', headers: suite.c.adminHeaders, payload: eventInput({ startsAt: 'tomorrow' }) })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.message).toContain('startsAt')
    const extra = await suite.app.inject({ method: 'POST', url: '/api/admin/events', headers: suite.c.adminHeaders, payload: { ...eventInput(), seatsLeft: 3 } })
    expect(extra.statusCode).toBe(400)
    const ok = await suite.app.inject({ method: 'POST', url: '/api/admin/events', headers: suite.c.adminHeaders, payload: eventInput({ startsAt: '2099-01-02T02:00:00Z', endsAt: '2099-01-02T04:00:00Z' }) })
    expect(ok.statusCode).toBe(201)
    expect(ok.json()).toMatchObject({ startsAt: '2099-01-02T10:00:00+08:00', endsAt: '2099-01-02T12:00:00+08:00', status: 'open', seatsLeft: 20 })
  })

  test('CSV export: BOM, quoting, formula neutralising', async () => {
    const token = await suite.c.session()
    const ev = await suite.c.createEvent()
    await suite.c.signup(token, ev.id, person({ name: '陈 小.明', phone: '13900001111' }))
    const res = await suite.app.inject({ url: `/api/admin/events/${ev.id}/signups.csv`, headers: suite.c.adminHeaders })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toContain('attachment')
    const raw = res.rawPayload
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = raw.subarray(3).toString('utf8')
    const lines = text.split('\r\n')
    expect(lines[0]).toBe('序号,姓名,手机号,人数,状态,候补顺位,签到码,报名时间,签到时间')
    expect(lines[1]).toMatch(/^1,陈 小\.明,13900001111,1,已确认,,[2-9A-Z]{8},\d{4}-.*\+08:00,$/)
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"')
    expect(csvCell(null)).toBe('')
  })

  test('cancelling promotes the waitlist in order, seats permitting; cancel is idempotent', async () => {
    const ev = await suite.c.createEvent({ capacity: 2 })
    const [ta, tb, tc, td] = [await suite.c.session(), await suite.c.session(), await suite.c.session(), await suite.c.session()]
    const a = (await suite.c.signup(ta, ev.id, person({ partySize: 2 }))).json()
    const b = (await suite.c.signup(tb, ev.id, person({ partySize: 1 }))).json()
    const cc = (await suite.c.signup(tc, ev.id, person({ partySize: 2 }))).json()
    const d = (await suite.c.signup(td, ev.id, person({ partySize: 1 }))).json()
    expect([a.status, b.position, cc.position, d.position]).toEqual(['confirmed', 1, 2, 3])
    const del = () => suite.app.inject({ method: 'DELETE', url: `/api/me/signups/${a.id}`, headers: { authorization: `Bearer ${ta}` } })
    const r1 = await del()
    expect(r1.statusCode).toBe(200)
    expect(r1.json()).toEqual({ id: a.id, status: 'cancelled' })
    expect((await del()).json()).toEqual({ id: a.id, status: 'cancelled' })
    const list = (await suite.c.adminSignups(ev.id)).signups
    const byId = new Map(list.map((s) => [s.id, s]))
    expect(byId.get(a.id)?.status).toBe('cancelled')
    expect(byId.get(b.id)?.status).toBe('confirmed')
    expect(byId.get(cc.id)).toMatchObject({ status: 'waitlisted', position: 1 })
    expect(byId.get(d.id)?.status).toBe('confirmed')
    const mineC = (await suite.app.inject({ url: '/api/me/signups', headers: { authorization: `Bearer ${tc}` } })).json()
    expect(mineC.signups[0]).toMatchObject({ status: 'waitlisted', position: 1 })
    // Raising the capacity promotes too; lowering it below the confirmed seats is refused.
    const up = await suite.app.inject({ method: 'PATCH', url: `/api/admin/events/${ev.id}`, headers: suite.c.adminHeaders, payload: { capacity: 4 } })
    expect(up.json()).toMatchObject({ capacity: 4, seatsLeft: 0, status: 'full' })
    expect((await suite.c.adminSignups(ev.id)).signups.find((s) => s.id === cc.id)?.status).toBe('confirmed')
    const down = await suite.app.inject({ method: 'PATCH', url: `/api/admin/events/${ev.id}`, headers: suite.c.adminHeaders, payload: { capacity: 1 } })
    expect(down.statusCode).toBe(409)
    expect(down.json().error.code).toBe('CAPACITY_BELOW_CONFIRMED')
    // After cancelling, the same phone may sign up again.
    const phoneA = (await suite.c.adminSignups(ev.id)).signups.find((s) => s.id === a.id)?.phone
    expect((await suite.c.signup(ta, ev.id, person({ phone: phoneA }))).statusCode).toBe(201)
  })

  test('check-in by code', async () => {
    const ev = await suite.c.createEvent({ capacity: 1 })
    const t = await suite.c.session()
    const ok = (await suite.c.signup(t, ev.id, person())).json()
    const wl = (await suite.c.signup(t, ev.id, person())).json()
    const post = (code: string, headers = suite.c.adminHeaders) => suite.app.inject({ method: 'POST', url: '/api/admin/checkins', headers, payload: { code } })
    const r1 = await post(ok.checkinCode.toLowerCase())
    expect(r1.statusCode).toBe(200)
    expect(r1.json()).toMatchObject({ alreadyCheckedIn: false, signup: { id: ok.id, eventId: ev.id, status: 'confirmed' } })
    expect(r1.json().signup.checkedInAt).toMatch(/\+08:00$/)
    expect((await post(ok.checkinCode)).json().alreadyCheckedIn).toBe(true)
    expect((await post(wl.checkinCode)).json().error.code).toBe('NOT_CONFIRMED')
    expect((await post('ZZZZZZZZ')).statusCode).toBe(404)
    expect((await post(ok.checkinCode, { authorization: 'Bearer x' })).statusCode).toBe(401)
    const mine = (await suite.app.inject({ url: '/api/me/signups', headers: { authorization: `Bearer ${t}` } })).json()
    expect(mine.signups.find((s: { id: string }) => s.id === ok.id).checkedIn).toBe(true)
  })

  test('sign-ups are rate limited per session and per IP', async () => {
    const limited = await makeApp(db(), { signupRateLimit: 3 })
    try {
      const lc = client(limited)
      const ev = await lc.createEvent({ capacity: 100 })
      const t = await lc.session()
      const codes = []
      for (let i = 0; i < 5; i++) codes.push((await lc.signup(t, ev.id, person())).statusCode)
      expect(codes).toEqual([201, 201, 201, 429, 429])
      const res = await lc.signup(t, ev.id, person())
      expect(res.json().error.code).toBe('RATE_LIMITED')
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
      // A new session from the same IP is still limited by the IP's budget.
      const t2 = await lc.session()
      expect((await lc.signup(t2, ev.id, person())).statusCode).toBe(429)
    } finally {
      await limited.close()
    }
  })

  test('WeChat code2session with an injected fetch', async () => {
    const calls: string[] = []
    const responses: Record<string, unknown> = {
      good: { openid: 'o-user-1', session_key: 'sk' },
      bad: { errcode: 40029, errmsg: 'invalid code' }
    }
    const wx = await makeApp(db(), {
      wechat: {
        appId: 'wxapp',
        secret: 'shh',
        fetch: async (url: string) => {
          calls.push(url)
          const code = new URL(url).searchParams.get('js_code') as string
          if (code === 'down') throw new Error('network down')
          return { ok: true, status: 200, json: async () => responses[code] }
        }
      }
    })
    try {
      const login = async (code?: string) => wx.inject({ method: 'POST', url: '/api/session', payload: code ? { code } : {} })
      const s1 = await login('good')
      expect(s1.json()).toMatchObject({ kind: 'wechat', token: expect.any(String) })
      expect(calls[0]).toContain('https://api.weixin.qq.com/sns/jscode2session?appid=wxapp&secret=shh&js_code=good&grant_type=authorization_code')
      const wc = client(wx)
      const ev = await wc.createEvent()
      expect((await wc.signup(s1.json().token, ev.id, person())).statusCode).toBe(201)
      // Logging in again as the same WeChat user shows the same sign-ups.
      const s2 = await login('good')
      expect(s2.json().token).not.toBe(s1.json().token)
      const mine = await wx.inject({ url: '/api/me/signups', headers: { authorization: `Bearer ${s2.json().token}` } })
      expect(mine.json().signups).toHaveLength(1)
      expect((await login('bad')).json().error.code).toBe('WECHAT_CODE_INVALID')
      const down = await login('down')
      expect(down.statusCode).toBe(502)
      expect(down.json().error.code).toBe('WECHAT_UNAVAILABLE')
      // Without a code (H5), an anonymous device session.
      expect((await login()).json().kind).toBe('device')
      // No body at all is fine too.
      expect((await wx.inject({ method: 'POST', url: '/api/session' })).statusCode).toBe(200)
    } finally {
      await wx.close()
    }
  })

  test('sample sessions load once on a fresh database', async () => {
    const sampled = await makeApp(db(), { sampleData: true })
    const again = await makeApp(db(), { sampleData: true })
    try {
      const events = (await sampled.inject('/api/events')).json().events as Array<{ speaker: string; venue: string; district: string }>
      const samples = events.filter((e) => e.speaker.startsWith('（示例）') && e.venue.startsWith('（示例）'))
      expect(samples.length).toBeGreaterThanOrEqual(18)
      expect(samples.length).toBeLessThanOrEqual(24)
      expect(new Set(samples.map((e) => e.district))).toEqual(new Set(['思明', '湖里', '集美', '海沧', '同安', '翔安']))
      const events2 = (await again.inject('/api/events')).json().events
      expect(events2).toHaveLength(events.length)
    } finally {
      await sampled.close()
      await again.close()
    }
    void nextPhone
  })
})
