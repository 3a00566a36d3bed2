/**
 * The SQLite group-commit write queue: writes that arrive together share one COMMIT, a failing
 * write rolls back alone, a nested call fails fast instead of deadlocking, and another
 * process's write lock makes writes wait without blocking the event loop.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { sql } from 'kysely'
import { configureWriteQueue, drainWrites, migrateToLatest, openDatabase, writeTransaction, DatabaseBusyError, ReentrantWriteError, type Database } from '../../server/db'

describe('write queue (SQLite)', () => {
  let dir: string
  let d: Database
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-wq-'))
    d = openDatabase({ dialect: 'sqlite', location: path.join(dir, 'q.db') })
    await migrateToLatest(d.db)
    d.sqlite?.pragma('busy_timeout = 0')
    configureWriteQueue(d, { busyDeadlineMs: 400 })
  })
  afterEach(async () => {
    await drainWrites(d)
    await d.db.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const put = (key: string) => (trx: Database['db']) => trx.insertInto('meta').values({ key, value: 'v' }).execute()
  const keys = async () => (await d.db.selectFrom('meta').select('key').orderBy('key').execute()).map((r) => r.key)

  test('writes that arrive together commit together; a failing one rolls back alone', async () => {
    const results = await Promise.allSettled([
      writeTransaction(d, put('a')),
      writeTransaction(d, async (trx) => {
        await put('b')(trx)
        throw new Error('boom')
      }),
      writeTransaction(d, put('c')),
      writeTransaction(d, put('a')) // duplicate key: a unique violation, alone
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected'])
    expect(await keys()).toEqual(['a', 'c'])
  })

  test('a write started right after another settles is run, not left queued behind a finished runner', async () => {
    // The caller resumes after its write settles, before the runner has marked itself done;
    // its next write must still be picked up (it once waited forever, and the process exited).
    const chain = (async () => {
      for (const key of ['one', 'two', 'three']) await writeTransaction(d, put(key))
      return 'done'
    })()
    const outcome = await Promise.race([chain, new Promise((r) => setTimeout(() => r('hung'), 2000))])
    expect(outcome).toBe('done')
    expect(await keys()).toEqual(['one', 'three', 'two'])
  })

  test('a nested writeTransaction fails fast instead of waiting for its own batch forever', async () => {
    const outcome = await Promise.race([
      writeTransaction(d, async () => writeTransaction(d, put('inner'))).then(
        () => 'resolved',
        (e) => (e instanceof ReentrantWriteError ? 'reentrant' : String(e))
      ),
      new Promise((r) => setTimeout(() => r('hung'), 2000))
    ])
    expect(outcome).toBe('reentrant')
    // The queue still works afterwards.
    await writeTransaction(d, put('after'))
    expect(await keys()).toEqual(['after'])
  })

  test('another process holding the write lock: writes wait without blocking the event loop, then go through', async () => {
    const other = new BetterSqlite3(path.join(dir, 'q.db'))
    other.exec('begin immediate')
    let last = Date.now()
    let maxGap = 0
    const ticker = setInterval(() => {
      maxGap = Math.max(maxGap, Date.now() - last)
      last = Date.now()
    }, 5)
    const pending = writeTransaction(d, put('waited'))
    await new Promise((r) => setTimeout(r, 250))
    // The event loop kept running while the write waited for the lock (a blocking busy wait
    // would stall it for the whole wait).
    expect(maxGap).toBeLessThan(150)
    other.exec('commit')
    await pending
    clearInterval(ticker)
    other.close()
    expect(await keys()).toEqual(['waited'])
  })

  test('a lock held past the deadline fails the batch with DatabaseBusyError and nothing is written', async () => {
    const other = new BetterSqlite3(path.join(dir, 'q.db'))
    other.exec('begin immediate')
    await expect(writeTransaction(d, put('late'))).rejects.toBeInstanceOf(DatabaseBusyError)
    other.exec('rollback')
    other.close()
    expect(await keys()).toEqual([])
    expect((await sql<{ ok: string }>`pragma integrity_check`.execute(d.db)).rows[0]).toEqual({ integrityCheck: 'ok' })
  })
})
