/**
 * `cli -- events import FILE.json`, `cli -- events export ID [--json]` and
 * `cli -- events purge [--dry-run] [--json]`: staff work from a shell, directly against
 * DATABASE_URL's database (same rules as the server: unset → SQLite at ./data/app.db). purge
 * runs the server's retention purge now (SIGNUP_RETENTION_DAYS, SESSION_IDLE_DAYS). Bad
 * arguments: a one-line Chinese + English message on stderr, exit 2.
 */
import fs from 'node:fs'
import path from 'node:path'
import { migrateToLatest, openDatabase, parseDatabaseUrl, writeTransaction, type Database } from '../../server/db'
import { insertEvent } from '../../server/repositories/events'
import { adminSignups } from '../../server/repositories/signups'
import { purgeExpiredPersonalData, type RetentionPolicy } from '../../server/repositories/retention'
import { ApiError } from '../../server/errors'
import { signupsCsv } from '../../server/csv'
import { retentionFromEnv } from '../../server/config'
import { EVENT_ID_RE, EventImportItem } from '../../src/core/events/contract'
import { checkContract } from '../../src/core/events/check'
import { validateEventInput } from '../../src/core/validation/event'
import { auditFromCli } from '../../server/staff/cli-audit'
import { command, parseCommandArgs, usage, type CliIo } from './io'

// Commands written before scripts/cli/io.ts import the io type from here; new ones use ./io.
export type { CliIo } from './io'

export const EVENTS_HELP = [
  'events import FILE.json      导入活动（JSON 数组）/ import events from a JSON array',
  'events export ID [--json]    导出报名名单（默认 CSV）/ export an event\'s sign-ups (CSV, or JSON with --json)',
  'events purge [--dry-run] [--json]  删除活动结束超过保留期的姓名和手机号等 / erase personal data past the retention period'
].join('\n')

export const run = command(async (args: string[], io: CliIo): Promise<number> => {
  const a = args[0] === 'events' ? args.slice(1) : [...args]
  const sub = a[0]
  if (sub === undefined || sub === 'help' || sub === '--help' || sub === '-h') {
    if (sub === undefined) {
      return usage(
        io,
        '缺少子命令：用法 events import FILE.json | events export ID [--json] | events purge [--dry-run] [--json]',
        'missing subcommand: usage events import FILE.json | events export ID [--json] | events purge [--dry-run] [--json]'
      )
    }
    io.stdout(EVENTS_HELP + '\n')
    return 0
  }
  if (sub === 'import') return importCmd(a.slice(1), io)
  if (sub === 'export') return exportCmd(a.slice(1), io)
  if (sub === 'purge') return purgeCmd(a.slice(1), io)
  return usage(io, `未知子命令 ${sub}：可用 import、export、purge`, `unknown subcommand ${sub}: use import, export or purge`)
})

/** Opens DATABASE_URL's database and brings its schema up to date. */
async function openStore(io: CliIo): Promise<Database> {
  const d = openDatabase(parseDatabaseUrl(io.env.DATABASE_URL, io.cwd))
  try {
    await migrateToLatest(d.db, d.sqlite)
  } catch (e) {
    await d.db.destroy()
    throw e
  }
  return d
}

async function importCmd(args: string[], io: CliIo): Promise<number> {
  const { values, positionals: rest } = parseCommandArgs(args, { json: { type: 'boolean' } })
  const json = values.json === true
  if (rest.length !== 1) return usage(io, '用法：events import FILE.json', 'usage: events import FILE.json')
  const file = path.resolve(io.cwd, rest[0])
  let data: unknown
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? ['文件不存在', 'file not found'] : ['不是有效的 JSON', 'not valid JSON']
    return usage(io, `无法读取 ${rest[0]}：${reason[0]}`, `cannot read ${rest[0]}: ${reason[1]}`)
  }
  if (!Array.isArray(data)) return usage(io, `${rest[0]} 应为活动数组`, `${rest[0]} must be a JSON array of events`)
  // Validate everything first: one bad entry imports nothing.
  // The contract the admin API uses, plus the same rules (a start not in the past, …).
  const problems: string[] = []
  const now = Date.now()
  data.forEach((item, i) => {
    const shape = checkContract<EventImportItem>(EventImportItem, item, 'file')
    if (!shape.ok) {
      problems.push(`#${i + 1} ${shape.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`)
      return
    }
    const { id, ...fields } = shape.value
    if (id !== undefined && !EVENT_ID_RE.test(id)) problems.push(`#${i + 1} id: 编号只能含字母、数字、- 和 _`)
    const v = validateEventInput(fields, { notBefore: now })
    if (!v.ok) problems.push(`#${i + 1} ${v.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`)
  })
  if (problems.length > 0) {
    io.stderr(`导入失败，未写入任何活动 / import failed, nothing written:\n${problems.map((p) => `  ${p}`).join('\n')}\n`)
    return 1
  }
  const store = await openStore(io)
  try {
    const ids = await writeTransaction(store, async (trx) => {
      const out: string[] = []
      for (const item of data as EventImportItem[]) {
        const { id, ...fields } = item
        out.push((await insertEvent(trx, fields, { id, now, notBefore: now })).id)
      }
      return out
    })
    for (const id of ids) await auditFromCli(store.db, 'event.create', `event:${id}`)
    if (json) io.stdout(JSON.stringify({ imported: ids.length, ids }) + '\n')
    else io.stdout(`已导入 ${ids.length} 场活动 / imported ${ids.length} events\n${ids.join('\n')}${ids.length ? '\n' : ''}`)
    return 0
  } catch (e) {
    if (e instanceof ApiError) {
      io.stderr(`导入失败，未写入任何活动 / import failed, nothing written: ${e.code} ${e.message}\n`)
      return 1
    }
    throw e
  } finally {
    await store.db.destroy()
  }
}

