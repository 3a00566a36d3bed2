/**
 * Prepared queries (server/db/prepared.ts): compiled once per database, then run with each
 * call's own values, on both databases; results still pass through CamelCasePlugin. An argument
 * that does not end up as a value of the query is refused when it is first compiled.
 */
import { describeEachDb } from './helpers'
import { sql } from 'kysely'
import { migrateToLatest, openDatabase, parseDatabaseUrl, prepared, writeTransaction, type Database } from '../../server/db'

describeEachDb('prepared queries', (db) => {
  let d: Database
  beforeEach(async () => {
    d = openDatabase(parseDatabaseUrl(db().url))
    await migrateToLatest(d.db, d.sqlite)
  })
  afterEach(async () => {
    await d.db.destroy()
  })

  test('compiled once, run with each call’s values, rows camelCased, changes counted', async () => {
    let builds = 0
    const put = prepared((q, _dialect, key: string, value: string) => {
      builds++
      return q.insertInto('meta').values({ key, value })
    })
    const byKey = prepared((q, _dialect, key: string) => {
      builds++
      return q.selectFrom('meta').select(['key', 'value']).where('key', '=', key)
    })
    const rename = prepared((q, _dialect, value: string, key: string) => {
      builds++
      return q.updateTable('meta').set({ value }).where('key', '=', key)
    })
    for (const k of ['a', 'b', 'c']) expect(await writeTransaction(d, (trx) => put.changes(trx, `k-${k}`, `v-${k}`))).toBe(1)
    expect(await byKey.rows(d.db, 'k-b')).toEqual([{ key: 'k-b', value: 'v-b' }])
    expect(await byKey.rows(d.db, 'k-z')).toEqual([])
    expect(await writeTransaction(d, (trx) => rename.changes(trx, 'new', 'k-c'))).toBe(1)
    expect(await writeTransaction(d, (trx) => rename.changes(trx, 'new', 'missing'))).toBe(0)
    expect(await byKey.rows(d.db, 'k-c')).toEqual([{ key: 'k-c', value: 'new' }])
    expect(builds).toBe(3)
  })

  test('a statement kept prepared still answers after a migration changes its table', async () => {
    // SQLite keeps prepared statements, PostgreSQL named ones; a rolling deploy can add a column
    // under a `select *` that another instance has already prepared.
    await sql`create table prep_probe (a integer)`.execute(d.db)
    await sql`insert into prep_probe (a) values (1)`.execute(d.db)
    const all = () => d.db.selectFrom('prep_probe' as never).selectAll().execute()
    expect(await all()).toEqual([{ a: 1 }])
    await sql`alter table prep_probe add column b integer`.execute(d.db)
    expect(await all()).toEqual([{ a: 1, b: null }])
  })

  test('an argument that is not a value of the query is refused', async () => {
    const bad = prepared((q, _dialect, key: string, _unused: string) => q.selectFrom('meta').select('key').where('key', '=', key))
    await expect(bad.rows(d.db, 'x', 'y')).rejects.toThrow(/argument 1 is not a value/)
  })
})
