import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../../scripts/cli/search'

async function capture(args: string[]) {
  const o = { out: '', err: '' }
  const code = await run(args, { stdout: (s) => void (o.out += s), stderr: (s) => void (o.err += s), env: {}, cwd: process.cwd() })
  return { code, ...o }
}

describe('search CLI', () => {
  it('prints the documented JSON for one query', async () => {
    const { code, out } = await capture(['--json', '复查要多久'])
    expect(code).toBe(0)
    const json = JSON.parse(out)
    expect(json.query).toBe('复查要多久')
    expect(json.results.length).toBeGreaterThan(0)
    expect(json.results.length).toBeLessThanOrEqual(10)
    for (const r of json.results) {
      expect(Object.keys(r).sort()).toEqual(['id', 'refs', 'score', 'title', 'type'])
      for (const ref of r.refs) expect(Object.keys(ref).sort()).toEqual(['article', 'law'])
    }
    for (let i = 1; i < json.results.length; i++) expect(json.results[i - 1].score).toBeGreaterThanOrEqual(json.results[i].score)
  })

  it('an article result carries its own law and article', async () => {
    const { out } = await capture(['--json', '第35条'])
    const first = JSON.parse(out).results[0]
    expect(first).toMatchObject({ id: 'xinfang-2022/35', type: 'article', refs: [{ law: '信访工作条例', article: 35 }] })
  })

  it('--batch prints one JSON object per line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-cli-'))
    const file = join(dir, 'q.txt')
    writeFileSync(file, '复查要多久\n\nxinfang去哪\n上访多久有回复\n')
    const { code, out } = await capture(['--batch', file, '--json'])
    expect(code).toBe(0)
    const lines = out.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.query)).toEqual(['复查要多久', 'xinfang去哪', '上访多久有回复'])
  })

  it.each([[[]], [['--json']], [['复查']], [['--json', 'a', 'b']], [['--batch']], [['--batch', '/nonexistent/q.txt', '--json']], [['--json', '--nope', 'x']]])(
    'bad arguments %j → exit 2 with a one-line bilingual message',
    async (args) => {
      const { code, out, err } = await capture(args as string[])
      expect(code).toBe(2)
      expect(out).toBe('')
      expect(err.trim().split('\n')).toHaveLength(1)
      expect(err).toMatch(/[\u4e00-\u9fff]/)
      expect(err).toMatch(/[a-z]{3,}/)
    }
  )
})
