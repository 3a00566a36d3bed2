/**
 * The command line in-process: scripts/cli.ts's table run by runCli with a captured io, so
 * output and exit codes are checked without a child process. One test spawns the real entry to
 * prove the exit code reaches the shell.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { COMMANDS } from '../../../scripts/cli'
import type { CliIo } from '../../../scripts/cli/io'
import { runCli, type CommandTable } from '../../../scripts/cli/run'

const ROOT = join(__dirname, '..', '..', '..')
jest.setTimeout(60000)

async function cli(args: string[], table: CommandTable = COMMANDS) {
  const out = { stdout: '', stderr: '' }
  const io: CliIo = { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s), env: {}, cwd: ROOT }
  const code = await runCli(table, args, io)
  return { code, ...out }
}

function expectUsageLine(r: { code: number; stdout: string; stderr: string }) {
  expect(r.code).toBe(2)
  expect(r.stdout).toBe('')
  const lines = r.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^错误：[^\n]*[\u4e00-\u9fff][^\n]* \/ Error: [a-z]/)
}

test('help lists every command, and --json is machine-readable', async () => {
  const text = await cli(['help'])
  expect(text.code).toBe(0)
  for (const name of ['content export', 'search', 'timeline', 'events import']) expect(text.stdout).toContain(name)
  expect((await cli([])).stdout).toBe(text.stdout)
  const json = JSON.parse((await cli(['help', '--json'])).stdout)
  expect(json.commands.map((c: { name: string }) => c.name)).toEqual(['help', ...Object.keys(COMMANDS)])
  for (const c of json.commands) expect(c).toEqual({ name: expect.any(String), usage: expect.any(String), summary: expect.stringMatching(/[\u4e00-\u9fff].* \/ [a-z]/) })
})

test('an unknown command, subcommand or option exits 2 with one Chinese-and-English line', async () => {
  for (const args of [['frobnicate'], ['content', 'import'], ['content', 'export', 'x'], ['content', 'export', '--pretty'], ['search', '--json', '--nope', 'x'], ['search', '--batch'], ['timeline', '--stage'], ['timeline', '--json=yes'], ['events', 'purge', '--all'], ['toString'], ['__proto__']]) {
    expectUsageLine(await cli(args))
  }
})

test('a new command is one entry in the table: it gets the io, its exit code and a line in help', async () => {
  const table: CommandTable = {
    ...COMMANDS,
    hello: {
      usage: 'hello NAME',
      summary: '问好 / say hello',
      load: async () => ({
        run: async (args, io) => {
          if (args.length !== 1) throw new (await import('../../../scripts/cli/io')).UsageError('需要一个名字', 'expected one name')
          io.stdout(`你好，${args[0]}\n`)
          return 0
        }
      })
    }
  }
  expect(await cli(['hello', '小明'], table)).toEqual({ code: 0, stdout: '你好，小明\n', stderr: '' })
  expectUsageLine(await cli(['hello'], table))
  expect((await cli(['help'], table)).stdout).toMatch(/hello NAME +问好 \/ say hello/)
})

test('a command that fails for another reason exits 1 with one line', async () => {
  const table: CommandTable = { boom: { usage: 'boom', summary: '失败 / fail', load: async () => ({ run: async () => Promise.reject(new Error('disk full')) }) } }
  const r = await cli(['boom'], table)
  expect(r.code).toBe(1)
  expect(r.stderr).toBe('错误：命令执行失败 / Error: command failed: disk full\n')
})

test('the real entry point passes the exit code and the one line to the shell', () => {
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/cli.ts', 'frobnicate'], { cwd: ROOT, encoding: 'utf8' })
  expect(r.status).toBe(2)
  expect(r.stdout).toBe('')
  expect(r.stderr).toBe('错误：未知命令「frobnicate」，运行 help 查看全部命令 / Error: unknown command "frobnicate"; run help to list commands\n')
})

test('content export prints one JSON document with every section in the documented shape', async () => {
  const r = await cli(['content', 'export'])
  expect(r.code).toBe(0)
  const doc = JSON.parse(r.stdout)
  expect(Object.keys(doc)).toEqual(expect.arrayContaining(['laws', 'explainers', 'interpretations', 'faq', 'guide', 'clips', 'posters']))
  const xinfang = doc.laws.find((l: { id: string }) => l.id === 'xinfang-2022')
  expect(xinfang.chapters).toHaveLength(6)
  const articles = xinfang.chapters.flatMap((c: { articles: unknown[] }) => c.articles)
  expect(articles).toHaveLength(50)
  const a35 = articles.find((a: { number: number }) => a.number === 35)
  expect(typeof a35.number).toBe('number')
  expect(a35.text).toMatch(/^信访人对信访处理意见不服的/)
  expect(articles.find((a: { number: number }) => a.number === 28).text.split('\n')).toHaveLength(3)
  expect(doc.explainers).toHaveLength(6)
  for (const chapter of doc.explainers) {
    for (const card of chapter.cards) {
      expect(card).toEqual(expect.objectContaining({ title: expect.any(String), body: expect.any(String), image: expect.stringMatching(/\.png$/) }))
      for (const ref of card.refs) expect(ref).toEqual(expect.objectContaining({ law: expect.any(String), article: expect.any(Number) }))
    }
  }
  expect(doc.interpretations.length).toBeGreaterThanOrEqual(26)
  expect(doc.interpretations[0]).toEqual(expect.objectContaining({ law: '信访工作条例', article: expect.any(Number), body: expect.any(String) }))
  expect(doc.faq.length).toBeGreaterThanOrEqual(120)
  expect(doc.guide.nodes.length).toBeGreaterThan(0)
  expect(doc.guide.channels.every((c: { refs: unknown[] }) => Array.isArray(c.refs))).toBe(true)
  expect(doc.clips[0]).toEqual(expect.objectContaining({ id: expect.any(String), src: expect.any(String), poster: expect.any(String), captions: expect.any(String), durationSeconds: expect.any(Number) }))
  expect(doc.posters.length).toBeGreaterThanOrEqual(6)
})
