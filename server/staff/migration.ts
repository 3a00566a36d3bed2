/**
 * Migration 0005_staff: staff accounts, their sessions, sign-in attempts (lockout) and the audit
 * log. One schema for SQLite and PostgreSQL; only the audit id's generator differs by dialect.
 */
import { PostgresAdapter, type Kysely, type Migration } from 'kysely'

/* eslint-disable @typescript-eslint/no-explicit-any */
export const staffMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('staff')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('disabled_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()

    await db.schema
      .createTable('staff_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('staff_sessions_staff_id').on('staff_sessions').column('staff_id').execute()
    await db.schema.createIndex('staff_sessions_last_used_at').on('staff_sessions').column('last_used_at').execute()

    await db.schema
      .createTable('staff_login_failures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('staff_login_failures_username_at').on('staff_login_failures').columns(['username', 'at']).execute()

    const postgres = db.getExecutor().adapter instanceof PostgresAdapter
    await db.schema
      .createTable('audit_log')
      .addColumn('id', postgres ? 'serial' : 'integer', (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute()
  },
  async down(db: Kysely<any>) {
    for (const t of ['audit_log', 'staff_login_failures', 'staff_sessions', 'staff']) await db.schema.dropTable(t).ifExists().execute()
  }
}
