/**
 * Queries compiled once. Kysely builds, transforms (CamelCasePlugin) and compiles a query on
 * every call, which was a fifth of a sign-up's CPU time. A prepared query is built once per
 * database with stand-ins for its arguments; each call executes that compiled SQL with the real
 * values, through Kysely (so results still come back camelCased). The builder must take the same
 * shape whatever the values: no branching on arguments, and every argument used as a value.
 */
import { PostgresAdapter, type CompiledQuery, type Compilable, type Kysely } from 'kysely'
import type { DialectName } from './connection'
import type { DB } from './schema'

const STAND_IN = /^\uE000arg(\d+)\uE000$/
const standIn = (i: number) => `\uE000arg${i}\uE000`

/** Where each compiled parameter comes from: an argument's index, or a constant of the builder. */
type Slot = number | { constant: unknown }

interface Compiled<R> {
  query: CompiledQuery<R>
  slots: Slot[]
}

export interface PreparedQuery<A extends unknown[], R> {
  /** Runs the query on `db` (a database, transaction or connection) and returns its rows. */
  rows(db: Kysely<DB>, ...args: A): Promise<R[]>
  /** Runs it and returns the number of rows it changed (insert, update, delete). */
  changes(db: Kysely<DB>, ...args: A): Promise<number>
}

export function prepared<A extends unknown[], R>(build: (db: Kysely<DB>, dialect: DialectName, ...args: A) => Compilable<R>): PreparedQuery<A, R> {
  // Keyed by the database's adapter: one compilation per open database, shared by its transactions.
  const cache = new WeakMap<object, Compiled<R>>()
  const compiledFor = (db: Kysely<DB>, arity: number): Compiled<R> => {
    const adapter = db.getExecutor().adapter
    let c = cache.get(adapter)
    if (!c) {
      const dialect: DialectName = adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
      const query = build(db, dialect, ...(Array.from({ length: arity }, (_, i) => standIn(i)) as A)).compile()
      const slots = query.parameters.map((p): Slot => {
        const m = typeof p === 'string' ? STAND_IN.exec(p) : null
        return m ? Number(m[1]) : { constant: p }
      })
      for (let i = 0; i < arity; i++) {
        if (!slots.includes(i)) throw new Error(`prepared query: argument ${i} is not a value of the query (${query.sql})`)
      }
      c = { query, slots }
      cache.set(adapter, c)
    }
    return c
  }
  const run = (db: Kysely<DB>, args: A) => {
    const c = compiledFor(db, args.length)
    const parameters = c.slots.map((s) => (typeof s === 'number' ? args[s] : s.constant))
    return db.executeQuery<R>({ ...c.query, parameters })
  }
  return {
    rows: async (db, ...args) => (await run(db, args)).rows,
    changes: async (db, ...args) => Number((await run(db, args)).numAffectedRows ?? 0)
  }
}
