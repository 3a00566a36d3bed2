import net from 'node:net'
import { ADMIN, client, describeEachDb, eventInput, makeApp, person, type InjectOptions, type TestApp } from './helpers'

/** Sends raw bytes and returns the raw answer (for requests fetch() refuses to make). */
function raw(base: string, text: string): Promise<string> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(port), hostname, () => sock.end(Buffer.from(text, 'utf8')))
    let out = ''
    sock.on('data', (d) => (out += d.toString('utf8')))
    sock.on('error', reject)
    sock.on('close', () => resolve(out))
  })
}

describeEachDb('hostile input', (db) => {
  let app: TestApp
  let c: ReturnType<typeof client>
  let eventId: string
  let token: string
  beforeAll(async () => {
    app = await makeApp(db())
    c = client(app)
    eventId = (await c.createEvent({ capacity: 5 })).id
    token = await c.session()
    // Some real data that must come through unchanged.
    expect((await c.signup(token, eventId, person({ name: '真实数据', phone: '13600001234' }))).statusCode).toBe(201)
  })
  afterAll(async () => {
    await app.close()
  })

  test('at least 100 malformed or hostile requests: each a 4xx with a code; server healthy; data unchanged', async () => {
    const snapshot = async () => ({
      events: (await app.inject('/api/events')).body,
      signups: (await app.inject({ url: `/api/admin/events/${eventId}/signups`, headers: { authorization: `Bearer ${ADMIN}` } })).body,
      mine: (await app.inject({ url: '/api/me/signups', headers: { authorization: `Bearer ${token}` } })).body
    })
    const before = await snapshot()
    const auth = { authorization: `Bearer ${token}` }
    const admin = { authorization: `Bearer ${ADMIN}` }
    let n = 0
    const signupUrl = `/api/events/${eventId}/signups`
    const signup = (payload: unknown, headers: Record<string, string> = {}): InjectOptions => ({
      method: 'POST',
      url: signupUrl,
      headers: { ...auth, 'idempotency-key': `hostile-${++n}`, ...headers },
      payload
    })
    const rawSignup = (body: string, contentType = 'application/json') => signup(body, { 'content-type': contentType })

    const cases: Array<[string, InjectOptions]> = []
    const add = (label: string, o: InjectOptions) => cases.push([label, o])

    // Broken JSON and wrong top-level types.
    for (const body of ['{', '{"name":', '{"name":"a",}', "{'name':'a'}", 'nul', '[1,2', '{"a":1}}', '\u0000', '', 'null', '[]', '"text"', '42', 'true', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}']) {
      add(`json ${JSON.stringify(body).slice(0, 30)}`, rawSignup(body))
    }
    // Wrong content types.
    add('text/plain', rawSignup('name=a', 'text/plain'))
    add('form', rawSignup('name=a&phone=1', 'application/x-www-form-urlencoded'))
    add('xml', rawSignup('<signup/>', 'application/xml'))
    add('multipart', rawSignup('--x--', 'multipart/form-data; boundary=x'))
    // Wrong types per field.
    for (const name of [123, [], {}, null, true]) add(`name type ${JSON.stringify(name)}`, signup(person({ name })))
    for (const phone of [13812341234, null, ['13812341234'], { p: 1 }]) add(`phone type ${JSON.stringify(phone)}`, signup(person({ phone })))
    for (const partySize of ['2', 2.5, 0, 6, -1, 1e10, null, '1', true, [1]]) add(`partySize ${JSON.stringify(partySize)}`, signup(person({ partySize })))
    for (const consent of ['true', 1, false, null, 'yes', 0]) add(`consent ${JSON.stringify(consent)}`, signup(person({ consent })))
    add('consent missing', signup({ name: '张三', phone: '13812345678', partySize: 1 }))
    add('all missing', signup({}))
    // Script tags, SQL and other hostile names.
    for (const name of [
      '<script>alert(1)</script>',
      "'; DROP TABLE signups;--",
      'Robert"); DELETE FROM events; --',
      '1 OR 1=1',
      "' OR '1'='1",
      '',
      '   ',
      'a'.repeat(21),
      '张'.repeat(21),
      '\u0000',
      '${jndi:ldap://x/a}',
      '{{7*7}}',
      '<img src=x onerror=alert(1)>',
      '../../etc/passwd',
      '=cmd|calc!A0',
      '😀😀',
      '张三<b>',
      '王\u202e五',
      'x'.repeat(100)
    ]) {
      add(`name ${JSON.stringify(name).slice(0, 30)}`, signup(person({ name })))
    }
    // Invalid phones.
    for (const phone of ['', '1381234567', '138123456789', '12812341234', '23812341234', 'abcdefghijk', '+8613812341234', '１３８１２３４１２３４', "13812341234' OR '1'='1", '1381234123a', '0', '13812341234;--', '<script>']) {
      add(`phone ${JSON.stringify(phone)}`, signup(person({ phone })))
    }
    // Huge bodies.
    add('17 KB name', signup(person({ name: '张'.repeat(6000) })))
    add('1 MB body', rawSignup(JSON.stringify({ ...person(), pad: 'x'.repeat(1024 * 1024) })))
    add('huge session body', { method: 'POST', url: '/api/session', payload: { code: 'x'.repeat(20000) } })
    add('huge admin body', { method: 'POST', url: '/api/admin/events', headers: admin, payload: { ...eventInput(), summary: 'x'.repeat(20000) } })
    // Unknown and malformed ids.
    add('unknown event', signup(person(), {}))
    cases[cases.length - 1][1].url = '/api/events/ev_unknown/signups'
    add('unknown event detail', { url: '/api/events/ev_unknown' })
    add('script id', { url: '/api/events/%3Cscript%3E' })
    add('sql id', { url: "/api/events/1'%20OR%20'1'='1" })
    add('long id', { url: `/api/events/${'a'.repeat(300)}` })
    add('unknown signup delete', { method: 'DELETE', url: '/api/me/signups/sg_unknown', headers: auth })
    add('bad signup id delete', { method: 'DELETE', url: '/api/me/signups/%27%3B--', headers: auth })
    add('unknown admin event', { url: '/api/admin/events/ev_unknown/signups', headers: admin })
    add('unknown admin csv', { url: '/api/admin/events/ev_unknown/signups.csv', headers: admin })
    add('unknown patch', { method: 'PATCH', url: '/api/admin/events/ev_unknown', headers: admin, payload: { cancelled: true } })
    add('unknown route', { url: '/api/nothing/here' })
    add('wrong method', { method: 'PUT', url: signupUrl, headers: auth, payload: person() })
    add('delete events', { method: 'DELETE', url: '/api/events' })
    // Wrong tokens and keys.
    for (const authorization of ['', 'Bearer', 'Bearer ', 'Bearer wrong-token', `Basic ${token}`, `Bearer ${token}x`, `Bearer ${ADMIN}`, 'Bearer <script>', `bearer  ${'x'.repeat(600)}`]) {
      add(`auth ${authorization.slice(0, 20)}`, signup(person(), { authorization }))
    }
    add('me without token', { url: '/api/me/signups' })
    add('me wrong token', { url: '/api/me/signups', headers: { authorization: 'Bearer nope' } })
    add('no idempotency key', { method: 'POST', url: signupUrl, headers: auth, payload: person() })
    add('long idempotency key', signup(person(), { 'idempotency-key': 'k'.repeat(200) }))
    add('bad idempotency key', signup(person(), { 'idempotency-key': 'bad key!' }))
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer x' }, { authorization: `Bearer ${token}` }, { authorization: `Bearer ${ADMIN.slice(0, -1)}` }]) {
      add('admin create unauthorized', { method: 'POST', url: '/api/admin/events', headers, payload: eventInput() })
      add('admin list unauthorized', { url: `/api/admin/events/${eventId}/signups`, headers })
    }
    add('checkin unauthorized', { method: 'POST', url: '/api/admin/checkins', headers: auth, payload: { code: 'ABCDEFGH' } })
    // Bad dates and queries.
    for (const q of ['from=2025-02-30', 'from=abc', 'to=2025-1-1', 'from=2025-13-01', 'from=2025-03-02&to=2025-03-01', 'from=x&from=y', 'kind=party', 'kind=lecture&kind=lawyer', `district=${'区'.repeat(30)}`, "from=2025-01-01' OR 1=1--", 'to=99999-01-01']) {
      add(`query ${q.slice(0, 30)}`, { url: `/api/events?${q}` })
    }
    // Bad staff input.
    for (const over of [{ capacity: 0 }, { capacity: -1 }, { capacity: 'ten' }, { capacity: 1.5 }, { latitude: 200 }, { longitude: 'east' }, { startsAt: 'bad' }, { startsAt: '2025-02-30T10:00:00+08:00' }, { startsAt: '2025-06-01T10:00:00' }, { endsAt: '2000-01-01T00:00:00+08:00' }, { title: '' }, { title: '长'.repeat(61) }, { kind: 'party' }, { seatsLeft: 5 }, { status: 'open' }, { id: 'mine' }, { venue: null }]) {
      add(`admin event ${JSON.stringify(over).slice(0, 30)}`, { method: 'POST', url: '/api/admin/events', headers: admin, payload: eventInput(over) })
    }
    for (const payload of [{}, { capacity: 'x' }, { cancelled: 'yes' }, { capacity: 0 }, { unknown: 1 }, { startsAt: 'soon' }]) {
      add(`patch ${JSON.stringify(payload)}`, { method: 'PATCH', url: `/api/admin/events/${eventId}`, headers: admin, payload })
    }
    for (const payload of [{}, { code: '' }, { code: 'x'.repeat(101) }, { code: 12345678 }, { code: 'NOTACODE' }, { code: ['A'] }]) {
      add(`checkin ${JSON.stringify(payload).slice(0, 30)}`, { method: 'POST', url: '/api/admin/checkins', headers: admin, payload })
    }
    add('session wrong type', { method: 'POST', url: '/api/session', payload: { code: 123 } })
    add('session unknown field', { method: 'POST', url: '/api/session', payload: { admin: true } })
    add('session broken json', { method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload: '{' })

    expect(cases.length).toBeGreaterThanOrEqual(100)
    const failures: string[] = []
    for (const [label, o] of cases) {
      const res = await app.inject(o)
      let code: unknown
      try {
        code = res.json().error?.code
      } catch {
        code = undefined
      }
      if (res.statusCode < 400 || res.statusCode >= 500 || typeof code !== 'string' || !/^[A-Z_]+$/.test(code)) {
        failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 120)}`)
      }
      expect(res.body).not.toMatch(/node_modules|\.ts:\d+|Error: /)
    }
    expect(failures).toEqual([])

    // Requests fetch() would refuse to send: raw bytes on the socket.
    const rawAnswers = [
      await raw(app.base, 'GET /api/events?district=思明 HTTP/1.1\r\nHost: x\r\n\r\n'),
      await raw(app.base, 'GARBAGE\r\n\r\n'),
      await raw(app.base, `POST ${signupUrl} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n{}`)
    ]
    for (const a of rawAnswers) {
      expect(a).toMatch(/^HTTP\/1\.1 4\d\d /)
      expect(a).toMatch(/"code":"[A-Z_]+"/)
    }

    expect((await app.inject('/api/health')).json().status).toBe('ok')
    expect(await snapshot()).toEqual(before)
  }, 60_000)
})
