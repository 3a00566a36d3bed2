/**
 * One query layer for both databases: Kysely over better-sqlite3 (SqliteDialect) or pg
 * (PostgresDialect). DATABASE_URL decides: unset → SQLite at ./data/app.db; sqlite:PATH or
 * file:PATH → SQLite at PATH; postgres://… or postgresql://… → PostgreSQL.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely'
import BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'

export interface EventsTable {
  id: string
  kind: string
  title: string
  summary: string
  starts_at: string
  ends_at: string
  venue: string
  address: string
  district: string
  speaker: string
  capacity: number
  latitude: number
  longitude: number
  cancelled: number
  created_at: string
  updated_at: string
}

export interface SessionsTable {
  id: string
  token_hash: string
  subject: string
  kind: string
  created_at: string
  /** Bumped at most hourly by findSubject; sessions idle for SESSION_IDLE_DAYS expire. */
  last_used_at: string | null
}

export interface SignupsTable {
  id: string
  event_id: string
  subject: string
  seq: number
  name: string
  phone: string
  party_size: number
  status: string
  checkin_code: string
  created_at: string
  updated_at: string
  checked_in_at: string | null
  /** Set when the retention purge blanked name and phone (then both are ''). */
  erased_at: string | null
}

export interface IdempotencyTable {
  subject: string
  key: string
  request_hash: string
  event_id: string
  status_code: number
  response: string
  created_at: string
}

export interface MetaTable {
  key: string
  value: string
}

export interface DB {
  events: EventsTable
  sessions: SessionsTable
  signups: SignupsTable
  idempotency: IdempotencyTable
  meta: MetaTable
}

export type DialectName = 'sqlite' | 'postgres'

export interface DbTarget {
  dialect: DialectName
  /** File path for SQLite, connection string for PostgreSQL. */
  location: string
}

export function parseDatabaseUrl(url: string | undefined, cwd = process.cwd()): DbTarget {
  const u = (url ?? '').trim()
  if (u === '') return { dialect: 'sqlite', location: path.resolve(cwd, 'data', 'app.db') }
  if (/^postgres(ql)?:\/\//i.test(u)) return { dialect: 'postgres', location: u }
  const m = /^(sqlite|file):(.*)$/i.exec(u)
  if (m) {
    let p = m[2]
    // Accept sqlite:///abs/path and file:///abs/path as well as sqlite:rel/path.
    if (p.startsWith('//')) p = p.replace(/^\/\/(localhost)?/, '')
    if (p === '') throw new Error(`DATABASE_URL ${u} names no file`)
    return { dialect: 'sqlite', location: path.resolve(cwd, p) }
  }
  throw new Error('DATABASE_URL must be unset, sqlite:PATH, file:PATH or postgres://… / DATABASE_URL 格式不正确')
}

/** Redacts the password of a connection string for printing. */
export function describeTarget(t: DbTarget): string {
  if (t.dialect === 'sqlite') return `SQLite ${t.location}`
  try {
    const u = new URL(t.location)
    if (u.password) u.password = '***'
    return `PostgreSQL ${u.host}${u.pathname}`
  } catch {
    return 'PostgreSQL'
  }
}

export interface Database {
  db: Kysely<DB>
  dialect: DialectName
  target: DbTarget
}

export function openDatabase(target: DbTarget): Database {
  if (target.dialect === 'sqlite') {
    fs.mkdirSync(path.dirname(target.location), { recursive: true })
    const raw = new BetterSqlite3(target.location)
    // WAL + synchronous=FULL: a commit is fsynced before the 201 goes out, so an acknowledged
    // sign-up survives kill -9 and power loss. busy_timeout lets the CLI and server share a file.
    raw.pragma('journal_mode = WAL')
    raw.pragma('synchronous = FULL')
    raw.pragma('foreign_keys = ON')
    raw.pragma('busy_timeout = 5000')
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }) })
    return { db, dialect: 'sqlite', target }
  }
  const pool = new pg.Pool({ connectionString: target.location, max: 10, idleTimeoutMillis: 10_000 })
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => undefined)
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return { db, dialect: 'postgres', target }
}

/**
 * Runs fn in a write transaction that serialises with every other sign-up-affecting
 * transaction. PostgreSQL: an ordinary transaction in which callers lock the event row
 * FOR UPDATE. SQLite: BEGIN IMMEDIATE (the write lock up front, across processes), with group
 * commit: write transactions that arrive together run one after another inside one
 * BEGIN IMMEDIATE … COMMIT, each in its own SAVEPOINT (a failing one rolls back alone), so one
 * fsync covers the batch. Every caller's promise settles only after the COMMIT is durable.
 */
export async function writeTransaction<T>(d: Database, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (d.dialect === 'postgres') return d.db.transaction().execute(fn)
  return new Promise<T>((resolve, reject) => {
    let q = batchQueues.get(d.db)
    if (!q) {
      q = { pending: [], running: false }
      batchQueues.set(d.db, q)
    }
    q.pending.push({ fn: fn as (trx: Kysely<DB>) => Promise<unknown>, resolve: resolve as (v: unknown) => void, reject })
    if (!q.running) void runBatches(d.db, q)
  })
}

interface QueuedWrite {
  fn: (trx: Kysely<DB>) => Promise<unknown>
  resolve: (v: unknown) => void
  reject: (e: unknown) => void
}
interface BatchQueue {
  pending: QueuedWrite[]
  running: boolean
}
const batchQueues = new WeakMap<Kysely<DB>, BatchQueue>()
const MAX_BATCH = 64

async function runBatches(db: Kysely<DB>, q: BatchQueue): Promise<void> {
  q.running = true
  try {
    while (q.pending.length > 0) {
      // Let requests that are already on their way join this batch.
      await new Promise((r) => setImmediate(r))
      const batch = q.pending.splice(0, MAX_BATCH)
      const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = []
      try {
        await db.connection().execute(async (conn) => {
          await sql`begin immediate`.execute(conn)
          try {
            for (const item of batch) {
              await sql`savepoint w`.execute(conn)
              try {
                outcomes.push({ ok: true, value: await item.fn(conn) })
                await sql`release w`.execute(conn)
              } catch (error) {
                await sql`rollback to w`.execute(conn)
                await sql`release w`.execute(conn)
                outcomes.push({ ok: false, error })
              }
            }
            await sql`commit`.execute(conn)
          } catch (e) {
            try {
              await sql`rollback`.execute(conn)
            } catch {
              /* the original error matters more */
            }
            throw e
          }
        })
      } catch (e) {
        // BEGIN or COMMIT failed: nothing of this batch is stored.
        for (const item of batch) item.reject(e)
        continue
      }
      batch.forEach((item, i) => {
        const o = outcomes[i]
        if (o.ok) item.resolve(o.value)
        else item.reject(o.error)
      })
    }
  } finally {
    q.running = false
  }
}

/** True for a unique/primary-key violation on either database. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string }
  return err?.code === '23505' || err?.code === 'SQLITE_CONSTRAINT_UNIQUE' || err?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
}
