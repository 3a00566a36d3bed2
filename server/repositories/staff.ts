/**
 * Staff data access: plain functions over Kysely (CamelCasePlugin), one concern each: accounts,
 * staff sessions, sign-in attempts, the audit log, and the console's per-event counts. Routes,
 * the auth hook and the CLI call these; none of them writes SQL of its own.
 */
import crypto from 'node:crypto'
import type { Insertable, Kysely, Selectable } from 'kysely'
import type { AuditAction, AuditEntry } from '../../src/core/staff/audit'
import { auditRetentionCutoff } from '../../src/core/staff/audit'
import { LOCKOUT_WINDOW_MS, STAFF_SESSION_IDLE_MS } from '../../src/core/staff/rules'
import type { StaffAccount } from '../../src/core/staff/types'
import type { StaffRole } from '../../src/core/staff/roles'
import type { DB, StaffTable } from '../db'

export type StaffDb = Kysely<DB>
export type StaffRow = Selectable<StaffTable>


export const sha256Hex = (s: string) => crypto.createHash('sha256').update(s).digest('hex')
const randomId = (prefix: string) => `${prefix}_${crypto.randomBytes(10).toString('base64url').replace(/[-_]/g, 'x')}`

/* ------------------------------------------------------------------ accounts */

export async function findStaff(db: StaffDb, username: string): Promise<StaffRow | undefined> {
  return db.selectFrom('staff').selectAll().where('username', '=', username).executeTakeFirst()
}

export async function insertStaff(
  db: StaffDb,
  a: { username: string; displayName: string; role: StaffRole; passwordHash: string },
  now: number
): Promise<StaffRow> {
  const t = new Date(now).toISOString()
  const row: Insertable<StaffTable> = { id: randomId('st'), ...a, disabledAt: null, createdAt: t, updatedAt: t }
  await db.insertInto('staff').values(row).execute()
  return row as StaffRow
}

export async function listStaff(db: StaffDb): Promise<StaffAccount[]> {
  const rows = await db.selectFrom('staff').selectAll().orderBy('username').execute()
  return rows.map((r) => ({
    username: r.username,
    displayName: r.displayName,
    role: r.role as StaffRole,
    disabled: r.disabledAt !== null,
    createdAt: r.createdAt
  }))
}

export async function countActiveAdmins(db: StaffDb): Promise<number> {
  const r = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('role', '=', 'admin')
    .where('disabledAt', 'is', null)
    .executeTakeFirst()
  return Number(r?.n ?? 0)
}

/** Disables an account and ends its sessions. Returns false when there is no such account. */
export async function disableStaff(db: StaffDb, username: string, now: number): Promise<boolean> {
  const row = await findStaff(db, username)
  if (!row) return false
  const t = new Date(now).toISOString()
  await db.updateTable('staff').set({ disabledAt: row.disabledAt ?? t, updatedAt: t }).where('id', '=', row.id).execute()
  await db.deleteFrom('staffSessions').where('staffId', '=', row.id).execute()
  return true
}

/** Sets a new password hash, re-enables nothing, and ends the account's sessions. */
export async function setPasswordHash(db: StaffDb, username: string, passwordHash: string, now: number): Promise<boolean> {
  const row = await findStaff(db, username)
  if (!row) return false
  await db.updateTable('staff').set({ passwordHash, updatedAt: new Date(now).toISOString() }).where('id', '=', row.id).execute()
  await db.deleteFrom('staffSessions').where('staffId', '=', row.id).execute()
  return true
}

/** One sign-up's phone number (for an audited reveal), or null when there is no such sign-up. */
export async function revealPhone(db: Kysely<DB>, signupId: string): Promise<string | null> {
  const row = await db.selectFrom('signups').select('phone').where('id', '=', signupId).executeTakeFirst()
  return row ? row.phone : null
}

/* ------------------------------------------------------------------ sessions */

/** Starts a session; returns the token for the cookie (only its hash is stored). */
export async function createStaffSession(db: StaffDb, staffId: string, now: number): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url')
  const t = new Date(now).toISOString()
  await db.insertInto('staffSessions').values({ id: randomId('ses'), tokenHash: sha256Hex(token), staffId, createdAt: t, lastUsedAt: t }).execute()
  return token
}

export async function findStaffSession(db: StaffDb, token: string) {
  return db
    .selectFrom('staffSessions')
    .innerJoin('staff', 'staff.id', 'staffSessions.staffId')
    .select([
      'staffSessions.id as sessionId',
      'staffSessions.lastUsedAt',
      'staff.id as staffId',
      'staff.username',
      'staff.displayName',
      'staff.role',
      'staff.disabledAt'
    ])
    .where('staffSessions.tokenHash', '=', sha256Hex(token))
    .executeTakeFirst()
}

export async function touchStaffSession(db: StaffDb, sessionId: string, now: number): Promise<void> {
  await db.updateTable('staffSessions').set({ lastUsedAt: new Date(now).toISOString() }).where('id', '=', sessionId).execute()
}

export async function deleteStaffSession(db: StaffDb, sessionId: string): Promise<void> {
  await db.deleteFrom('staffSessions').where('id', '=', sessionId).execute()
}

