/**
 * The one command line for bureau staff and scripts: `npm run --silent cli -- <command>`.
 * Each command lives in scripts/cli/<name>.ts and returns its exit code.
 */
import { UsageError, reportUsage } from './cli/errors'

interface Command {
  usage: string
  summary: string
  load: () => Promise<{ run: (args: string[]) => Promise<number> }>
}

const COMMANDS: Record<string, Command> = {
  help: { usage: 'help [--json]', summary: '列出全部命令 / list commands', load: async () => ({ run: help }) },
  content: { usage: 'content export', summary: '导出全部内容为 JSON / export all content as JSON', load: () => import('./cli/content') },
  search: { usage: 'search --json "<问题>" | search --batch FILE [--json]', summary: '离线检索问答、条文、图解、引导 / offline search', load: () => import('./cli/search') },
  timeline: { usage: 'timeline --stage <stage> --date YYYY-MM-DD [--json]', summary: '计算法定期限 / statutory deadlines from a date', load: () => import('./cli/timeline') },
  staff: { usage: 'staff add --username U --display-name N --role checker|editor|admin | staff disable U | staff reset-password U | staff list [--json]', summary: '工作人员账号（密码从标准输入读取）/ staff accounts (password on stdin)', load: () => import('./cli/staff') },
  events: { usage: 'events import FILE.json | events export ID [--json] | events purge [--dry-run] [--json]', summary: '导入活动、导出报名名单、清除过期个人信息 / import events, export sign-ups, purge expired personal data', load: () => import('./cli/events') }
}

async function help(args: string[]): Promise<number> {
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify({ commands: Object.entries(COMMANDS).map(([name, c]) => ({ name, usage: c.usage, summary: c.summary })) }, null, 2) + '\n')
    return 0
  }
  const lines = ['依法信访 命令行 / Lawful Petition Guide CLI', '', '用法 / usage: npm run --silent cli -- <command> [options]', '']
  for (const c of Object.values(COMMANDS)) lines.push(`  ${c.usage.padEnd(58)} ${c.summary}`)
  process.stdout.write(lines.join('\n') + '\n')
  return 0
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (!name) return help([])
  const command = COMMANDS[name]
  if (!command) return reportUsage(new UsageError(`未知命令「${name}」，运行 help 查看全部命令`, `unknown command "${name}"; run help to list commands`))
  try {
    const module = await command.load()
    return await module.run(args)
  } catch (error) {
    if (error instanceof UsageError) return reportUsage(error)
    throw error
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(`错误：命令执行失败 / Error: command failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
