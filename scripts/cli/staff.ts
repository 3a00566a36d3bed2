/**
 * `cli -- staff add --username U --display-name N --role checker|editor|admin` (password on
 * standard input), `staff disable U`, `staff reset-password U` (new password on standard input)
 * and `staff list [--json]`, directly against DATABASE_URL's database. This is how a bureau
 * creates its first admin account; every change is written to the audit log as `cli:<os user>`.
 */
import { migrateToLatest, openDatabase, parseDatabaseUrl } from '../../server/db'
import { ApiError } from '../../server/errors'
import { appendAudit, listStaff } from '../../server/repositories/staff'
import { addStaff, disableAccount, resetPassword } from '../../server/staff/accounts'
import { cliActor } from '../../server/staff/cli-audit'
import { auditEntry } from '../../src/core/staff/audit'
import { checkDisplayName, checkPassword, checkRole, checkUsername, normaliseUsername } from '../../src/core/staff/rules'
import { ROLE_LABELS, type StaffRole } from '../../src/core/staff/roles'
import { command, parseCommandArgs, usage, type CliIo } from './io'

export const STAFF_USAGE =
  'staff add --username U --display-name N --role checker|editor|admin (密码从标准输入读取 / password on stdin) | staff disable U | staff reset-password U | staff list [--json]'

export const run = command(async (args: string[], io: CliIo): Promise<number> => {
  const a = args[0] === 'staff' ? args.slice(1) : [...args]
  const parsed = parseCommandArgs(a, { username: { type: 'string' }, 'display-name': { type: 'string' }, role: { type: 'string' }, json: { type: 'boolean' } })
  const [sub, ...rest] = parsed.positionals
  const v = parsed.values
  if (!sub) return usage(io, `缺少子命令；用法：${STAFF_USAGE}`, `missing subcommand; usage: ${STAFF_USAGE}`)
  if (!['add', 'disable', 'reset-password', 'list'].includes(sub)) return usage(io, `未知子命令 ${sub}；可用 add、disable、reset-password、list`, `unknown subcommand ${sub}`)

  // Check the arguments before opening the database or reading a password.
  let username = ''
  if (sub === 'add') {
    if (rest.length > 0) return usage(io, `多余的参数 ${rest[0]}`, `unexpected argument ${rest[0]}`)
    const bad = [checkUsername(v.username), checkDisplayName(v['display-name']), checkRole(v.role)].find((x) => x !== null)
    if (bad) return usage(io, `${bad.message}（--${bad.field === 'displayName' ? 'display-name' : bad.field}）`, `invalid --${bad.field === 'displayName' ? 'display-name' : bad.field}`)
    username = normaliseUsername(v.username as string)
  } else if (sub === 'disable' || sub === 'reset-password') {
    if (rest.length !== 1) return usage(io, `用法：staff ${sub} 用户名`, `usage: staff ${sub} USERNAME`)
    username = normaliseUsername(rest[0])
  } else if (rest.length > 0) return usage(io, `多余的参数 ${rest[0]}`, `unexpected argument ${rest[0]}`)

  let password = ''
  if (sub === 'add' || sub === 'reset-password') {
    if (!io.readLine) throw new Error('no standard input to read the password from')
    password = await io.readLine('密码 / password: ')
    const bad = checkPassword(password)
    if (bad) return usage(io, `${bad.message}（从标准输入读取第一行）`, 'the password (first line of standard input) must have at least 10 characters')
  }

  const database = openDatabase(parseDatabaseUrl(io.env.DATABASE_URL, io.cwd))
  try {
    await migrateToLatest(database.db, database.sqlite)
    const db = database.db
    const service = { db, now: Date.now, audit: (actor: string, action: Parameters<typeof auditEntry>[2], target: string) => appendAudit(db, auditEntry(Date.now(), actor, action, target)) }
    const actor = cliActor()
    if (sub === 'add') {
      const account = await addStaff(service, { username, displayName: (v['display-name'] as string).trim(), role: v.role as StaffRole, password }, actor)
      io.stdout(`已添加 ${account.username}（${account.displayName}，${ROLE_LABELS[account.role]}）/ added ${account.username} as ${account.role}\n`)
    } else if (sub === 'disable') {
      await disableAccount(service, username, actor)
      io.stdout(`已停用 ${username}，其登录已全部失效 / disabled ${username} and ended its sessions\n`)
    } else if (sub === 'reset-password') {
      await resetPassword(service, username, password, actor)
      io.stdout(`已重置 ${username} 的密码，其登录已全部失效 / reset the password of ${username} and ended its sessions\n`)
    } else {
      const staff = await listStaff(db)
      if (v.json) io.stdout(JSON.stringify({ staff }, null, 2) + '\n')
      else {
        const lines = staff.map((s) => `${s.username.padEnd(20)} ${s.role.padEnd(8)} ${s.disabled ? '已停用' : '启用  '} ${s.displayName}`)
        io.stdout((lines.length ? lines.join('\n') : '还没有工作人员账号 / no staff accounts yet') + '\n')
      }
    }
    return 0
  } catch (e) {
    if (e instanceof ApiError) {
      io.stderr(`错误：${e.message} / Error: ${e.code}\n`)
      return 1
    }
    throw e
  } finally {
    await database.db.destroy()
  }
})
