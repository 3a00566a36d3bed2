/**
 * The search-miss report: anonymous counts per scrubbed query per day (Beijing date). No
 * identifier, no IP, no session: only the words and how often they found nothing useful.
 * Repository functions, the same queries on SQLite and PostgreSQL; writes go through the write queue.
 */
import type { Kysely } from 'kysely'
import { writeTransaction, type Database, type DB } from '../db'
import { feedbackKey, scrubSearchQuery } from '../../src/core/privacy/scrub'
import { SEARCH_FEEDBACK_RETENTION_DAYS } from '../../src/core/privacy/retention'
import type { SearchFeedbackKind, SearchFeedbackReport } from '../../src/core/feedback/contract'

/** At most this many distinct queries are recorded per day (a flood cannot fill the disk). */
export const MAX_QUERIES_PER_DAY = 5000

const DAY_MS = 86_400_000

/** The Beijing calendar date of an instant. */
export function beijingDay(now: number): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10)
}

/**
 * Counts one report. The query is scrubbed again here (the app scrubbed it already), so nothing
 * identifying is stored even from a modified client. Returns the key stored, or null when nothing
 * was left to count (or the day is full).
 */
export async function recordSearchFeedback(d: Database, text: string, kind: SearchFeedbackKind, now: number): Promise<string | null> {
  const query = feedbackKey(scrubSearchQuery(text))
  if (!query) return null
  const day = beijingDay(now)
  return writeTransaction(d, async (db) => {
    const existing = await db.selectFrom('searchFeedback').select('day').where('day', '=', day).where('query', '=', query).executeTakeFirst()
    if (!existing) {
      const n = await db.selectFrom('searchFeedback').select((eb) => eb.fn.countAll<number | string>().as('n')).where('day', '=', day).executeTakeFirst()
      if (Number(n?.n ?? 0) >= MAX_QUERIES_PER_DAY) return null
    }
    const misses = kind === 'miss' ? 1 : 0
    const unhelpful = kind === 'unhelpful' ? 1 : 0
    await db
      .insertInto('searchFeedback')
      .values({ day, query, misses, unhelpful })
      .onConflict((oc) =>
        oc.columns(['day', 'query']).doUpdateSet((eb) => ({
          misses: eb('searchFeedback.misses', '+', eb.ref('excluded.misses')),
          unhelpful: eb('searchFeedback.unhelpful', '+', eb.ref('excluded.unhelpful'))
        }))
      )
      .execute()
    return query
  })
}

/** The top queries over the last `days` days (Beijing dates, today included), most reported first. */
export async function searchFeedbackReport(db: Kysely<DB>, now: number, days = 30, limit = 50): Promise<SearchFeedbackReport> {
  const to = beijingDay(now)
  const from = beijingDay(now - (days - 1) * DAY_MS)
  const rows = await db
    .selectFrom('searchFeedback')
    .select((eb) => [
      'query',
      eb.fn.sum<number | string>('misses').as('misses'),
      eb.fn.sum<number | string>('unhelpful').as('unhelpful'),
      eb.fn.countAll<number | string>().as('days'),
      eb.fn.max('day').as('last')
    ])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('query')
    .execute()
  const queries = rows
    .map((r) => {
      const misses = Number(r.misses)
      const unhelpful = Number(r.unhelpful)
      return { query: r.query, misses, unhelpful, total: misses + unhelpful, days: Number(r.days), lastDay: String(r.last) }
    })
    .sort((a, b) => b.total - a.total || (a.lastDay < b.lastDay ? 1 : a.lastDay > b.lastDay ? -1 : 0) || (a.query < b.query ? -1 : 1))
    .slice(0, limit)
  return { from, to, queries }
}

/** Deletes days older than the retention period; returns how many rows went (or would go). Runs inside the purge's transaction. */
export async function purgeSearchFeedback(db: Kysely<DB>, now: number, dryRun = false, retentionDays = SEARCH_FEEDBACK_RETENTION_DAYS): Promise<number> {
  const before = beijingDay(now - retentionDays * DAY_MS)
  if (dryRun) {
    const r = await db.selectFrom('searchFeedback').select((eb) => eb.fn.countAll<number | string>().as('n')).where('day', '<', before).executeTakeFirst()
    return Number(r?.n ?? 0)
  }
  const r = await db.deleteFrom('searchFeedback').where('day', '<', before).executeTakeFirst()
  return Number(r.numDeletedRows)
}
