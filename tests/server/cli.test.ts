import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run } from '../../scripts/cli/events'
import { client, describeEachDb, eventInput, makeApp, person } from './helpers'

function capture(env: NodeJS.ProcessEnv) {
  const out = { stdout: '', stderr: '' }
  return {
    out,
    io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s), env, cwd: os.tmpdir() }
  }
}

describeEachDb('events CLI', (db) => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-cli-'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  test('import validates, writes all or nothing, prints the count; export gives CSV or JSON', async () => {
    const env = { DATABASE_URL: db().url } as unknown as NodeJS.ProcessEnv
    const good = path.join(dir, 'good.json')
    fs.writeFileSync(good, JSON.stringify([eventInput({ title: '导入一' }), { ...eventInput({ title: '导入二', district: '同安' }), id: 'ev_import_2' }]))
    const a = capture(env)
    expect(await run(['events', 'import', good], a.io)).toBe(0)
    expect(a.out.stdout).toContain('imported 2 events')
    expect(a.out.stdout).toContain('ev_import_2')

    const bad = path.join(dir, 'bad.json')
    fs.writeFileSync(bad, JSON.stringify([eventInput({ title: '会写入吗' }), eventInput({ capacity: 0 })]))
    const b = capture(env)
    expect(await run(['import', bad], b.io)).toBe(1)
    expect(b.out.stderr).toContain('#2')
    expect(b.out.stderr).toContain('capacity')
    // The admin API's contract and rules: unknown fields, labels, no start in the past.
    const rules = path.join(dir, 'rules.json')
    fs.writeFileSync(rules, JSON.stringify([{ ...eventInput(), seatsLeft: 3 }, eventInput({ title: 'x'.repeat(61) }), eventInput({ startsAt: '2020-01-01T10:00:00+08:00', endsAt: '2020-01-01T12:00:00+08:00' })]))
    const r = capture(env)
    expect(await run(['events', 'import', rules], r.io)).toBe(1)
    expect(r.out.stderr).toMatch(/#1 seatsLeft: .*不认识的字段/)
    expect(r.out.stderr).toMatch(/#2 title: .*title（标题）.*最多 60/)
    expect(r.out.stderr).toMatch(/#3 startsAt: .*不能早于现在/)

    // The server sees exactly the two good events.
    const app = await makeApp(db())
    try {
      const titles = ((await app.inject('/api/events')).json().events as Array<{ title: string }>).map((e) => e.title)
      expect(titles.sort()).toEqual(['导入一', '导入二'])
      const c = client(app)
      const t = await c.session()
      expect((await c.signup(t, 'ev_import_2', person({ name: '=HYPER', phone: '13811112222' }))).statusCode).toBe(400)
      expect((await c.signup(t, 'ev_import_2', person({ name: '赵六', phone: '13811112222' }))).statusCode).toBe(201)
    } finally {
      await app.close()
    }

    const csv = capture(env)
    expect(await run(['events', 'export', 'ev_import_2'], csv.io)).toBe(0)
    expect(csv.out.stdout.startsWith('\uFEFF序号,姓名,手机号')).toBe(true)
    expect(csv.out.stdout).toContain('赵六,13811112222,1,已确认')
    const json = capture(env)
    expect(await run(['events', 'export', 'ev_import_2', '--json'], json.io)).toBe(0)
    const parsed = JSON.parse(json.out.stdout)
    expect(parsed.event.id).toBe('ev_import_2')
    expect(parsed.signups[0]).toMatchObject({ name: '赵六', phone: '13811112222', status: 'confirmed' })

    const missing = capture(env)
    expect(await run(['events', 'export', 'ev_nope'], missing.io)).toBe(1)
    expect(missing.out.stderr).toContain('no event')
  })

  test('bad arguments: one line of Chinese and English on stderr, exit 2', async () => {
    const env = { DATABASE_URL: db().url } as unknown as NodeJS.ProcessEnv
    for (const args of [[], ['events'], ['events', 'frobnicate'], ['events', 'import'], ['events', 'import', '/no/such/file.json'], ['events', 'export'], ['events', 'export', 'a', 'b'], ['events', 'export', 'x', '--csv'], ['events', 'export', "'; drop"], ['events', 'purge', '--all']]) {
      const c = capture(env)
      expect(await run(args, c.io)).toBe(2)
      const lines = c.out.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/[\u4e00-\u9fff].* \/ (Error: )?[a-z]/)
    }
    const notArray = path.join(os.tmpdir(), `yifa-cli-obj-${process.pid}.json`)
    fs.writeFileSync(notArray, '{"a":1}')
    const c = capture(env)
    expect(await run(['events', 'import', notArray], c.io)).toBe(2)
    fs.rmSync(notArray)
  })
})
