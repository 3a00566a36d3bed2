/**
 * Staff accounts, sessions, CSRF, roles, lockout and the audit trail, on SQLite and PostgreSQL.
 */
import { ADMIN, client, describeEachDb, eventInput, makeApp, person, type InjectOptions, type TestApp } from './helpers'
import { hashPassword, verifyPassword } from '../../server/staff/password'
import { openDatabase, parseDatabaseUrl } from '../../server/db'
import { appendAudit, listAudit, purgeStaffData } from '../../server/repositories/staff'
import { STAFF_SESSION_IDLE_MS, LOCKOUT_WINDOW_MS } from '../../src/core/staff/rules'

jest.setTimeout(60_000)

const token = { authorization: `Bearer ${ADMIN}` }
const PASSWORD = 'correct-horse-battery'

describe('staff passwords (scrypt)', () => {
  test('verify the right password only, with the parameters kept beside the hash', async () => {
    const h = await hashPassword('信访局的一个好密码')
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/)
    expect(await verifyPassword('信访局的一个好密码', h)).toBe(true)
    expect(await verifyPassword('信访局的一个好密码 ', h)).toBe(false)
    // Salted: the same password hashes differently each time.
    expect(await hashPassword('信访局的一个好密码')).not.toBe(h)
    // Cheaper parameters still verify, because they travel with the hash.
    const cheap = await hashPassword('another password', { N: 1024, r: 8, p: 1 })
    expect(await verifyPassword('another password', cheap)).toBe(true)
    expect(await verifyPassword('another password', cheap.replace('$1024$', '$2048$'))).toBe(false)
    expect(await verifyPassword('x', 'plain-text')).toBe(false)
  })
})

/** A signed-in staff member: cookie and CSRF token, and a request helper that sends both. */
interface Staff {
  cookie: string
  csrf: string
  req(o: InjectOptions, opts?: { csrf?: string | null }): ReturnType<TestApp['inject']>
}

async function addStaff(app: TestApp, username: string, role: string, password = PASSWORD) {
  const res = await app.inject({ method: 'POST', url: '/api/admin/staff', headers: token, payload: { username, displayName: `测试${role}`, role, password } })
  if (res.statusCode !== 201) throw new Error(`add staff ${res.statusCode} ${res.body}`)
  return res.json()
}

function login(app: TestApp, username: string, password = PASSWORD, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/staff/login', headers, payload: { username, password } })
}

async function signIn(app: TestApp, username: string, password = PASSWORD): Promise<Staff> {
  const res = await login(app, username, password)
  if (res.statusCode !== 200) throw new Error(`login ${res.statusCode} ${res.body}`)
  const cookie = res.headers['set-cookie'].split(';')[0]
  const csrf = res.json().csrfToken as string
  return {
    cookie,
    csrf,
    req: (o, opts = {}) => {
      const headers: Record<string, string> = { cookie, ...(o.headers ?? {}) }
      const c = opts.csrf === undefined ? csrf : opts.csrf
      if (c !== null) headers['x-csrf-token'] = c
      return app.inject({ ...o, headers })
    }
  }
}

