/**
 * Staff roles and what each may do: one table. checker < editor < admin; a role may do
 * everything the roles below it may. Pure: the server's auth hook, the CLI and the console all
 * read this table (the console only to hide what the server would refuse anyway).
 */
export const STAFF_ROLES = ['checker', 'editor', 'admin'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const ROLE_LABELS: Record<StaffRole, string> = {
  checker: '签到员',
  editor: '活动编辑',
  admin: '管理员'
}

/** Every staff action the server authorises, with the least role that may perform it. */
export const ACTION_ROLES = {
  /** The staff event list with seat, waitlist and check-in counts (no personal data). */
  'events.list': 'checker',
  /** Check a citizen in at the door (by code, typed or scanned). */
  'checkin': 'checker',
  'event.create': 'editor',
  'event.update': 'editor',
  'event.cancel': 'editor',
  /** Read an event's sign-up list (names; phones masked for staff sessions). */
  'signups.view': 'editor',
  /** Show one sign-up's full phone number. */
  'signups.reveal': 'editor',
  'signups.export': 'editor',
  /** The search-miss report (top searches without an answer). */
  'feedback.read': 'editor',
  /** Print-ready guide map and posters (/api/admin/print). */
  'print': 'editor',
  'staff.list': 'admin',
  'staff.manage': 'admin',
  'audit.read': 'admin'
} as const satisfies Record<string, StaffRole>

export type StaffAction = keyof typeof ACTION_ROLES

const RANK: Record<StaffRole, number> = { checker: 1, editor: 2, admin: 3 }

export function isStaffRole(v: unknown): v is StaffRole {
  return typeof v === 'string' && (STAFF_ROLES as readonly string[]).includes(v)
}

/** Whether `role` may perform `action`. Unknown roles may do nothing. */
export function can(role: string | null | undefined, action: StaffAction): boolean {
  if (!isStaffRole(role)) return false
  return RANK[role] >= RANK[ACTION_ROLES[action]]
}

/** The actions a role may perform, in table order (shown by `cli -- staff list --json`, the console). */
export function actionsOf(role: StaffRole): StaffAction[] {
  return (Object.keys(ACTION_ROLES) as StaffAction[]).filter((a) => can(role, a))
}
