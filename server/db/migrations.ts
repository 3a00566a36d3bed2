/**
 * The one schema, as Kysely migrations with an in-code provider, for SQLite and PostgreSQL.
 * Only portable types: text, integer, double precision. Times are ISO 8601 text (canonical
 * forms compare correctly as text). Written in SQL's snake_case and run without the
 * CamelCasePlugin, so they read like the tables they make.
 */
import { Migrator, PostgresAdapter, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely'
import type { DB } from './schema'
import { staffMigration } from '../staff/migration'

/* eslint-disable @typescript-eslint/no-explicit-any */
const migrations: Record<string, Migration> = {
  '0001_init': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text', (c) => c.notNull())
        .addColumn('venue', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('district', 'text', (c) => c.notNull())
        .addColumn('speaker', 'text', (c) => c.notNull())
        .addColumn('capacity', 'integer', (c) => c.notNull())
        .addColumn('latitude', 'double precision', (c) => c.notNull())
        .addColumn('longitude', 'double precision', (c) => c.notNull())
        .addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('events_starts_at').on('events').column('starts_at').execute()

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('signups')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('party_size', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('checkin_code', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('checked_in_at', 'text')
        .execute()
      await db.schema.createIndex('signups_event_seq').unique().on('signups').columns(['event_id', 'seq']).execute()
      await db.schema.createIndex('signups_subject').on('signups').column('subject').execute()
      // One active sign-up per phone per event, enforced by the database as well as the code.
      await sql`create unique index signups_event_phone_active on signups (event_id, phone) where status <> 'cancelled'`.execute(db)

      await db.schema
        .createTable('idempotency')
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_pk', ['subject', 'key'])
        .execute()

      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute()
    },
    async down(db: Kysely<any>) {
      for (const t of ['meta', 'idempotency', 'signups', 'sessions', 'events']) await db.schema.dropTable(t).ifExists().execute()
    }
  },
  /**
   * Retention (privacy notice: name and phone deleted 30 days after the event ends). Sign-ups
   * keep their row (status, party size, check-in) for staff counts, but name and phone become ''
   * and erased_at records when; the one-active-phone-per-event index ignores erased rows.
   * Sessions get last_used_at so idle ones can expire; idempotency rows get a created_at index.
   */
  '0002_retention': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('signups').addColumn('erased_at', 'text').execute()
      await db.schema.dropIndex('signups_event_phone_active').ifExists().execute()
      await sql`create unique index signups_event_phone_active on signups (event_id, phone) where status <> 'cancelled' and erased_at is null`.execute(db)

      await db.schema.alterTable('sessions').addColumn('last_used_at', 'text').execute()
      await db.updateTable('sessions').set({ last_used_at: sql`created_at` }).where('last_used_at', 'is', null).execute()
      await db.schema.createIndex('sessions_last_used_at').on('sessions').column('last_used_at').execute()

      await db.schema.createIndex('idempotency_created_at').on('idempotency').column('created_at').execute()
      await db.schema.createIndex('events_ends_at').on('events').column('ends_at').execute()
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('events_ends_at').ifExists().execute()
      await db.schema.dropIndex('idempotency_created_at').ifExists().execute()
      await db.schema.dropIndex('sessions_last_used_at').ifExists().execute()
      await db.schema.alterTable('sessions').dropColumn('last_used_at').execute()
      await db.schema.dropIndex('signups_event_phone_active').ifExists().execute()
      await db.schema.alterTable('signups').dropColumn('erased_at').execute()
      await sql`create unique index signups_event_phone_active on signups (event_id, phone) where status <> 'cancelled'`.execute(db)
    }
  },
  /**
   * Seat counts kept on the event row (GET /api/events no longer sums sign-ups per request; a
   * sign-up no longer scans its event's sign-ups). Duplicates are per session: one active
   * sign-up per phone per event *per session*, so nobody can block a number by registering it
   * first from another phone (README, 「手机号与隐私」). Rate-limit counters shared by instances.
   */
  '0003_counters_rate_limits': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('events').addColumn('confirmed_seats', 'integer', (c) => c.notNull().defaultTo(0)).execute()
      await db.schema.alterTable('events').addColumn('waiting_count', 'integer', (c) => c.notNull().defaultTo(0)).execute()
      await db.schema.alterTable('events').addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0)).execute()
      await sql`update events set
        confirmed_seats = coalesce((select sum(party_size) from signups s where s.event_id = events.id and s.status = 'confirmed'), 0),
        waiting_count = (select count(*) from signups s where s.event_id = events.id and s.status = 'waitlisted'),
        last_seq = coalesce((select max(seq) from signups s where s.event_id = events.id), 0)`.execute(db)

      await db.schema.dropIndex('signups_event_phone_active').ifExists().execute()
      await sql`create unique index signups_event_subject_phone_active on signups (event_id, subject, phone) where status <> 'cancelled' and erased_at is null`.execute(db)
      await db.schema.createIndex('signups_event_phone').on('signups').columns(['event_id', 'phone']).execute()
      await db.schema.createIndex('signups_event_status_seq').on('signups').columns(['event_id', 'status', 'seq']).execute()

      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .addColumn('reset_at', 'bigint', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('rate_limits_reset_at').on('rate_limits').column('reset_at').execute()
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('rate_limits').ifExists().execute()
      await db.schema.dropIndex('signups_event_status_seq').ifExists().execute()
      await db.schema.dropIndex('signups_event_phone').ifExists().execute()
      await db.schema.dropIndex('signups_event_subject_phone_active').ifExists().execute()
      await sql`create unique index signups_event_phone_active on signups (event_id, phone) where status <> 'cancelled' and erased_at is null`.execute(db)
      for (const c of ['last_seq', 'waiting_count', 'confirmed_seats']) await db.schema.alterTable('events').dropColumn(c).execute()
    }
  },
  /**
   * The search-miss report (issue 14): anonymous counts per scrubbed query per Beijing day, no
   * identifier of any kind; the retention purge deletes days older than 90.
   */
  '0004_search_feedback': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('search_feedback')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('misses', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('unhelpful', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('search_feedback_pk', ['day', 'query'])
        .execute()
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('search_feedback').ifExists().execute()
    }
  },
  /** Staff accounts, their sessions, sign-in attempts and the audit log (server/staff/). 0005, not 0004: the search-miss report's branch takes 0004_search_feedback. */
  '0005_staff': staffMigration
}

