import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const ROOT = join(__dirname, '..', '..', '..')
function cli(...args: string[]) {
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

jest.setTimeout(60000)

test('help lists every command, and --json is machine-readable', () => {
  const text = cli('help')
  expect(text.code).toBe(0)
  for (const name of ['content export', 'search', 'timeline', 'events import']) expect(text.stdout).toContain(name)
  const json = JSON.parse(cli('help', '--json').stdout)
  expect(json.commands.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['help', 'content', 'search', 'timeline', 'events']))
})

test('an unknown command or subcommand exits 2 with one Chinese-and-English line', () => {
  for (const args of [['frobnicate'], ['content', 'import']]) {
    const r = cli(...args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/[\u4e00-\u9fff]/)
    expect(lines[0]).toMatch(/Error: /)
  }
})

test('content export prints one JSON document with every section in the documented shape', () => {
  const r = cli('content', 'export')
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
