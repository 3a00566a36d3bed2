/**
 * Makes the privacy notice true. For every sign-up of an event that ended more than
 * retentionDays before `now`: name and phone become '' (the row stays, with status, party size
 * and check-in, so staff counts still add up). Also deletes idempotency replay records older
 * than retentionDays (they hold a hash of name and phone and the sign-up answer), sessions
 * unused for more than sessionIdleDays and ended rate-limit windows. Idempotent; one
 * transaction; the same queries on SQLite and PostgreSQL (times compare as canonical ISO text).
 */
import type { ExpressionBuilder, Kysely } from 'kysely'
import { writeTransaction, type Database, type DB } from '../db'
import { toBeijingIso } from '../../src/core/date'
import type { RetentionPolicy } from '../../src/core/privacy/retention'
import { purgeSearchFeedback } from './search-feedback'

export { DEFAULT_RETENTION, type RetentionPolicy } from '../../src/core/privacy/retention'

/** What one retention purge erased or deleted (or, on a dry run, would). Counts only. */
export interface PurgeResult {
  dryRun: boolean
  retentionDays: number
  sessionIdleDays: number
  /** Sign-ups whose name and phone were blanked. */
  signups: number
  /** Distinct events those sign-ups belong to. */
  events: number
  /** Idempotency replay records deleted (older than retentionDays). */
  idempotency: number
  /** Sessions deleted (unused for more than sessionIdleDays). */
  sessions: number
  /** Days of the anonymous search-miss report deleted (older than 90 days). */
  searchFeedback: number
}

const DAY_MS = 86_400_000

export async function purgeExpiredPersonalData(d: Database, policy: RetentionPolicy, now: number, dryRun = false): Promise<PurgeResult> {
  for (const [k, v] of Object.entries(policy)) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`${k} must be a non-negative integer`)
  }
  // events.ends_at is canonical +08:00 text; created_at / last_used_at are UTC ISO with ms.
  const endedBefore = toBeijingIso(now - policy.retentionDays * DAY_MS)
  const recordsBefore = new Date(now - policy.retentionDays * DAY_MS).toISOString()
  const sessionsBefore = new Date(now - policy.sessionIdleDays * DAY_MS).toISOString()

  const run = async (db: Kysely<DB>): Promise<PurgeResult> => {
    const expiredEvents = db.selectFrom('events').select('id').where('endsAt', '<', endedBefore)
    const perEvent = await db
      .selectFrom('signups')
      .select(['eventId', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('eventId', 'in', expiredEvents)
      .where('erasedAt', 'is', null)
      .groupBy('eventId')
      .execute()
    const signups = perEvent.reduce((sum, r) => sum + Number(r.n), 0)
    const staleSessions = (eb: ExpressionBuilder<DB, 'sessions'>) =>
      eb.or([eb('lastUsedAt', '<', sessionsBefore), eb.and([eb('lastUsedAt', 'is', null), eb('createdAt', '<', sessionsBefore)])])
    const searchFeedback = await purgeSearchFeedback(db, now, dryRun)
    const result: PurgeResult = { dryRun, ...policy, signups, events: perEvent.length, idempotency: 0, sessions: 0, searchFeedback }
    if (dryRun) {
      const idem = await db
        .selectFrom('idempotency')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('createdAt', '<', recordsBefore)
        .executeTakeFirst()
      const sess = await db
        .selectFrom('sessions')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where(staleSessions)
        .executeTakeFirst()
      return { ...result, idempotency: Number(idem?.n ?? 0), sessions: Number(sess?.n ?? 0) }
    }
    const t = new Date(now).toISOString()
    const erased = await db
      .updateTable('signups')
      .set({ name: '', phone: '', erasedAt: t, updatedAt: t })
      .where('eventId', 'in', expiredEvents)
      .where('erasedAt', 'is', null)
      .executeTakeFirst()
    const idem = await db.deleteFrom('idempotency').where('createdAt', '<', recordsBefore).executeTakeFirst()
    const sess = await db.deleteFrom('sessions').where(staleSessions).executeTakeFirst()
    await db.deleteFrom('rateLimits').where('resetAt', '<=', now).execute()
    return {
      ...result,
      signups: Number(erased.numUpdatedRows),
      idempotency: Number(idem.numDeletedRows),
      sessions: Number(sess.numDeletedRows)
    }
  }
  return dryRun ? run(d.db) : writeTransaction(d, run)
}
