/**
 * `cli -- feedback report [--json] [--days N] [--limit N]`: the search-miss report for staff —
 * questions citizens typed that found nothing useful (or whose answer they marked 没有帮助), most
 * frequent first, over the last N days (default 30). Reads DATABASE_URL's database (unset →
 * SQLite at ./data/app.db). Queries are stored scrubbed (no digit runs, phones, ID numbers or
 * names) and with no identifier.
 */
import { migrateToLatest, openDatabase, parseDatabaseUrl } from '../../server/db'
import { searchFeedbackReport } from '../../server/repositories/search-feedback'
import { command, parseCommandArgs, UsageError, type CliIo } from './io'

const USAGE_ZH = '用法：feedback report [--json] [--days N] [--limit N]'
const USAGE_EN = 'usage: feedback report [--json] [--days N] [--limit N]'

/** Display width: CJK counts double. */
function width(s: string): number {
  let w = 0
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1
  return w
}

function intOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback
  const n = /^[0-9]{1,3}$/.test(value) ? Number(value) : NaN
  if (!(n >= min && n <= max)) throw new UsageError(`--${name} 应为 ${min} 到 ${max} 之间的整数`, `--${name} must be an integer ${min}..${max}`)
  return n
}

export const run = command(async (args: string[], io: CliIo): Promise<number> => {
  const a = args[0] === 'feedback' ? args.slice(1) : args
  const { values, positionals } = parseCommandArgs(a, { json: { type: 'boolean' }, days: { type: 'string' }, limit: { type: 'string' } })
  if (positionals[0] !== 'report' || positionals.length > 1) {
    throw new UsageError(positionals[0] ? `未知子命令「${positionals.join(' ')}」：${USAGE_ZH}` : `缺少子命令：${USAGE_ZH}`, positionals[0] ? `unknown subcommand "${positionals.join(' ')}": ${USAGE_EN}` : `missing subcommand: ${USAGE_EN}`)
  }
  const days = intOption('days', values.days, 30, 1, 90)
  const limit = intOption('limit', values.limit, 50, 1, 500)
  const d = openDatabase(parseDatabaseUrl(io.env.DATABASE_URL, io.cwd))
  try {
    await migrateToLatest(d.db)
    const report = await searchFeedbackReport(d.db, Date.now(), days, limit)
    if (values.json) {
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
})
