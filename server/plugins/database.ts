/**
 * Database plugin: opens the database (or takes an open one), runs the migrations, loads the
 * sample events into a fresh database when asked, and decorates the app with `database`,
 * `now()` (the clock, injectable for tests) and `retention`. On close it lets queued writes
 * finish, then closes the database it opened.
 */
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { configureWriteQueue, drainWrites, migrateToLatest, openDatabase, parseDatabaseUrl, type Database } from '../db'
import { loadSampleEventsOnce } from '../seed'
import { DEFAULT_RETENTION, type RetentionPolicy } from '../repositories/retention'

declare module 'fastify' {
  interface FastifyInstance {
    database: Database
    now(): number
    retention: RetentionPolicy
  }
}

export interface DatabaseOptions {
  /** As DATABASE_URL; ignored when `database` is given. */
  databaseUrl?: string
  /** An already-open database (the app then does not close it). */
  database?: Database
  sampleData?: boolean
  retention?: Partial<RetentionPolicy>
  clock?: () => number
  /** How long a write waits for another process's SQLite write lock (default 5000 ms). */
  busyDeadlineMs?: number
}

async function databasePlugin(app: FastifyInstance, opts: DatabaseOptions) {
  const own = !opts.database
  const database = opts.database ?? openDatabase(parseDatabaseUrl(opts.databaseUrl))
  const now = opts.clock ?? Date.now
  try {
    await migrateToLatest(database.db, database.sqlite)
    // From here on no write blocks the event loop: the write queue waits for the lock itself.
    database.sqlite?.pragma('busy_timeout = 0')
    configureWriteQueue(database, { busyDeadlineMs: opts.busyDeadlineMs })
    if (opts.sampleData) await loadSampleEventsOnce(database, now())
  } catch (e) {
    if (own) await database.db.destroy().catch(() => undefined)
    throw e
  }
  app.decorate('database', database)
  app.decorate('now', now)
  app.decorate('retention', {
    retentionDays: opts.retention?.retentionDays ?? DEFAULT_RETENTION.retentionDays,
    sessionIdleDays: opts.retention?.sessionIdleDays ?? DEFAULT_RETENTION.sessionIdleDays
  })
  app.addHook('onClose', async () => {
    await drainWrites(database)
    if (own) await database.db.destroy()
  })
}

export default fp(databasePlugin, { name: 'database' })
