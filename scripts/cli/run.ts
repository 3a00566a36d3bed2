/**
 * Runs one command line against a command table (scripts/cli.ts holds the table): `help`, the
 * dispatch, and the exit codes (0 ok, 1 failed, 2 bad arguments). Pure of process: the io is
 * passed in, so tests call it in-process.
 */
import { reportUsage, usage, UsageError, type CliIo, type CliModule } from './io'

export interface CliCommand {
  usage: string
  summary: string
  load: () => Promise<CliModule>
}

export type CommandTable = Record<string, CliCommand>

function help(commands: CommandTable, args: string[], io: CliIo): number {
  if (args.includes('--json')) {
    const all = Object.entries(commands).map(([name, c]) => ({ name, usage: c.usage, summary: c.summary }))
    io.stdout(JSON.stringify({ commands: [{ name: 'help', usage: 'help [--json]', summary: '列出全部命令 / list commands' }, ...all] }, null, 2) + '\n')
    return 0
  }
  const lines = ['依法信访 命令行 / Lawful Petition Guide CLI', '', '用法 / usage: npm run --silent cli -- <command> [options]', '']
  lines.push(`  ${'help [--json]'.padEnd(58)} 列出全部命令 / list commands`)
  for (const c of Object.values(commands)) lines.push(`  ${c.usage.padEnd(58)} ${c.summary}`)
  io.stdout(lines.join('\n') + '\n')
  return 0
}

export async function runCli(commands: CommandTable, argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === 'help' || name === '--help' || name === '-h') return help(commands, args, io)
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined
  if (!command) return usage(io, `未知命令「${name}」，运行 help 查看全部命令`, `unknown command "${name}"; run help to list commands`)
  try {
    const module = await command.load()
    return await module.run(args, io)
  } catch (error) {
    if (error instanceof UsageError) return reportUsage(io, error)
    io.stderr(`错误：命令执行失败 / Error: command failed: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}
