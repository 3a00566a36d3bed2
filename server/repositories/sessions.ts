/** Sessions: a random bearer token per device or WeChat user; only the token's hash is stored. */
import crypto from 'node:crypto'
import { prepared, writeTransaction, type Database } from '../db'
import { newId, nowIso } from './events'
import { sha256 } from './signups'

const DAY_MS = 86_400_000

// Every signed-in request looks its session up: compiled once.
const sessionByTokenHash = prepared((db, _dialect, tokenHash: string) =>
  db.selectFrom('sessions').select(['id', 'subject', 'createdAt', 'lastUsedAt']).where('tokenHash', '=', tokenHash)
)
/** findSubject records a session's use at most this often (one write per session per hour). */
const SESSION_TOUCH_MS = 3_600_000

export async function createSession(d: Database, kind: 'device' | 'wechat', subject: string, now: number): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url')
  const t = nowIso(now)
  await writeTransaction(d, (trx) =>
    trx.insertInto('sessions').values({ id: newId('ss'), tokenHash: sha256(token), subject, kind, createdAt: t, lastUsedAt: t }).execute()
  )
  return token
}

/**
 * The subject (person) behind a bearer token, or null. A session unused for more than
 * `idleDays` is expired (the retention purge deletes it); use is recorded at most hourly, best
 * effort (a busy database must not fail the request; the next call tries again).
 */
export async function findSubject(d: Database, token: string, idleDays: number, now: number): Promise<string | null> {
  const [row] = await sessionByTokenHash.rows(d.db, sha256(token))
  if (!row) return null
  const idle = now - Date.parse(row.lastUsedAt ?? row.createdAt)
  if (idle > idleDays * DAY_MS) return null
  if (!(idle < SESSION_TOUCH_MS)) {
    await writeTransaction(d, (trx) => trx.updateTable('sessions').set({ lastUsedAt: nowIso(now) }).where('id', '=', row.id).execute()).catch(
      () => undefined
    )
  }
  return row.subject
}
