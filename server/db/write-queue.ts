/**
 * writeTransaction: every write of the app goes through here, so seat-changing transactions
 * serialise with each other on both databases.
 *
 * - PostgreSQL: an ordinary transaction; callers lock the event row FOR UPDATE.
 * - SQLite: group commit. Writes that arrive together run one after another inside one
 *   BEGIN IMMEDIATE … COMMIT, each in its own SAVEPOINT (a failing one rolls back alone), so one
 *   fsync covers the batch; every caller's promise settles only after the COMMIT is durable.
 *   When another process (the CLI, a second server) holds the write lock, BEGIN fails at once
 *   (busy_timeout 0 on the server) and the queue retries on a timer, so the event loop, and with
 *   it health checks and reads, never stalls; after `busyDeadlineMs` the batch fails with
 *   DatabaseBusyError (503 DB_BUSY).
 *
 * Not re-entrant: calling writeTransaction from inside a write transaction would wait for the
 * batch it is part of, forever. It throws instead; pass the `trx` you were given.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { sql, type Kysely } from 'kysely'
import type { Database } from './connection'
import { isBusy } from './connection'
import type { DB } from './schema'

export class DatabaseBusyError extends Error {
  readonly code = 'DB_BUSY'
  constructor() {
    super('the database write lock stayed taken')
    this.name = 'DatabaseBusyError'
  }
}

export class ReentrantWriteError extends Error {
  constructor() {
    super('writeTransaction called inside a write transaction: use the trx you were given')
    this.name = 'ReentrantWriteError'
  }
}

type Work = (trx: Kysely<DB>) => Promise<unknown>
interface QueuedWrite {
  fn: Work
  resolve: (v: unknown) => void
  reject: (e: unknown) => void
}
interface Queue {
  pending: QueuedWrite[]
  running: Promise<void> | null
}

export interface WriteQueueOptions {
  /** How long a batch waits for another process's write lock before failing. Default 5000. */
  busyDeadlineMs?: number
  /** At most this many writes share one COMMIT. Default 64. */
  maxBatch?: number
}

const queues = new WeakMap<Kysely<DB>, Queue>()
const options = new WeakMap<Kysely<DB>, Required<WriteQueueOptions>>()
const inWrite = new AsyncLocalStorage<true>()

export function configureWriteQueue(d: Database, o: WriteQueueOptions): void {
  options.set(d.db, { busyDeadlineMs: o.busyDeadlineMs ?? 5000, maxBatch: o.maxBatch ?? 64 })
}

export function writeTransaction<T>(d: Database, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (inWrite.getStore()) return Promise.reject(new ReentrantWriteError())
  if (d.dialect === 'postgres') return d.db.transaction().execute((trx) => inWrite.run(true, () => fn(trx)))
  return new Promise<T>((resolve, reject) => {
    let q = queues.get(d.db)
    if (!q) {
      q = { pending: [], running: null }
      queues.set(d.db, q)
    }
    q.pending.push({ fn: fn as Work, resolve: resolve as (v: unknown) => void, reject })
    startRunner(d.db, q)
  })
}

/**
 * Starts the batch runner unless one is running. A caller whose write has just settled can
 * queue its next write before the runner's promise settles: the runner has already seen an
 * empty queue, so a finished runner looks again and starts anew.
 */
function startRunner(db: Kysely<DB>, q: Queue): void {
  if (q.running) return
  q.running = runBatches(db, q).finally(() => {
    q.running = null
    if (q.pending.length > 0) startRunner(db, q)
  })
}

/** Resolves once every queued write has settled (used before closing the database). */
export async function drainWrites(d: Database): Promise<void> {
  const q = queues.get(d.db)
  while (q?.running) await q.running
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const BUSY = Symbol('busy')

/** BEGIN IMMEDIATE, or BUSY when another connection holds the write lock right now. */
async function tryBegin(conn: Kysely<DB>): Promise<typeof BUSY | null> {
  try {
    await sql`begin immediate`.execute(conn)
    return null
  } catch (e) {
    if (isBusy(e)) return BUSY
    throw e
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown }

async function runBatches(db: Kysely<DB>, q: Queue): Promise<void> {
  const { busyDeadlineMs, maxBatch } = options.get(db) ?? { busyDeadlineMs: 5000, maxBatch: 64 }
  while (q.pending.length > 0) {
    // Let requests that are already on their way join this batch.
    await new Promise((r) => setImmediate(r))
    const batch = q.pending.splice(0, maxBatch)
    let outcomes: Outcome[] = []
    const giveUp = Date.now() + busyDeadlineMs
    try {
      // While another process holds the write lock, the connection is given back between tries,
      // so reads (health checks, the calendar) keep being answered meanwhile.
      // Polled often: a busy writer in another process re-takes the lock right after each commit.
      for (let wait = 1; ; wait = Math.min(wait * 2, 8)) {
        const got = await db.connection().execute(async (conn) => {
          if ((await tryBegin(conn)) === BUSY) return BUSY
          outcomes = await runInTransaction(conn, batch)
          return null
        })
        if (got !== BUSY) break
        if (Date.now() >= giveUp) throw new DatabaseBusyError()
        await sleep(wait)
      }
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
}

/** Runs each write in its own savepoint after BEGIN IMMEDIATE, then commits them all at once. */
async function runInTransaction(conn: Kysely<DB>, batch: QueuedWrite[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  try {
    for (const item of batch) {
      await sql`savepoint w`.execute(conn)
      try {
        outcomes.push({ ok: true, value: await inWrite.run(true, () => item.fn(conn)) })
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
  return outcomes
}
