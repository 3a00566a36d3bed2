/**
 * `timeline --stage <stage> --date YYYY-MM-DD [--json]`: the statutory dates that follow a stage.
 * With --json prints `[{ key, label, date, refs: [{ law, article }] }]`; otherwise a readable table
 * with the counting basis. Bad input: one line (Chinese / English) on stderr, exit code 2.
 */
import { formatRef } from '../../src/core/law/citations'
import { command, parseCommandArgs, usage, UsageError, type CliIo } from './io'
import { formatDateCN } from '../../src/core/date'
import { DeadlineError, STAGE_KEYS, plainTimeline, timeline } from '../../src/core/deadlines'
import { DEADLINE_BASIS, DEADLINE_RULES, STAGES } from '../../src/content/deadline-stages'

const USAGE = `timeline --stage <${STAGE_KEYS.join('|')}> --date YYYY-MM-DD [--json]`

/** Display width of a string: CJK and full-width characters count as 2 columns. */
function width(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return w
}
const pad = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)))

export const run = command(async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseCommandArgs(args, {
    stage: { type: 'string' },
    date: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
  })
  if (values.help) {
    io.stdout(`用法 / usage: ${USAGE}\n${STAGES.map((s) => `  ${s.key.padEnd(18)}${s.label}（日期：${s.dateLabel}）`).join('\n')}\n`)
    return 0
  }
  if (positionals.length) {
    return usage(io, `不认识的参数 ${positionals.join(' ')}，用法：${USAGE}`, `unknown argument ${positionals.join(' ')}; usage: ${USAGE}`)
  }
  if (!values.stage || !values.date) {
    const missing = !values.stage ? '--stage' : '--date'
    return usage(io, `缺少 ${missing} 参数，用法：${USAGE}`, `missing ${missing}; usage: ${USAGE}`)
  }
  const parsed = { stage: values.stage, date: values.date, json: values.json === true }
  let entries
  try {
    entries = timeline(DEADLINE_RULES, parsed.stage, parsed.date)
  } catch (e) {
    if (e instanceof DeadlineError) throw new UsageError(e.message, e.messageEn)
    throw e
  }
  if (parsed.json) {
    io.stdout(`${JSON.stringify(plainTimeline(entries), null, 2)}\n`)
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
  io.stdout(`${out.join('\n')}\n`)
  return 0
})
