import { ACTION_ROLES, actionsOf, can, STAFF_ROLES } from '../../../src/core/staff/roles'
import {
  checkDisplayName,
  checkPassword,
  checkUsername,
  LOCKOUT_WINDOW_MS,
  lockoutState,
  sessionExpired,
  sessionNeedsTouch,
  STAFF_SESSION_IDLE_MS
} from '../../../src/core/staff/rules'
import { auditEntry, AuditShapeError, auditRetentionCutoff, looksLikePhone } from '../../../src/core/staff/audit'

describe('roles: checker < editor < admin', () => {
  test('a checker checks in and sees counts, nothing else', () => {
    expect(actionsOf('checker')).toEqual(['events.list', 'checkin'])
    expect(can('checker', 'signups.view')).toBe(false)
    expect(can('checker', 'event.create')).toBe(false)
  })
  test('an editor also publishes and reads and exports lists, but manages no staff', () => {
    for (const a of ['checkin', 'event.create', 'event.update', 'event.cancel', 'signups.view', 'signups.export', 'signups.reveal'] as const) {
      expect(can('editor', a)).toBe(true)
    }
    expect(can('editor', 'staff.manage')).toBe(false)
    expect(can('editor', 'audit.read')).toBe(false)
  })
  test('an admin may do everything; an unknown role nothing', () => {
    expect(actionsOf('admin')).toEqual(Object.keys(ACTION_ROLES))
    expect(can('root', 'checkin')).toBe(false)
    expect(can(undefined, 'checkin')).toBe(false)
  })
  test('each role may do at least what the role below it may', () => {
    for (let i = 1; i < STAFF_ROLES.length; i++) {
      const lower = actionsOf(STAFF_ROLES[i - 1])
      expect(actionsOf(STAFF_ROLES[i])).toEqual(expect.arrayContaining(lower))
    }
  })
})

describe('account rules', () => {
  test('passwords: at least 10 characters as the user sees them', () => {
    expect(checkPassword('123456789')?.code).toBe('PASSWORD_TOO_SHORT')
    expect(checkPassword('          ')?.code).toBe('PASSWORD_TOO_SHORT')
    expect(checkPassword('😀😀😀😀😀😀😀😀😀')?.code).toBe('PASSWORD_TOO_SHORT')
    expect(checkPassword('信访局工作人员的密码')).toBeNull()
    expect(checkPassword('correct horse')).toBeNull()
    expect(checkPassword(12345678901)?.code).toBe('INVALID_PASSWORD')
  })
  test('usernames: short lower-case ids, never a phone number', () => {
    expect(checkUsername('wang.li')).toBeNull()
    expect(checkUsername('Wang.Li')).toBeNull()
    expect(checkUsername('w')?.code).toBe('INVALID_USERNAME')
    expect(checkUsername('王丽')?.code).toBe('INVALID_USERNAME')
    expect(checkUsername('13812345678')?.message).toContain('手机号')
  })
  test('display names: 1–40 characters, no control or direction characters', () => {
    expect(checkDisplayName('王丽')).toBeNull()
    expect(checkDisplayName('')?.code).toBe('INVALID_DISPLAY_NAME')
    expect(checkDisplayName('王\u202e丽')?.code).toBe('INVALID_DISPLAY_NAME')
  })
})

describe('sessions end after 8 idle hours', () => {
  test('idle time, not age, decides', () => {
    const t = Date.UTC(2026, 0, 1)
    expect(sessionExpired(t, t + STAFF_SESSION_IDLE_MS - 1)).toBe(false)
    expect(sessionExpired(t, t + STAFF_SESSION_IDLE_MS)).toBe(true)
    expect(sessionNeedsTouch(t, t + 30_000)).toBe(false)
    expect(sessionNeedsTouch(t, t + 61_000)).toBe(true)
  })
})

describe('lockout: five wrong passwords in 15 minutes', () => {
  const now = Date.UTC(2026, 0, 1, 12)
  test('four failures leave sign-in open; the fifth locks it', () => {
    const four = [1, 2, 3, 4].map((m) => now - m * 60_000)
    expect(lockoutState(four, now).locked).toBe(false)
    const five = [...four, now - 5 * 60_000]
    expect(lockoutState(five, now)).toEqual({ locked: true, retryAfterSeconds: 10 * 60 })
  })
  test('failures older than the window do not count', () => {
    const old = [1, 2, 3, 4, 5].map((m) => now - LOCKOUT_WINDOW_MS - m * 1000)
    expect(lockoutState(old, now).locked).toBe(false)
  })
})

describe('audit entries', () => {
  const at = Date.UTC(2026, 5, 1, 2)
  test('hold a time, an actor, an action and an id as target', () => {
    expect(auditEntry(at, 'staff:wang.li', 'signups.export', 'event:ev_abc')).toEqual({
      at: '2026-06-01T02:00:00.000Z',
      actor: 'staff:wang.li',
      action: 'signups.export',
      target: 'event:ev_abc'
    })
  })
  test('never hold a phone number', () => {
    expect(() => auditEntry(at, 'token', 'checkin', 'signup:13812345678')).toThrow(AuditShapeError)
    expect(() => auditEntry(at, 'staff:13812345678', 'checkin', 'signup:sg_abc')).toThrow(AuditShapeError)
    expect(() => auditEntry(at, 'token', 'checkin', 'signup:138 1234 5678')).toThrow(AuditShapeError)
    expect(() => auditEntry(at, 'token', 'checkin', 'event:05921234567')).toThrow(AuditShapeError)
    expect(looksLikePhone('+86 138-1234-5678')).toBe(true)
    // Ids and codes use no 0 or 1, so long digit runs in them are not phones.
    expect(looksLikePhone('sg_a23456789bcd')).toBe(false)
    expect(() => auditEntry(at, 'token', 'checkin', 'name:张三')).toThrow(AuditShapeError)
  })
  test('are kept 3 years', () => {
    expect(auditRetentionCutoff(at)).toBe('2023-06-01T02:00:00.000Z')
  })
})

describe('the door scanner reads the citizen QR code as a check-in code', () => {
  // The console's scanner module is plain TypeScript; only checkinCodeFrom is pure.
  const { checkinCodeFrom } = require('../../../admin/src/scanner') as typeof import('../../../admin/src/scanner')
  test('accepts the 8-character code with stray spaces or lower case, nothing else', () => {
    expect(checkinCodeFrom(' abcd2345\n')).toBe('ABCD2345')
    expect(checkinCodeFrom('ABCD 2345')).toBe('ABCD2345')
    expect(checkinCodeFrom('ABCD234')).toBeNull()
    expect(checkinCodeFrom('ABCD2340')).toBeNull()
    expect(checkinCodeFrom('https://example.com/x')).toBeNull()
  })
})
