/**
 * `timeline --stage <stage> --date YYYY-MM-DD [--json]`: the statutory dates that follow a stage.
 * With --json prints `[{ key, label, date, refs: [{ law, article }] }]`; otherwise a readable table
 * with the counting basis. Bad input: one line (Chinese / English) on stderr, exit code 2.
 */
import { formatRef } from '../../src/core/law/citations'
import { UsageError, reportUsage } from './errors'
import { DEADLINE_BASIS, DeadlineError, STAGES, STAGE_KEYS, formatDateCN, plainTimeline, timeline } from '../../src/core/deadlines'

const USAGE = `用法 / usage: timeline --stage <${STAGE_KEYS.join('|')}> --date YYYY-MM-DD [--json]`

interface Parsed {
  stage?: string
  date?: string
  json: boolean
  help: boolean
  unknown: string[]
}

function parse(args: string[]): Parsed {
  const out: Parsed = { json: false, help: false, unknown: [] }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    const eq = arg.indexOf('=')
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined
    const value = () => inline ?? args[++i]
    if (name === '--stage') out.stage = value()
    else if (name === '--date') out.date = value()
    else if (name === '--json') out.json = true
    else if (name === '--help' || name === '-h') out.help = true
    else out.unknown.push(arg)
  }
  return out
}

/** Display width of a string: CJK and full-width characters count as 2 columns. */
function width(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return w
}
const pad = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)))

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args)
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n${STAGES.map((s) => `  ${s.key.padEnd(18)}${s.label}（日期：${s.dateLabel}）`).join('\n')}\n`)
    return 0
  }
  if (parsed.unknown.length) {
    return reportUsage(new UsageError(`不认识的参数 ${parsed.unknown.join(' ')}，${USAGE}`, `unknown argument ${parsed.unknown.join(' ')}`))
  }
  if (!parsed.stage || !parsed.date) {
    const missing = !parsed.stage ? '--stage' : '--date'
    return reportUsage(new UsageError(`缺少 ${missing} 参数，${USAGE}`, `missing ${missing}`))
  }
  let entries
  try {
    entries = timeline(parsed.stage, parsed.date)
  } catch (e) {
    if (e instanceof DeadlineError) {
      return reportUsage(new UsageError(e.message, e.messageEn))
    }
    throw e
  }
  if (parsed.json) {
    process.stdout.write(`${JSON.stringify(plainTimeline(entries), null, 2)}\n`)
    return 0
  }
  const stage = STAGES.find((s) => s.key === parsed.stage)!
  const rows = entries.map((e) => [
    e.key,
    e.label,
    `${formatDateCN(e.date)}${e.uncertain ? ' *' : ''}`,
    e.refs.map((r) => formatRef(r)).join('、')
  ])
  const head = ['key', '事项', '日期', '依据']
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))))
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i]))).join('  ')
  const out = [
    `${stage.label}：${stage.dateLabel} ${formatDateCN(parsed.date)}`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line)
  ]
  const notes = entries.flatMap((e) => e.notes.map((n) => `${e.key}: ${n}`))
  if (notes.length) out.push('', ...notes)
  if (entries.some((e) => e.uncertain)) out.push('* 该年份节假日未核实，日期可能顺延。')
  out.push('', '计算依据：', ...DEADLINE_BASIS.split('\n').map((l) => `  ${l}`))
  process.stdout.write(`${out.join('\n')}\n`)
  return 0
}
