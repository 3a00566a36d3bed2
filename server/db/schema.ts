/**
 * The database's tables as Kysely sees them through CamelCasePlugin: columns are snake_case in
 * SQL (starts_at) and camelCase here and in every repository (startsAt). One schema for SQLite
 * and PostgreSQL; migrations.ts creates it.
 */
export interface EventsTable {
  id: string
  kind: string
  title: string
  summary: string
  startsAt: string
  endsAt: string
  venue: string
  address: string
  district: string
  speaker: string
  capacity: number
  latitude: number
  longitude: number
  cancelled: number
  createdAt: string
  updatedAt: string
  /** Seats held by confirmed sign-ups, kept by every write that changes them (no SUM per read). */
  confirmedSeats: number
  /** Sign-ups on the waitlist. */
  waitingCount: number
  /** The last sign-up sequence number handed out for this event. */
  lastSeq: number
}

export interface SessionsTable {
  id: string
  tokenHash: string
  subject: string
  kind: string
  createdAt: string
  /** Bumped at most hourly; sessions idle for SESSION_IDLE_DAYS expire. */
  lastUsedAt: string | null
}

export interface SignupsTable {
  id: string
  eventId: string
  subject: string
  seq: number
  name: string
  phone: string
  partySize: number
  status: string
  checkinCode: string
  createdAt: string
  updatedAt: string
  checkedInAt: string | null
  /** Set when the retention purge blanked name and phone (then both are ''). */
  erasedAt: string | null
}

export interface IdempotencyTable {
  subject: string
  key: string
  requestHash: string
  eventId: string
  statusCode: number
  response: string
  createdAt: string
}

export interface MetaTable {
  key: string
  value: string
}

/** @fastify/rate-limit's counters, shared by every server instance on this database. */
export interface RateLimitsTable {
  key: string
  hits: number
  /** Epoch ms when the window ends. */
  resetAt: number | string
}

/** The search-miss report: anonymous counts per scrubbed query per Beijing day (no identifier). */
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

export interface DB {
  events: EventsTable
  sessions: SessionsTable
  signups: SignupsTable
  idempotency: IdempotencyTable
  meta: MetaTable
  rateLimits: RateLimitsTable
  searchFeedback: SearchFeedbackTable
}