/* ------------------------------------------------------------------ lockout */

/** Records a sign-in attempt for `username` before the password is checked; returns its id. */
export async function recordAttempt(db: StaffDb, username: string, now: number): Promise<string> {
  const id = randomId('la')
  await db.insertInto('staffLoginFailures').values({ id, username, at: new Date(now).toISOString() }).execute()
  return id
}

/** Times (ms) of the other attempts for `username` within the lockout window. */
export async function otherRecentAttempts(db: StaffDb, username: string, exceptId: string, now: number): Promise<number[]> {
  const rows = await db
    .selectFrom('staffLoginFailures')
    .select('at')
    .where('username', '=', username)
    .where('id', '<>', exceptId)
    .where('at', '>', new Date(now - LOCKOUT_WINDOW_MS).toISOString())
    .execute()
  return rows.map((r) => Date.parse(r.at))
}

export async function forgetAttempt(db: StaffDb, id: string): Promise<void> {
  await db.deleteFrom('staffLoginFailures').where('id', '=', id).execute()
}

/** After a successful sign-in the earlier failures no longer count. */
export async function clearAttempts(db: StaffDb, username: string): Promise<void> {
  await db.deleteFrom('staffLoginFailures').where('username', '=', username).execute()
}

/* ------------------------------------------------------------------ audit */

export async function appendAudit(db: StaffDb, entry: AuditEntry): Promise<void> {
  await db.insertInto('auditLog').values(entry).execute()
}

/** Newest first; `before` is an id from the previous page. */
export async function listAudit(db: StaffDb, limit: number, before?: number) {
  let q = db.selectFrom('auditLog').select(['id', 'at', 'actor', 'action', 'target']).orderBy('id', 'desc').limit(limit)
  if (before !== undefined) q = q.where('id', '<', before)
  const rows = await q.execute()
  return rows.map((r) => ({ ...r, action: r.action as AuditAction, id: Number(r.id) }))
}

/** Deletes audit entries older than 3 years, idle sessions and stale sign-in attempts. */
export async function purgeStaffData(db: StaffDb, now: number): Promise<{ audit: number; sessions: number; attempts: number }> {
  const a = await db.deleteFrom('auditLog').where('at', '<', auditRetentionCutoff(now)).executeTakeFirst()
  const s = await db.deleteFrom('staffSessions').where('lastUsedAt', '<', new Date(now - STAFF_SESSION_IDLE_MS).toISOString()).executeTakeFirst()
  const f = await db.deleteFrom('staffLoginFailures').where('at', '<', new Date(now - LOCKOUT_WINDOW_MS).toISOString()).executeTakeFirst()
  return { audit: Number(a.numDeletedRows), sessions: Number(s.numDeletedRows), attempts: Number(f.numDeletedRows) }
}

/* ------------------------------------------------------------------ console counts */

export interface EventCounts {
  confirmedSeats: number
  confirmedParties: number
  waitlistedParties: number
  waitlistedSeats: number
  checkedInSeats: number
  checkedInParties: number
}

export const NO_COUNTS: EventCounts = { confirmedSeats: 0, confirmedParties: 0, waitlistedParties: 0, waitlistedSeats: 0, checkedInSeats: 0, checkedInParties: 0 }

export async function eventCounts(db: StaffDb, eventIds: string[]): Promise<Map<string, EventCounts>> {
  const out = new Map<string, EventCounts>()
  if (eventIds.length === 0) return out
  const rows = await db
    .selectFrom('signups')
    .select((eb) => [
      'eventId',
      'status',
      eb.fn.countAll<number | string>().as('parties'),
      eb.fn.sum<number | string>('partySize').as('seats'),
      eb.fn.sum<number | string>(eb.case().when('checkedInAt', 'is not', null).then(1).else(0).end()).as('inParties'),
      eb.fn.sum<number | string>(eb.case().when('checkedInAt', 'is not', null).then(eb.ref('partySize')).else(0).end()).as('inSeats')
    ])
    .where('eventId', 'in', eventIds)
    .where('status', 'in', ['confirmed', 'waitlisted'])
    .groupBy(['eventId', 'status'])
    .execute()
  for (const r of rows) {
    const c = out.get(r.eventId) ?? { ...NO_COUNTS }
    if (r.status === 'confirmed') {
      c.confirmedParties = Number(r.parties)
      c.confirmedSeats = Number(r.seats ?? 0)
      c.checkedInParties = Number(r.inParties ?? 0)
      c.checkedInSeats = Number(r.inSeats ?? 0)
    } else {
      c.waitlistedParties = Number(r.parties)
      c.waitlistedSeats = Number(r.seats ?? 0)
    }
    out.set(r.eventId, c)
  }
  return out
}

/** Which event a check-in code belongs to (for the door's 「不是本场活动」 answer), or null. */
export async function eventOfCode(db: StaffDb, code: string): Promise<string | null> {
  const row = await db.selectFrom('signups').select('eventId').where('checkinCode', '=', code).executeTakeFirst()
  return row?.eventId ?? null
}
