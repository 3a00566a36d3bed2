/**
 * Counters for @fastify/rate-limit, in the database so that every server instance on it shares
 * one limit. One fixed window per key: the first hit opens it, hits inside it count up.
 */
import { sql } from 'kysely'
import { writeTransaction, type Database } from '../db'

export interface Hit {
  /** Hits in the current window, this one included. */
  hits: number
  /** Epoch ms when the window ends. */
  resetAt: number
}

export function hitRateLimit(d: Database, key: string, windowMs: number, now: number): Promise<Hit> {
  return writeTransaction(d, async (trx) => {
    const row = await trx
      .insertInto('rateLimits')
      .values({ key, hits: 1, resetAt: now + windowMs })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          hits: sql<number>`case when rate_limits.reset_at <= ${now} then 1 else rate_limits.hits + 1 end`,
          resetAt: sql<number>`case when rate_limits.reset_at <= ${now} then ${now + windowMs} else rate_limits.reset_at end`
        })
      )
      .returning(['hits', 'resetAt'])
      .executeTakeFirstOrThrow()
    return { hits: Number(row.hits), resetAt: Number(row.resetAt) }
  })
}

/** Deletes windows that ended before `now` (the retention purge calls this). */
export async function deleteExpiredRateLimits(d: Database, now: number): Promise<number> {
  const res = await writeTransaction(d, (trx) => trx.deleteFrom('rateLimits').where('resetAt', '<=', now).executeTakeFirst())
  return Number(res.numDeletedRows)
}
