/**
 * The one command line for bureau staff and scripts: `npm run --silent cli -- <command>`.
 * A command is a file scripts/cli/<name>.ts exporting `run(args, io)` (see scripts/cli/io.ts)
 * plus one line in this table; `help` lists the table.
 */
import { processIo } from './cli/io'
import { runCli, type CommandTable } from './cli/run'

export const COMMANDS: CommandTable = {
  content: { usage: 'content export', summary: '导出全部内容为 JSON / export all content as JSON', load: () => import('./cli/content') },
  search: { usage: 'search --json "<问题>" | search --batch FILE [--json]', summary: '离线检索问答、条文、图解、引导 / offline search', load: () => import('./cli/search') },
  timeline: { usage: 'timeline --stage <stage> --date YYYY-MM-DD [--json]', summary: '计算法定期限 / statutory deadlines from a date', load: () => import('./cli/timeline') },
  staff: { usage: 'staff add --username U --display-name N --role checker|editor|admin | staff disable U | staff reset-password U | staff list [--json]', summary: '工作人员账号（密码从标准输入读取） / staff accounts (password on stdin)', load: () => import('./cli/staff') },
  events: { usage: 'events import FILE.json | events export ID [--json] | events purge [--dry-run] [--json]', summary: '导入活动、导出报名名单、清除过期个人信息 / import events, export sign-ups, purge expired personal data', load: () => import('./cli/events') },
  print: { usage: 'print guide --out DIR [--size A3|A4] | print posters --out DIR', summary: '印刷版引导图与海报 PDF / print-ready guide map and posters', load: () => import('./cli/print') },
  feedback: { usage: 'feedback report [--json] [--days N] [--limit N]', summary: '搜索未找到的问题统计 / top search misses', load: () => import('./cli/feedback') }
}

if (require.main === module) {
  runCli(COMMANDS, process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code
  })
}
