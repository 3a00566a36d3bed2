/**
 * The search-miss report: anonymous counts per scrubbed query per day (Beijing date). No
 * identifier, no IP, no session: only the words and how often they found nothing useful.
 * Repository functions over Kysely, the same queries on SQLite and PostgreSQL. Column names are
 * single words so they read the same with or without Kysely's CamelCasePlugin.
 */
import type { Kysely } from 'kysely'
import { feedbackKey, scrubSearchQuery } from '../../src/core/privacy/scrub'
import { SEARCH_FEEDBACK_RETENTION_DAYS } from '../../src/core/privacy/retention'

export interface SearchFeedbackTable {
  /** Beijing date, YYYY-MM-DD. */
  day: string
  /** feedbackKey(query): the scrubbed, normalised query. */
  query: string
  /** Searches that found nothing good enough to show. */
  misses: number
  /** Answers marked 「没有帮助」. */
  unhelpful: number
}

export interface SearchFeedbackDB {
  search_feedback: SearchFeedbackTable
}

export type SearchFeedbackKind = 'miss' | 'unhelpful'

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
export async function recordSearchFeedback(db: Kysely<SearchFeedbackDB>, text: string, kind: SearchFeedbackKind, now: number): Promise<string | null> {
  const query = feedbackKey(scrubSearchQuery(text))
  if (!query) return null
  const day = beijingDay(now)
  const existing = await db.selectFrom('search_feedback').select('day').where('day', '=', day).where('query', '=', query).executeTakeFirst()
  if (!existing) {
    const n = await db.selectFrom('search_feedback').select((eb) => eb.fn.countAll<number | string>().as('n')).where('day', '=', day).executeTakeFirst()
    if (Number(n?.n ?? 0) >= MAX_QUERIES_PER_DAY) return null
  }
  const misses = kind === 'miss' ? 1 : 0
  const unhelpful = kind === 'unhelpful' ? 1 : 0
  await db
    .insertInto('search_feedback')
    .values({ day, query, misses, unhelpful })
    .onConflict((oc) =>
      oc.columns(['day', 'query']).doUpdateSet((eb) => ({
        misses: eb('search_feedback.misses', '+', eb.ref('excluded.misses')),
        unhelpful: eb('search_feedback.unhelpful', '+', eb.ref('excluded.unhelpful')),
      }))
    )
    .execute()
  return query
}

export interface SearchFeedbackRow {
  query: string
  misses: number
  unhelpful: number
  total: number
  /** Days (within the range) on which it was reported. */
  days: number
  lastDay: string
}

export interface SearchFeedbackReport {
  from: string
  to: string
  queries: SearchFeedbackRow[]
}

/** The top queries over the last `days` days (Beijing dates, today included), most reported first. */
export async function searchFeedbackReport(db: Kysely<SearchFeedbackDB>, now: number, days = 30, limit = 50): Promise<SearchFeedbackReport> {
  const to = beijingDay(now)
  const from = beijingDay(now - (days - 1) * DAY_MS)
  const rows = await db
    .selectFrom('search_feedback')
    .select((eb) => [
      'query',
      eb.fn.sum<number | string>('misses').as('misses'),
      eb.fn.sum<number | string>('unhelpful').as('unhelpful'),
      eb.fn.countAll<number | string>().as('days'),
      eb.fn.max('day').as('last'),
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

/** Deletes days older than the retention period; returns how many rows went (or would go). */
export async function purgeSearchFeedback(db: Kysely<SearchFeedbackDB>, now: number, dryRun = false, retentionDays = SEARCH_FEEDBACK_RETENTION_DAYS): Promise<number> {
  const before = beijingDay(now - retentionDays * DAY_MS)
  if (dryRun) {
    const r = await db.selectFrom('search_feedback').select((eb) => eb.fn.countAll<number | string>().as('n')).where('day', '<', before).executeTakeFirst()
    return Number(r?.n ?? 0)
  }
  const r = await db.deleteFrom('search_feedback').where('day', '<', before).executeTakeFirst()
  return Number(r.numDeletedRows)
}
