/**
 * `cli -- feedback report [--json] [--days N] [--limit N]`: the search-miss report for staff —
 * questions citizens typed that found nothing useful (or whose answer they marked 没有帮助), most
 * frequent first, over the last N days (default 30). Reads DATABASE_URL's database (unset →
 * SQLite at ./data/app.db). Queries are stored scrubbed (no digits runs, phones, ID numbers or
 * names) and with no identifier.
 */
import { migrateToLatest, openDatabase, parseDatabaseUrl } from '../../server/db'
import { searchFeedbackReport } from '../../server/repositories/search-feedback'
import type { CliIo } from './events'

const defaultIo = (): CliIo => ({
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  env: process.env,
  cwd: process.cwd()
})

const USAGE_ZH = '用法：feedback report [--json] [--days N] [--limit N]'
const USAGE_EN = 'usage: feedback report [--json] [--days N] [--limit N]'

function usage(io: CliIo, zh: string, en: string): number {
  io.stderr(`${zh} / ${en}\n`)
  return 2
}

/** Display width: CJK counts double. */
function width(s: string): number {
  let w = 0
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1
  return w
}

export async function run(args: string[], ioOverride: Partial<CliIo> = {}): Promise<number> {
  const io = { ...defaultIo(), ...ioOverride }
  const a = args[0] === 'feedback' ? args.slice(1) : [...args]
  if (a[0] !== 'report') return usage(io, a[0] ? `未知子命令「${a[0]}」：${USAGE_ZH}` : `缺少子命令：${USAGE_ZH}`, a[0] ? `unknown subcommand "${a[0]}": ${USAGE_EN}` : `missing subcommand: ${USAGE_EN}`)
  let json = false
  let days = 30
  let limit = 50
  const rest = a.slice(1)
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    if (arg === '--json') json = true
    else if (arg === '--days' || arg === '--limit') {
      const v = rest[++i]
      const n = v !== undefined && /^[0-9]{1,3}$/.test(v) ? Number(v) : NaN
      const [min, max] = arg === '--days' ? [1, 90] : [1, 500]
      if (!(n >= min && n <= max)) return usage(io, `${arg} 应为 ${min} 到 ${max} 之间的整数`, `${arg} must be an integer ${min}..${max}`)
      if (arg === '--days') days = n
      else limit = n
    } else return usage(io, `未知参数 ${arg}：${USAGE_ZH}`, `unknown argument ${arg}: ${USAGE_EN}`)
  }
  const d = openDatabase(parseDatabaseUrl(io.env.DATABASE_URL, io.cwd))
  try {
    await migrateToLatest(d.db)
    const report = await searchFeedbackReport(d.db, Date.now(), days, limit)
    if (json) {
      io.stdout(JSON.stringify(report) + '\n')
      return 0
    }
    const lines = [`搜索未找到 / 没有帮助 的问题（${report.from} 至 ${report.to}）/ search misses ${report.from}..${report.to}`]
    if (!report.queries.length) lines.push('（暂无记录 / none）')
    const w = Math.max(8, ...report.queries.map((q) => width(q.query)))
    if (report.queries.length) lines.push(`${'问题 query'.padEnd(w - 2)}  未找到  没帮助  合计  天数  最近`)
    for (const q of report.queries) {
      lines.push(`${q.query}${' '.repeat(Math.max(0, w - width(q.query)))}  ${String(q.misses).padStart(6)}  ${String(q.unhelpful).padStart(6)}  ${String(q.total).padStart(4)}  ${String(q.days).padStart(4)}  ${q.lastDay}`)
    }
    io.stdout(lines.join('\n') + '\n')
    return 0
  } finally {
    await d.db.destroy()
  }
}
