/**
 * The audit trail (个人信息保护法: access to personal information is recorded). One entry per
 * view or export of a sign-up list, phone reveal, check-in, event change and staff change:
 * `{ at, actor, action, target }`. Entries name things by id, never by a person's phone
 * number: auditEntry refuses any field that looks like one.
 */
export const AUDIT_ACTIONS = {
  'signups.view': '查看报名名单',
  'signups.export': '导出报名名单',
  'signups.reveal': '查看完整手机号',
  'checkin': '签到',
  'event.create': '发布活动',
  'event.update': '修改活动',
  'event.cancel': '取消活动',
  'staff.add': '添加人员',
  'staff.disable': '停用人员',
  'staff.reset-password': '重置密码',
  'staff.login': '登录',
  'staff.logout': '退出登录'
} as const

export type AuditAction = keyof typeof AUDIT_ACTIONS

/** Audit entries are kept 3 years, then deleted by the retention purge. */
export const AUDIT_RETENTION_YEARS = 3

export interface AuditEntry {
  /** ISO 8601 time. */
  at: string
  /** `staff:<username>`, `token` (the ADMIN_TOKEN bearer) or `cli:<os user>`. */
  actor: string
  action: AuditAction
  /** What was acted on: `event:<id>`, `signup:<id>`, `staff:<username>`, `code:<check-in code>` (a code that matched nothing). */
  target: string
}

/**
 * A mainland mobile number, or a run of 7+ digits holding a 0 or 1 (landlines such as
 * 0592-1234567). Our ids and check-in codes use an alphabet without 0 and 1, so they never match.
 */
export function looksLikePhone(s: string): boolean {
  const compact = s.replace(/[\s()-]/g, '')
  if (/1[3-9]\d{9}/.test(compact)) return true
  return (compact.match(/\d{7,}/g) ?? []).some((run) => /[01]/.test(run))
}

const TARGET_RE = /^(event|signup|staff|code|audit):[A-Za-z0-9_.@-]{1,64}$/
const ACTOR_RE = /^(token|staff:[a-z0-9._-]{2,32}|cli:[A-Za-z0-9._-]{1,64})$/

export class AuditShapeError extends Error {}

/** Builds an entry, refusing anything that is not an id or that could carry a phone number. */
export function auditEntry(at: number, actor: string, action: AuditAction, target: string): AuditEntry {
  if (!(action in AUDIT_ACTIONS)) throw new AuditShapeError(`unknown audit action ${action}`)
  if (!ACTOR_RE.test(actor)) throw new AuditShapeError('audit actor must be token, staff:<username> or cli:<user>')
  if (!TARGET_RE.test(target)) throw new AuditShapeError('audit target must be kind:id')
  if (looksLikePhone(actor) || looksLikePhone(target)) throw new AuditShapeError('audit entries never hold a phone number')
  if (!Number.isFinite(at)) throw new AuditShapeError('audit time invalid')
  return { at: new Date(at).toISOString(), actor, action, target }
}

/** The cutoff before which entries are deleted: `now` minus 3 calendar years (UTC). */
export function auditRetentionCutoff(now: number): string {
  const d = new Date(now)
  d.setUTCFullYear(d.getUTCFullYear() - AUDIT_RETENTION_YEARS)
  return d.toISOString()
}

export const AUDIT_PAGE_DEFAULT = 50
export const AUDIT_PAGE_MAX = 200
