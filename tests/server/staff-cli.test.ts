import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { run } from '../../scripts/cli/staff'
import { run as eventsCli } from '../../scripts/cli/events'
import { ADMIN, client, describeEachDb, makeApp } from './helpers'

jest.setTimeout(60_000)

function cli(env: NodeJS.ProcessEnv, password = '') {
  const out = { stdout: '', stderr: '' }
  return {
    out,
    io: {
      stdout: (s: string) => void (out.stdout += s),
      stderr: (s: string) => void (out.stderr += s),
      readLine: async () => password,
      env,
      cwd: os.tmpdir()
    }
  }
}

describeEachDb('staff CLI', (db) => {
  test('a bureau creates its first admin, who signs in; disable and reset-password end sessions; all audited', async () => {
    const env = { DATABASE_URL: db().url } as unknown as NodeJS.ProcessEnv
    const add = cli(env, 'first-admin-password')
    expect(await run(['staff', 'add', '--username', 'Chen.Admin', '--display-name', '陈主任', '--role', 'admin'], add.io)).toBe(0)
    expect(add.out.stdout).toContain('chen.admin')

    const short = cli(env, 'short')
    expect(await run(['add', '--username', 'x.y', '--display-name', '某', '--role', 'editor'], short.io)).toBe(2)
    expect(short.out.stderr).toContain('至少 10 个字符')
    const badRole = cli(env, 'long-enough-password')
    expect(await run(['add', '--username', 'x.y', '--display-name', '某', '--role', 'boss'], badRole.io)).toBe(2)
    expect(badRole.out.stderr).toContain('--role')
    expect(await run(['add', '--username', 'x.y', '--display-name', '某', '--role', 'editor', '--bogus'], cli(env).io)).toBe(2)
    const dup = cli(env, 'first-admin-password')
    expect(await run(['add', '--username', 'chen.admin', '--display-name', '陈', '--role', 'admin'], dup.io)).toBe(1)
    expect(dup.out.stderr).toContain('已存在')
    expect(await run(['add', '--username', 'li.door', '--display-name', '李门岗', '--role', 'checker'], cli(env, 'door-password-1').io)).toBe(0)

    const app = await makeApp(db())
    try {
      const login = (username: string, password: string) => app.inject({ method: 'POST', url: '/api/staff/login', payload: { username, password } })
      const res = await login('chen.admin', 'first-admin-password')
      expect(res.statusCode).toBe(200)
      expect(res.json().staff).toEqual({ username: 'chen.admin', displayName: '陈主任', role: 'admin' })
      const door = await login('li.door', 'door-password-1')
      const doorCookie = door.headers['set-cookie'].split(';')[0]

      expect(await run(['reset-password', 'li.door'], cli(env, 'door-password-2').io)).toBe(0)
      expect((await app.inject({ url: '/api/admin/events', headers: { cookie: doorCookie } })).statusCode).toBe(401)
      expect((await login('li.door', 'door-password-1')).statusCode).toBe(401)
      expect((await login('li.door', 'door-password-2')).statusCode).toBe(200)

      expect(await run(['disable', 'li.door'], cli(env).io)).toBe(0)
      expect((await login('li.door', 'door-password-2')).statusCode).toBe(401)
      expect(await run(['disable', 'nobody'], cli(env).io)).toBe(1)
      const lastAdmin = cli(env)
      expect(await run(['disable', 'chen.admin'], lastAdmin.io)).toBe(1)
      expect(lastAdmin.out.stderr).toContain('最后一个')

      const list = cli(env)
      expect(await run(['list', '--json'], list.io)).toBe(0)
      expect(JSON.parse(list.out.stdout).staff.map((s: { username: string; role: string; disabled: boolean }) => [s.username, s.role, s.disabled])).toEqual([
        ['chen.admin', 'admin', false],
        ['li.door', 'checker', true]
      ])

      const audit = (await app.inject({ url: '/api/admin/audit', headers: { authorization: `Bearer ${ADMIN}` } })).json()
      const cliEntries = audit.entries.filter((e: { actor: string }) => e.actor.startsWith('cli:')).map((e: { action: string; target: string }) => `${e.action} ${e.target}`)
      expect(cliEntries).toEqual(['staff.disable staff:li.door', 'staff.reset-password staff:li.door', 'staff.add staff:li.door', 'staff.add staff:chen.admin'])

      // An export from the shell is on record too.
      const ev = await client(app).createEvent()
      const exported = cli(env)
      expect(await eventsCli(['events', 'export', ev.id], exported.io)).toBe(0)
      const latest = (await app.inject({ url: '/api/admin/audit?limit=1', headers: { authorization: `Bearer ${ADMIN}` } })).json().entries[0]
      expect(latest).toMatchObject({ action: 'signups.export', target: `event:${ev.id}`, actor: expect.stringMatching(/^cli:/) })
    } finally {
      await app.close()
    }
  })
})

test('npm run cli -- staff add reads the password from standard input', () => {
  const dir = require('node:fs').mkdtempSync(path.join(os.tmpdir(), 'yifa-staff-cli-'))
  const env = { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 'app.db')}` }
  const root = path.join(__dirname, '..', '..')
  const add = spawnSync('npx', ['tsx', 'scripts/cli.ts', 'staff', 'add', '--username', 'first', '--display-name', '首位管理员', '--role', 'admin'], {
    cwd: root,
    env,
    input: 'a-long-enough-password\n',
    encoding: 'utf8'
  })
  expect(add.stderr).toBe('')
  expect(add.status).toBe(0)
  const list = spawnSync('npx', ['tsx', 'scripts/cli.ts', 'staff', 'list'], { cwd: root, env, encoding: 'utf8' })
  expect(list.stdout).toMatch(/^first\s+admin\s+启用\s+首位管理员$/m)
  require('node:fs').rmSync(dir, { recursive: true, force: true })
})