async function exportCmd(args: string[], io: CliIo): Promise<number> {
  const { values, positionals: rest } = parseCommandArgs(args, { json: { type: 'boolean' } })
  const json = values.json === true
  if (rest.length !== 1) return usage(io, '用法：events export ID [--json]', 'usage: events export ID [--json]')
  if (!EVENT_ID_RE.test(rest[0])) return usage(io, `活动编号 ${rest[0]} 格式不正确`, `malformed event id ${rest[0]}`)
  const store = await openStore(io)
  try {
    const data = await adminSignups(store.db, rest[0], Date.now())
    // An export from the shell is an export too (个人信息保护法): on record before it is printed.
    await auditFromCli(store.db, 'signups.export', `event:${rest[0]}`)
    io.stdout(json ? JSON.stringify(data, null, 2) + '\n' : signupsCsv(data))
    return 0
  } catch (e) {
    if (e instanceof ApiError && e.statusCode === 404) {
      io.stderr(`活动 ${rest[0]} 不存在 / no event with id ${rest[0]}\n`)
      return 1
    }
    throw e
  } finally {
    await store.db.destroy()
  }
}

async function purgeCmd(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } })
  const extra = positionals[0]
  if (extra !== undefined) return usage(io, `多余的参数 ${extra}：用法 events purge [--dry-run] [--json]`, `unexpected argument ${extra}: usage events purge [--dry-run] [--json]`)
  const dryRun = values['dry-run'] === true
  const json = values.json === true
  let policy: RetentionPolicy
  try {
    policy = retentionFromEnv(io.env)
  } catch (e) {
    // intEnv's message is already "NAME=value 无效 / invalid: …" on one line.
    io.stderr(`错误：${(e as Error).message}\n`)
    return 2
  }
  const store = await openStore(io)
  try {
    const r = await purgeExpiredPersonalData(store, policy, Date.now(), dryRun)
    if (json) {
      io.stdout(JSON.stringify(r) + '\n')
    } else {
      const zh = dryRun ? '将' : '已'
      const en = dryRun ? 'would erase' : 'erased'
      io.stdout(
        `${dryRun ? '试运行，未改动数据 / dry run, nothing changed\n' : ''}` +
          `${zh}删除 ${r.signups} 条报名的姓名和手机号（${r.events} 场活动结束超过 ${r.retentionDays} 日）/ ${en} name and phone of ${r.signups} sign-ups (${r.events} events ended over ${r.retentionDays} days ago)\n` +
          `${zh}删除 ${r.idempotency} 条幂等重放记录 / ${dryRun ? 'would delete' : 'deleted'} ${r.idempotency} idempotency records\n` +
          `${zh}删除 ${r.sessions} 个闲置超过 ${r.sessionIdleDays} 日的会话 / ${dryRun ? 'would delete' : 'deleted'} ${r.sessions} sessions idle over ${r.sessionIdleDays} days\n` +
          `${zh}删除 ${r.searchFeedback} 条超过 90 日的搜索反馈统计 / ${dryRun ? 'would delete' : 'deleted'} ${r.searchFeedback} search-feedback day counts over 90 days old\n`
      )
    }
    return 0
  } finally {
    await store.db.destroy()
  }
}

