/**
 * Rules of staff accounts, sessions and sign-in, as pure functions of their inputs (times are
 * passed in). The server applies them; tests pin them down.
 */
import { isStaffRole, type StaffRole } from './roles'
import { looksLikePhone } from './audit'

export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_LENGTH = 200
/** A staff session ends after this long without a request. */
export const STAFF_SESSION_IDLE_MS = 8 * 3600_000
/** A session's last use is written at most this often (one write per minute per session). */
export const STAFF_SESSION_TOUCH_MS = 60_000
/** Wrong passwords for one username within the window before sign-in is refused with 429. */
export const LOCKOUT_MAX_FAILURES = 5
export const LOCKOUT_WINDOW_MS = 15 * 60_000

export const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{1,31}$/

export interface RuleError {
  field: string
  code: string
  message: string
}

/** Usernames are compared case-insensitively: stored and looked up lower-case and trimmed. */
export function normaliseUsername(raw: string): string {
  return raw.trim().toLowerCase()
}

export function checkUsername(raw: unknown): RuleError | null {
  if (typeof raw !== 'string' || !USERNAME_RE.test(normaliseUsername(raw))) {
    return { field: 'username', code: 'INVALID_USERNAME', message: '用户名应为 2–32 个小写字母、数字或 . _ -，以字母或数字开头' }
  }
  // Usernames appear in the audit trail, which never holds a phone number.
  if (looksLikePhone(raw)) return { field: 'username', code: 'INVALID_USERNAME', message: '用户名不能是手机号或电话号码' }
  return null
}

export function checkDisplayName(raw: unknown): RuleError | null {
  const n = typeof raw === 'string' ? Array.from(raw.trim()).length : 0
  // eslint-disable-next-line no-control-regex
  if (typeof raw !== 'string' || n < 1 || n > 40 || /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(raw)) {
    return { field: 'displayName', code: 'INVALID_DISPLAY_NAME', message: '姓名应为 1–40 个字，不含控制字符' }
  }
  return null
}

export function checkRole(raw: unknown): RuleError | null {
  return isStaffRole(raw) ? null : { field: 'role', code: 'INVALID_ROLE', message: '角色应为 checker（签到员）、editor（活动编辑）或 admin（管理员）' }
}

/** At least 10 characters (counted as the user sees them), not blank, at most 200. */
export function checkPassword(raw: unknown): RuleError | null {
  if (typeof raw !== 'string') return { field: 'password', code: 'INVALID_PASSWORD', message: '密码应为文字' }
  const n = Array.from(raw).length
  if (n < PASSWORD_MIN_LENGTH || raw.trim().length === 0) {
    return { field: 'password', code: 'PASSWORD_TOO_SHORT', message: `密码至少 ${PASSWORD_MIN_LENGTH} 个字符` }
  }
  if (n > PASSWORD_MAX_LENGTH) return { field: 'password', code: 'PASSWORD_TOO_LONG', message: `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符` }
  return null
}

/** Whether a session last used at `lastUsedAt` (ms) has ended by `now` (ms). */
export function sessionExpired(lastUsedAt: number, now: number): boolean {
  return !(now - lastUsedAt < STAFF_SESSION_IDLE_MS)
}

/** Whether a live session's last use should be written now. */
export function sessionNeedsTouch(lastUsedAt: number, now: number): boolean {
  return !(now - lastUsedAt < STAFF_SESSION_TOUCH_MS)
}

export interface LockoutState {
  locked: boolean
  /** Seconds until the oldest counted failure leaves the window (0 when not locked). */
  retryAfterSeconds: number
}

/**
 * Sign-in lockout for one username, from the times (ms) of its recent wrong passwords: locked
 * once LOCKOUT_MAX_FAILURES fall within LOCKOUT_WINDOW_MS before `now`. The same rule applies to
 * usernames that do not exist, so a lockout reveals nothing about which accounts exist.
 */
export function lockoutState(failureTimes: readonly number[], now: number): LockoutState {
  const recent = failureTimes.filter((t) => t > now - LOCKOUT_WINDOW_MS && t <= now).sort((a, b) => b - a)
  if (recent.length < LOCKOUT_MAX_FAILURES) return { locked: false, retryAfterSeconds: 0 }
  // Unlocks when the failure that completed the fifth-most-recent falls out of the window.
  const unlockAt = recent[LOCKOUT_MAX_FAILURES - 1] + LOCKOUT_WINDOW_MS
  return { locked: true, retryAfterSeconds: Math.max(1, Math.ceil((unlockAt - now) / 1000)) }
}

/** The one answer for an unknown user, a disabled account and a wrong password. */
export const BAD_CREDENTIALS = { code: 'BAD_CREDENTIALS', message: '用户名或密码不正确' } as const
export const LOCKED_OUT = { code: 'TOO_MANY_ATTEMPTS', message: '密码错误次数过多，请 15 分钟后再试' } as const

export interface StaffIdentity {
  username: string
  displayName: string
  role: StaffRole
}