/** Exported for tests of the upgrade path (migrateTo an older version, then to latest). */
export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations }

/**
 * The migrator for a database. On PostgreSQL its bookkeeping tables go in the connection's own
 * schema: Kysely otherwise looks for them across every schema and can find another
 * application's (or another test's) instead of creating its own.
 */
export async function migratorFor(db: Kysely<DB>): Promise<Migrator> {
  const plain = db.withoutPlugins()
  let migrationTableSchema: string | undefined
  if (plain.getExecutor().adapter instanceof PostgresAdapter) {
    const r = await sql<{ schema: string }>`select current_schema() as schema`.execute(plain)
    migrationTableSchema = r.rows[0]?.schema
  }
  return new Migrator({ db: plain, provider: migrationProvider, migrationTableSchema })
}

/**
 * Runs the pending migrations. PostgreSQL serialises migrators with Kysely's advisory lock; on
 * SQLite Kysely takes no lock and runs DDL outside a transaction, so two processes starting on a
 * fresh file would both run 0002 (「duplicate column name」). Given the raw SQLite connection,
 * the whole run happens inside BEGIN IMMEDIATE on it: the second process waits (busy_timeout)
 * and then finds nothing left to do.
 */
export async function migrateToLatest(db: Kysely<DB>, sqlite?: { exec(sql: string): unknown } | null): Promise<string[]> {
  const migrator = await migratorFor(db)
  if (sqlite) sqlite.exec('begin immediate')
  let outcome: Awaited<ReturnType<Migrator['migrateToLatest']>>
  try {
    outcome = await migrator.migrateToLatest()
  } catch (e) {
    if (sqlite) sqlite.exec('rollback')
    throw e
  }
  if (sqlite) sqlite.exec(outcome.error ? 'rollback' : 'commit')
  const { error, results } = outcome
  if (error) throw error instanceof Error ? error : new Error(String(error))
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
