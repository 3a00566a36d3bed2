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
 * batch it is part of, forever; pass the `trx` you were given. On SQLite such a call is refused
 * with ReentrantWriteError: a write queued while a batch write is running, whose running write
 * then makes no progress for STALL_MS, can only be waiting for itself (batch writes only await
 * the database, which answers at once; a timer fires only once they stop). The guard costs
 * nothing per request: an AsyncLocalStorage would, since it hooks every promise of the process
 * (it took a third of a sign-up's CPU time). On PostgreSQL a nested transaction runs on another
 * pooled connection; lock_timeout (set per connection) ends any wait on the outer one's row lock.
 */
import { CompiledQuery, type Kysely } from 'kysely'
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
  /** The write that was running when this one was queued, if any. */
  queuedDuring?: QueuedWrite
}
interface Queue {
  pending: QueuedWrite[]
  running: Promise<void> | null
  /** The write whose function is running inside the open transaction. */
  executing: QueuedWrite | null
  watchdog: NodeJS.Timeout | null
}

/** A write function that holds the write lock this long without finishing is waiting for itself. */
export const STALL_MS = 500

export interface WriteQueueOptions {
  /** How long a batch waits for another process's write lock before failing. Default 5000. */
  busyDeadlineMs?: number
  /** At most this many writes share one COMMIT. Default 64. */
  maxBatch?: number
}

const queues = new WeakMap<Kysely<DB>, Queue>()
const options = new WeakMap<Kysely<DB>, Required<WriteQueueOptions>>()

export function configureWriteQueue(d: Database, o: WriteQueueOptions): void {
  options.set(d.db, { busyDeadlineMs: o.busyDeadlineMs ?? 5000, maxBatch: o.maxBatch ?? 64 })
}

export function writeTransaction<T>(d: Database, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (d.dialect === 'postgres') return d.db.transaction().execute(fn)
  return new Promise<T>((resolve, reject) => {
    let q = queues.get(d.db)
    if (!q) {
      q = { pending: [], running: null, executing: null, watchdog: null }
      queues.set(d.db, q)
    }
    const item: QueuedWrite = { fn: fn as Work, resolve: resolve as (v: unknown) => void, reject, queuedDuring: q.executing ?? undefined }
    q.pending.push(item)
    if (item.queuedDuring) armWatchdog(q)
    startRunner(d.db, q)
  })
}

/** After STALL_MS: writes queued during a write that is still running are refused (see above). */
function armWatchdog(q: Queue): void {
  if (q.watchdog) return
  const running = q.executing
  q.watchdog = setTimeout(() => {
    q.watchdog = null
    if (!running || q.executing !== running) {
      if (q.pending.some((p) => p.queuedDuring && p.queuedDuring === q.executing)) armWatchdog(q)
      return
    }
    const nested = q.pending.filter((p) => p.queuedDuring === running)
    q.pending = q.pending.filter((p) => p.queuedDuring !== running)
    for (const p of nested) p.reject(new ReentrantWriteError())
  }, STALL_MS)
  q.watchdog.unref()
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

// The queue's own statements, as plain SQL (no builder, no plugin pass).
const BEGIN = CompiledQuery.raw('begin immediate')
const SAVEPOINT = CompiledQuery.raw('savepoint w')
const RELEASE = CompiledQuery.raw('release w')
const ROLLBACK_TO = CompiledQuery.raw('rollback to w')
const COMMIT = CompiledQuery.raw('commit')
const ROLLBACK = CompiledQuery.raw('rollback')

/** BEGIN IMMEDIATE, or BUSY when another connection holds the write lock right now. */
async function tryBegin(conn: Kysely<DB>): Promise<typeof BUSY | null> {
  try {
    await conn.executeQuery(BEGIN)
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
          outcomes = await runInTransaction(conn, batch, q)
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
async function runInTransaction(conn: Kysely<DB>, batch: QueuedWrite[], q: Queue): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  try {
    for (const item of batch) {
      await conn.executeQuery(SAVEPOINT)
      q.executing = item
      try {
        outcomes.push({ ok: true, value: await item.fn(conn) })
        q.executing = null
        await conn.executeQuery(RELEASE)
      } catch (error) {
        q.executing = null
        await conn.executeQuery(ROLLBACK_TO)
        await conn.executeQuery(RELEASE)
        outcomes.push({ ok: false, error })
      }
    }
    await conn.executeQuery(COMMIT)
  } catch (e) {
    try {
      await conn.executeQuery(ROLLBACK)
    } catch {
      /* the original error matters more */
    }
    throw e
  }
  return outcomes
}