describeEachDb('staff', (db) => {
  let offset = 0
  let app: TestApp
  beforeAll(async () => {
    app = await makeApp(db(), { clock: () => Date.now() + offset })
    await addStaff(app, 'admin.wang', 'admin')
    await addStaff(app, 'editor.li', 'editor')
    await addStaff(app, 'checker.zhao', 'checker')
  })
  afterAll(async () => {
    await app?.close()
  })
  afterEach(() => {
    offset = 0
  })

  test('sign-in sets an HttpOnly SameSite=Strict cookie and answers the CSRF token and who you are', async () => {
    const res = await login(app, 'Editor.Li')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ csrfToken: expect.stringMatching(/^[\w-]{43}$/), staff: { username: 'editor.li', displayName: '测试editor', role: 'editor' } })
    const cookie = res.headers['set-cookie']
    expect(cookie).toMatch(/^yifa_staff=[\w-]{43}; Path=\/api\/; HttpOnly; SameSite=Strict$/)
    expect(cookie).not.toContain('Secure')
    // The cookie alone proves the session: GET /api/staff/me gives the same CSRF token back after a reload.
    const me = await app.inject({ url: '/api/staff/me', headers: { cookie: cookie.split(';')[0] } })
    expect(me.json()).toEqual(res.json())
    expect((await app.inject('/api/staff/me')).statusCode).toBe(401)
  })

  test('the cookie is Secure when https reached us through a trusted proxy, and only then', async () => {
    const spoofed = await login(app, 'editor.li', PASSWORD, { 'x-forwarded-proto': 'https' })
    expect(spoofed.headers['set-cookie']).not.toContain('Secure')
    const proxied = await makeApp(db(), { trustProxy: true })
    try {
      const res = await login(proxied, 'editor.li', PASSWORD, { 'x-forwarded-proto': 'https' })
      expect(res.headers['set-cookie']).toMatch(/; Secure$/)
    } finally {
      await proxied.close()
    }
  })

  test('an unknown user, a wrong password and a disabled account get the same answer', async () => {
    await addStaff(app, 'leaver', 'editor')
    await app.inject({ method: 'POST', url: '/api/admin/staff/leaver/disable', headers: token })
    const answers = [await login(app, 'nobody.here'), await login(app, 'editor.li', 'wrong-password!'), await login(app, 'leaver')]
    for (const a of answers) {
      expect(a.statusCode).toBe(401)
      expect(a.json()).toEqual({ error: { code: 'BAD_CREDENTIALS', message: '用户名或密码不正确' } })
      expect(a.headers['set-cookie']).toBeUndefined()
    }
  })

  test('every state-changing staff request needs the x-csrf-token', async () => {
    const editor = await signIn(app, 'editor.li')
    const create = { method: 'POST', url: '/api/admin/events', payload: eventInput() }
    const missing = await editor.req(create, { csrf: null })
    expect(missing.statusCode).toBe(403)
    expect(missing.json().error.code).toBe('CSRF_FAILED')
    expect((await editor.req(create, { csrf: 'x'.repeat(43) })).statusCode).toBe(403)
    // Another session's token is not this session's.
    const other = await signIn(app, 'editor.li')
    expect((await editor.req(create, { csrf: other.csrf })).statusCode).toBe(403)
    expect((await editor.req(create)).statusCode).toBe(201)
    // Reading needs no CSRF token.
    expect((await editor.req({ url: '/api/admin/events' }, { csrf: null })).statusCode).toBe(200)
    // Logging out needs it too, and ends the session.
    expect((await editor.req({ method: 'POST', url: '/api/staff/logout' }, { csrf: null })).statusCode).toBe(403)
    const out = await editor.req({ method: 'POST', url: '/api/staff/logout' })
    expect(out.statusCode).toBe(200)
    expect(out.headers['set-cookie']).toContain('Max-Age=0')
    expect((await editor.req({ url: '/api/admin/events' })).json().error.code).toBe('UNAUTHORIZED')
    expect((await other.req({ url: '/api/admin/events' })).statusCode).toBe(200)
  })

  test('roles: checker checks in; editor publishes and reads lists; admin manages staff and reads the audit log', async () => {
    const [admin, editor, checker] = [await signIn(app, 'admin.wang'), await signIn(app, 'editor.li'), await signIn(app, 'checker.zhao')]
    const ev = (await editor.req({ method: 'POST', url: '/api/admin/events', payload: eventInput() })).json()
    const c = client(app)
    const signup = (await c.signup(await c.session(), ev.id, person({ name: '张三丰' }))).json()
    const status = async (s: Staff, o: InjectOptions) => (await s.req(o)).statusCode
    const routes: Array<[InjectOptions, number, number, number]> = [
      // [request, checker, editor, admin]
      [{ url: '/api/admin/events' }, 200, 200, 200],
      [{ url: `/api/admin/events/${ev.id}` }, 200, 200, 200],
      [{ url: `/api/admin/events/${ev.id}/signups` }, 403, 200, 200],
      [{ url: `/api/admin/events/${ev.id}/signups.csv` }, 403, 200, 200],
      [{ method: 'POST', url: `/api/admin/signups/${signup.id}/reveal` }, 403, 200, 200],
      [{ method: 'POST', url: '/api/admin/events', payload: eventInput() }, 403, 201, 201],
      [{ method: 'PATCH', url: `/api/admin/events/${ev.id}`, payload: { capacity: 30 } }, 403, 200, 200],
      [{ url: '/api/admin/staff' }, 403, 403, 200],
      [{ url: '/api/admin/audit' }, 403, 403, 200]
    ]
    for (const [o, ...expected] of routes) {
      expect([o.url, await status(checker, o), await status(editor, o), await status(admin, o)]).toEqual([o.url, ...expected])
    }
    const forbidden = await checker.req({ url: `/api/admin/events/${ev.id}/signups` })
    expect(forbidden.json().error).toEqual({ code: 'FORBIDDEN', message: '您的角色（签到员）无权进行此操作' })
    // The checker's check-in answer greets the person without showing who they are in full.
    const checkin = await checker.req({ method: 'POST', url: '/api/admin/checkins', payload: { code: signup.checkinCode, eventId: ev.id } })
    expect(checkin.statusCode).toBe(200)
    expect(checkin.json().signup).toMatchObject({ name: '张**', partySize: 1, phone: expect.stringMatching(/^1\d\d\*{4}\d{4}$/) })
    // Only an admin adds staff.
    const add = { method: 'POST', url: '/api/admin/staff', payload: { username: 'new.one', displayName: '新人', role: 'checker', password: PASSWORD } }
    expect(await status(editor, add)).toBe(403)
    expect(await status(admin, add)).toBe(201)
    expect((await admin.req({ ...add, payload: { ...add.payload, username: 'new.two', password: 'short' } })).json().error.fields[0].code).toBe('PASSWORD_TOO_SHORT')
    expect((await admin.req(add)).json().error.code).toBe('STAFF_EXISTS')
  })

  test('door check-in: another event, waitlisted and cancelled are refused with the reason', async () => {
    const checker = await signIn(app, 'checker.zhao')
    const c = client(app)
    const here = await c.createEvent({ capacity: 1 })
    const elsewhere = await c.createEvent({ title: '另一场宣讲' })
    const t = await c.session()
    const seated = (await c.signup(t, here.id, person())).json()
    const waiting = (await c.signup(t, here.id, person())).json()
    const other = (await c.signup(t, elsewhere.id, person())).json()
    const door = (code: string) => checker.req({ method: 'POST', url: '/api/admin/checkins', payload: { code, eventId: here.id } })
    expect((await door(other.checkinCode)).json().error).toEqual({ code: 'WRONG_EVENT', message: '这是另一场活动的签到码：另一场宣讲' })
    expect((await door(waiting.checkinCode)).json().error.code).toBe('NOT_CONFIRMED')
    expect((await door(seated.checkinCode)).json().alreadyCheckedIn).toBe(false)
    expect((await door(seated.checkinCode)).json().alreadyCheckedIn).toBe(true)
    const summary = (await checker.req({ url: `/api/admin/events/${here.id}` })).json()
    expect(summary).toMatchObject({ confirmedParties: 1, confirmedSeats: 1, checkedInParties: 1, checkedInSeats: 1, waitlistedParties: 1 })
    await c.signup(t, here.id, person())
    await app.inject({ method: 'DELETE', url: `/api/me/signups/${waiting.id}`, headers: { authorization: `Bearer ${t}` } })
    expect((await door(waiting.checkinCode)).json().error.code).toBe('SIGNUP_CANCELLED')
  })

  test('sign-up lists show masked phones to staff sessions; a reveal shows one and is audited', async () => {
    const editor = await signIn(app, 'editor.li')
    const c = client(app)
    const ev = await c.createEvent()
    const p = person()
    const s = (await c.signup(await c.session(), ev.id, p)).json()
    const list = (await editor.req({ url: `/api/admin/events/${ev.id}/signups` })).json()
    expect(list.signups[0].phone).toBe(`${p.phone.slice(0, 3)}****${p.phone.slice(-4)}`)
    expect(list.signups[0].name).toBe(p.name)
    const reveal = await editor.req({ method: 'POST', url: `/api/admin/signups/${s.id}/reveal` })
    expect(reveal.json()).toEqual({ id: s.id, phone: p.phone })
    const audit = (await app.inject({ url: '/api/admin/audit?limit=3', headers: token })).json()
    expect(audit.entries.slice(0, 2).map((e: { action: string; actor: string; target: string }) => [e.action, e.actor, e.target])).toEqual([
      ['signups.reveal', 'staff:editor.li', `signup:${s.id}`],
      ['signups.view', 'staff:editor.li', `event:${ev.id}`]
    ])
    // The automation token still gets whole phone numbers (scripts import them elsewhere).
    expect((await c.adminSignups(ev.id)).signups[0].phone).toBe(p.phone)
  })

  test('sessions end after 8 idle hours, not 8 hours after sign-in', async () => {
    const checker = await signIn(app, 'checker.zhao')
    offset = STAFF_SESSION_IDLE_MS - 60_000
    expect((await checker.req({ url: '/api/admin/events' })).statusCode).toBe(200)
    offset += STAFF_SESSION_IDLE_MS - 60_000
    expect((await checker.req({ url: '/api/admin/events' })).statusCode).toBe(200)
    offset += STAFF_SESSION_IDLE_MS
    const res = await checker.req({ url: '/api/admin/events' })
    expect(res.statusCode).toBe(401)
    expect(res.json().error.code).toBe('SESSION_EXPIRED')
    expect((await checker.req({ url: '/api/admin/events' })).json().error.code).toBe('UNAUTHORIZED')
  })

  test('five wrong passwords in 15 minutes lock that username (429), known or not, and only that one', async () => {
    await addStaff(app, 'target.user', 'checker')
    for (const username of ['target.user', 'ghost.user']) {
      for (let i = 0; i < 5; i++) expect((await login(app, username, `wrong-password-${i}`)).statusCode).toBe(401)
      const locked = await login(app, username, PASSWORD)
      expect(locked.statusCode).toBe(429)
      expect(locked.json().error.code).toBe('TOO_MANY_ATTEMPTS')
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800)
    }
    // Others are unaffected.
    expect((await login(app, 'checker.zhao')).statusCode).toBe(200)
    offset = LOCKOUT_WINDOW_MS + 1000
    expect((await login(app, 'target.user')).statusCode).toBe(200)
  })

  test('parallel guesses cannot get past the lockout', async () => {
    await addStaff(app, 'raced.user', 'checker')
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(app, 'raced.user', `guess-number-${i}`)))
    const codes = answers.map((a) => a.statusCode)
    expect(codes.filter((s) => s === 401).length).toBeLessThanOrEqual(5)
    expect(codes.filter((s) => s === 429).length).toBeGreaterThanOrEqual(7)
  })

  test('the audit log records views, exports, check-ins, event and staff changes, newest first, in pages, without phones', async () => {
    const admin = await signIn(app, 'admin.wang')
    const editor = await signIn(app, 'editor.li')
    const ev = (await editor.req({ method: 'POST', url: '/api/admin/events', payload: eventInput() })).json()
    const c = client(app)
    const p = person()
    const s = (await c.signup(await c.session(), ev.id, p)).json()
    await editor.req({ url: `/api/admin/events/${ev.id}/signups` })
    await editor.req({ url: `/api/admin/events/${ev.id}/signups.csv` })
    await editor.req({ method: 'POST', url: '/api/admin/checkins', payload: { code: s.checkinCode } })
    await editor.req({ method: 'PATCH', url: `/api/admin/events/${ev.id}`, payload: { title: '改过的标题' } })
    await editor.req({ method: 'PATCH', url: `/api/admin/events/${ev.id}`, payload: { cancelled: true } })
    await admin.req({ method: 'POST', url: '/api/admin/staff', payload: { username: 'audited.one', displayName: '审计', role: 'checker', password: PASSWORD } })
    await admin.req({ method: 'POST', url: '/api/admin/staff/audited.one/password', payload: { password: 'another-long-password' } })
    await admin.req({ method: 'POST', url: '/api/admin/staff/audited.one/disable' })

    const first = (await admin.req({ url: '/api/admin/audit?limit=5' })).json()
    expect(first.entries).toHaveLength(5)
    const second = (await admin.req({ url: `/api/admin/audit?limit=4&before=${first.nextBefore}` })).json()
    const entries = [...first.entries, ...second.entries]
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'staff.disable',
      'staff.reset-password',
      'staff.add',
      'event.cancel',
      'event.update',
      'checkin',
      'signups.export',
      'signups.view',
      'event.create'
    ])
    for (const e of entries) expect(Object.keys(e).sort()).toEqual(['action', 'actor', 'at', 'id', 'target'])
    expect(entries[0]).toMatchObject({ actor: 'staff:admin.wang', target: 'staff:audited.one' })
    expect(entries[5]).toMatchObject({ actor: 'staff:editor.li', target: `signup:${s.id}` })
    expect(Date.parse(entries[0].at)).toBeGreaterThan(Date.now() - 60_000)
    const all = (await admin.req({ url: '/api/admin/audit?limit=200' })).body
    expect(all).not.toContain(p.phone)
    expect(all).not.toContain(p.phone.slice(-8))
    expect(all).not.toMatch(/1[3-9]\d{9}/)
    expect((await admin.req({ url: '/api/admin/audit?limit=abc' })).statusCode).toBe(400)
  })

  test('audit entries are kept 3 years, then purged', async () => {
    const d = openDatabase(parseDatabaseUrl(db().url))
    try {
      const sdb = d.db
      const now = Date.now()
      const day = 86_400_000
      await appendAudit(sdb, { at: new Date(now - 3 * 366 * day).toISOString(), actor: 'token', action: 'checkin', target: 'signup:sg_old' })
      await appendAudit(sdb, { at: new Date(now - 3 * 364 * day).toISOString(), actor: 'token', action: 'checkin', target: 'signup:sg_kept' })
      const r = await purgeStaffData(sdb, now)
      expect(r.audit).toBe(1)
      const targets = (await listAudit(sdb, 1000)).map((e) => e.target)
      expect(targets).toContain('signup:sg_kept')
      expect(targets).not.toContain('signup:sg_old')
    } finally {
      await d.db.destroy()
    }
  })

  test('the last admin cannot be disabled; a disabled account loses its sessions', async () => {
    const editorSession = await signIn(app, 'editor.li')
    const admin = await signIn(app, 'admin.wang')
    expect((await app.inject({ method: 'POST', url: '/api/admin/staff/admin.wang/disable', headers: token })).json().error.code).toBe('LAST_ADMIN')
    expect((await admin.req({ method: 'POST', url: '/api/admin/staff/admin.wang/disable' })).json().error.code).toBe('CANNOT_DISABLE_SELF')
    await addStaff(app, 'temp.editor', 'editor')
    const temp = await signIn(app, 'temp.editor')
    expect((await admin.req({ method: 'POST', url: '/api/admin/staff/temp.editor/disable' })).statusCode).toBe(200)
    expect((await temp.req({ url: '/api/admin/events' })).statusCode).toBe(401)
    expect((await editorSession.req({ url: '/api/admin/events' })).statusCode).toBe(200)
    const list = (await admin.req({ url: '/api/admin/staff' })).json().staff
    expect(list.find((s: { username: string }) => s.username === 'temp.editor')).toMatchObject({ disabled: true, role: 'editor' })
    expect(JSON.stringify(list)).not.toContain('scrypt')
  })
})
