/** The database layer: connection, schema types, migrations and the write queue. */
export { openDatabase, parseDatabaseUrl, describeTarget, isUniqueViolation, isBusy, type Database, type DbTarget, type DialectName } from './connection'
export type { DB, EventsTable, SessionsTable, SignupsTable, IdempotencyTable, MetaTable, RateLimitsTable, StaffTable, StaffSessionsTable, StaffLoginFailuresTable, AuditLogTable, SearchFeedbackTable } from './schema'
export { migrateToLatest, migrationProvider, migratorFor } from './migrations'
export { writeTransaction, drainWrites, configureWriteQueue, DatabaseBusyError, ReentrantWriteError } from './write-queue'
export { prepared, type PreparedQuery } from './prepared'
