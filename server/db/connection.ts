/**
 * One query layer for both databases: Kysely over better-sqlite3 (SqliteDialect) or pg
 * (PostgresDialect). DATABASE_URL decides: unset → SQLite at ./data/app.db; sqlite:PATH or
 * file:PATH → SQLite at PATH; postgres://… or postgresql://… → PostgreSQL.
 */
import fs from 'node:fs'
import path from 'node:path'
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type PostgresPool, type PostgresPoolClient, type SqliteDatabase, type SqliteStatement } from 'kysely'
import BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import type { DB } from './schema'

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
  /** Queries go through CamelCasePlugin: camelCase in code, snake_case in SQL. */
  db: Kysely<DB>
  dialect: DialectName
  target: DbTarget
  /** The raw SQLite handle (pragmas), when dialect is sqlite. */
  sqlite?: BetterSqlite3.Database
}

/** How many distinct SQL texts keep their prepared statement (the app has a few dozen). */
const STATEMENT_CACHE_SIZE = 200

/**
 * Kysely's SQLite driver prepares every query anew; compiling the SQL each time was the largest
 * single cost of a sign-up. This hands it the same prepared statement for the same SQL text.
 * Safe because better-sqlite3 runs a statement to completion inside all()/run(), and Kysely's one
 * SQLite connection runs one query (or one stream) at a time. Least recently used texts go first.
 */
export function cachingStatements(raw: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => raw.close(),
    prepare(text: string) {
      let stmt = cache.get(text)
      if (stmt) {
        // Re-inserted: Map keeps insertion order, so the first key is the least recently used.
        cache.delete(text)
      } else {
        stmt = raw.prepare(text)
        if (cache.size >= size) cache.delete(cache.keys().next().value as string)
      }
      cache.set(text, stmt)
      return stmt as unknown as SqliteStatement
    }
  }
}

/**
 * The same for PostgreSQL: Kysely sends every query unnamed, so the server parses and plans it
 * each time (130 µs a round trip here, against 54 µs for a named statement). Each distinct SQL
 * text gets a name, and node-postgres parses a named statement once per connection. A text whose
 * plan went stale (another instance's migration changed a table under a `select *`) gets a fresh
 * name and is sent again; inside a transaction the error has already failed it, once. Texts
 * beyond the first STATEMENT_CACHE_SIZE go unnamed.
 */
export function namingStatements(pool: pg.Pool, size = STATEMENT_CACHE_SIZE): PostgresPool {
  const names = new Map<string, string>()
  let next = 0
  const nameFor = (text: string, fresh = false): string | undefined => {
    let name = fresh ? undefined : names.get(text)
    if (!name && (names.size < size || names.has(text))) {
      name = `yifa_${++next}`
      names.set(text, name)
    }
    return name
  }
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    release: () => client.release(),
    query: ((text: string | object, values?: unknown[]) => {
      // Cursors (streamed queries) go through as they are.
      if (typeof text !== 'string') return client.query(text as pg.Submittable)
      const name = nameFor(text)
      if (!name) return client.query(text, values)
      return client.query({ name, text, values }).catch((e: unknown) => {
        if (!STALE_PLAN.test((e as Error).message ?? '')) throw e
        return client.query({ name: nameFor(text, true), text, values })
      })
    }) as unknown as PostgresPoolClient['query']
  })
  return { connect: async () => wrap(await pool.connect()), end: () => pool.end() }
}
const STALE_PLAN = /cached plan must not change result type/

export function openDatabase(target: DbTarget): Database {
  if (target.dialect === 'sqlite') {
    fs.mkdirSync(path.dirname(target.location), { recursive: true })
    const raw = new BetterSqlite3(target.location)
    // WAL + synchronous=FULL: a commit is fsynced before the 201 goes out, so an acknowledged
    // sign-up survives kill -9 and power loss. busy_timeout lets the CLI and server share a file.
    raw.pragma('journal_mode = WAL')
    raw.pragma('synchronous = FULL')
    raw.pragma('foreign_keys = ON')
    // Blocking wait for another process's write lock while starting (migrations); the server
    // then sets it to 0 and the write queue waits without blocking the event loop.
    raw.pragma('busy_timeout = 5000')
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachingStatements(raw) }), plugins: [new CamelCasePlugin()] })
    return { db, dialect: 'sqlite', target, sqlite: raw }
  }
  const pool = new pg.Pool({ connectionString: target.location, max: 10, idleTimeoutMillis: 10_000 })
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => undefined)
  // No wait for a row lock lasts forever (a transaction started inside another's would wait for
  // it): after 5 s the statement fails instead. Queued on the client before any other query.
  pool.on('connect', (client) => {
    client.query('set lock_timeout = 5000').catch(() => undefined)
  })
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: namingStatements(pool) }), plugins: [new CamelCasePlugin()] })
  return { db, dialect: 'postgres', target }
}

/** True for a unique/primary-key violation on either database. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string }
  return err?.code === '23505' || err?.code === 'SQLITE_CONSTRAINT_UNIQUE' || err?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
}

/** True when SQLite refused for another connection's lock (SQLITE_BUSY, SQLITE_LOCKED). */
export function isBusy(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? ''
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
}
