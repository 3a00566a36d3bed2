import { run } from '../../../scripts/cli/timeline'

async function capture(args: string[]) {
  const out = { stdout: '', stderr: '' }
  const code = await run(args, { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s), env: {}, cwd: process.cwd() })
  return { code, ...out }
}

describe('cli timeline', () => {
  it('prints the dates as JSON', async () => {
    const r = await capture(['--stage', 'accepted', '--date', '2026-06-01', '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual([
      { key: 'handled', label: '办结期限', date: '2026-07-31', refs: [{ law: '信访工作条例', article: 34 }] },
      // 2026-08-30 is a Sunday: the period ends on the next working day (民法典第二百零三条).
      { key: 'extended', label: '延期后的最晚办结日期', date: '2026-08-31', shiftedFrom: '2026-08-30', refs: [{ law: '信访工作条例', article: 34 }] }
    ])
    expect(r.stderr).toBe('')
  })

  it('accepts --stage=… forms and every stage', async () => {
    for (const stage of ['submitted', 'transferred', 'reply-received', 'review-requested', 'review-received', 'recheck-requested']) {
      const r = await capture([`--stage=${stage}`, '--date=2026-03-02', '--json'])
      expect(r.code).toBe(0)
      const rows = JSON.parse(r.stdout)
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) expect(Object.keys(row)).toEqual(['key', 'label', 'date', 'refs'])
    }
  })

  it('prints a table with the basis without --json', async () => {
    const r = await capture(['--stage', 'reply-received', '--date', '2025-09-05'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/review-request/)
    expect(r.stdout).toMatch(/2025年10月9日（星期四）/)
    expect(r.stdout).toMatch(/计算依据/)
  })

  it.each([
    [['--stage', 'accepted', '--date', '2026-02-30', '--json'], /日期.*invalid date/],
    [['--stage', 'nope', '--date', '2026-06-01'], /阶段.*unknown stage/],
    [['--date', '2026-06-01'], /缺少 --stage.*missing --stage/],
    [['--stage', 'accepted'], /缺少 --date.*missing --date/],
    [['--stage', 'accepted', '--date', '2026-06-01', '--bogus'], /unknown argument/]
  ])('exits 2 with one line on stderr for %p', async (args, message) => {
    const r = await capture(args as string[])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message as RegExp)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })
})
