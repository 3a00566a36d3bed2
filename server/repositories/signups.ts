/**
 * Sign-ups: plain functions over Kysely. Every seat change runs in one write transaction with
 * the event row held, so confirmed seats never exceed capacity however many requests race.
 *
 * Duplicates are per session: a session cannot hold two active sign-ups with one phone for one
 * event (409 ALREADY_SIGNED_UP, about its own sign-up). The same phone from another session is
 * an ordinary new sign-up: the answer cannot tell a stranger whether that number is already
 * signed up, and registering someone's number first cannot block them. Staff see such rows
 * flagged (samePhone > 1). README 「手机号与隐私」 explains the design.
 */
import crypto from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import { isUniqueViolation, prepared, writeTransaction, type Database, type DB, type SignupsTable } from '../db'
import { ApiError, notFound } from '../errors'
import type { AdminSignup, AdminSignupsResponse, CancelSignupResult, CheckinResult, MySignup, SignupResult } from '../../src/core/events/types'
import { decideSignup, eventStatus } from '../../src/core/events/status'
import { toBeijingIso } from '../../src/core/date'
import { maskName, maskPhone } from '../../src/core/validation/mask'
import type { SignupInput } from '../../src/core/validation/signup'
import { getEvent, lockEvent, nowIso, newId, promote, randomString, toPublic } from './events'

type SignupRow = Selectable<SignupsTable>

/** The unique index that allows one active sign-up per event, session and phone. */
const SESSION_PHONE_INDEX = { name: 'signups_event_subject_phone_active', sqliteColumns: 'signups.event_id, signups.subject, signups.phone' }

/** Is this a unique violation of that index? (PostgreSQL names it; SQLite names its columns.) */
function violates(e: unknown, index: typeof SESSION_PHONE_INDEX): boolean {
  if (!isUniqueViolation(e)) return false
  const err = e as { constraint?: string; message?: string }
  return err.constraint === index.name || (err.message ?? '').endsWith(`UNIQUE constraint failed: ${index.sqliteColumns}`)
}

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const newCheckinCode = () => randomString(CODE_ALPHABET, 8)
export const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex')
/** Internal timestamps are UTC ISO with ms; the API shows them in +08:00. */
const showTime = (iso: string) => toBeijingIso(Date.parse(iso))

export interface SignupOutcome {
  statusCode: number
  body: SignupResult
  replayed: boolean
}

// The sign-up transaction's statements, compiled once (see server/db/prepared.ts).
const storedAnswer = prepared((db, _dialect, subject: string, key: string) =>
  db.selectFrom('idempotency').select(['requestHash', 'statusCode', 'response']).where('subject', '=', subject).where('key', '=', key)
)
const insertSignup = prepared(
  (db, _dialect, id: string, eventId: string, subject: string, seq: number, name: string, phone: string, partySize: number, status: string, checkinCode: string, at: string) =>
    db
      .insertInto('signups')
      .values({ id, eventId, subject, seq, name, phone, partySize, status, checkinCode, createdAt: at, updatedAt: at, checkedInAt: null })
)
const setSeatCounts = prepared((db, _dialect, lastSeq: number, confirmedSeats: number, waitingCount: number, id: string) =>
  db.updateTable('events').set({ lastSeq, confirmedSeats, waitingCount }).where('id', '=', id)
)
const storeAnswer = prepared(
  (db, _dialect, subject: string, key: string, requestHash: string, eventId: string, statusCode: number, response: string, createdAt: string) =>
    db.insertInto('idempotency').values({ subject, key, requestHash, eventId, statusCode, response, createdAt })
)

/**
 * Signs up under an idempotency key. Inside one serialised transaction: hold the event, replay
 * a stored answer for the key, check status and the session's duplicates, insert, count.
 */
export async function signup(d: Database, subject: string, eventId: string, key: string, input: SignupInput, now: number): Promise<SignupOutcome> {
  const requestHash = sha256(JSON.stringify([eventId, input.name, input.phone, input.partySize]))
  const attempt = () =>
    writeTransaction(d, async (trx): Promise<SignupOutcome> => {
      const ev = await lockEvent(trx, eventId)
      if (!ev) throw notFound('活动不存在')
      const [prior] = await storedAnswer.rows(trx, subject, key)
      if (prior) {
        if (prior.requestHash !== requestHash) {
          throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一份报名，请为新的报名生成新的键')
        }
        return { statusCode: prior.statusCode, body: JSON.parse(prior.response) as SignupResult, replayed: true }
      }
      const state = { capacity: ev.capacity, confirmedSeats: ev.confirmedSeats }
      const status = eventStatus({ ...state, cancelled: Number(ev.cancelled) === 1, startsAt: ev.startsAt }, now)
      if (status === 'cancelled') throw new ApiError(409, 'EVENT_CANCELLED', '该活动已取消，不能报名')
      if (status === 'closed') throw new ApiError(409, 'EVENT_CLOSED', '该活动已开始或已结束，报名已截止')
      const decision = decideSignup(state, input.partySize)
      const seq = ev.lastSeq + 1
      const position = decision === 'waitlisted' ? ev.waitingCount + 1 : null
      // 32^8 codes: a collision is vanishingly rare; the unique index catches it and the
      // whole attempt is retried below.
      const code = newCheckinCode()
      const id = newId('sg')
      const t = nowIso(now)
      // The session's duplicate (same phone, still active) is refused by the unique index
      // signups_event_subject_phone_active, so no query looks for it first.
      await insertSignup
        .changes(trx, id, eventId, subject, seq, input.name, input.phone, input.partySize, decision, code, t)
        .catch((e: unknown) => {
          if (violates(e, SESSION_PHONE_INDEX)) throw new ApiError(409, 'ALREADY_SIGNED_UP', '您已用该手机号报名本场活动，可在「我的报名」查看')
          throw e
        })
      const confirmed = decision === 'confirmed'
      await setSeatCounts.changes(trx, seq, ev.confirmedSeats + (confirmed ? input.partySize : 0), ev.waitingCount + (confirmed ? 0 : 1), eventId)
      const body: SignupResult = { id, status: decision, position, checkinCode: code }
      await storeAnswer.changes(trx, subject, key, requestHash, eventId, 201, JSON.stringify(body), t)
      return { statusCode: 201, body, replayed: false }
    })
  for (let i = 0; ; i++) {
    try {
      return await attempt()
    } catch (e) {
      // A unique violation means a race the row lock does not cover (the same key used on two
      // events at once) or a check-in code collision: running again settles it (replaying the
      // winner's answer, or drawing a new code).
      if (i < 2 && isUniqueViolation(e)) continue
      throw e
    }
  }
}

/** The caller's own sign-ups with their events, in one query; name and phone masked. */
export async function mySignups(db: Kysely<DB>, subject: string, now: number): Promise<MySignup[]> {
  const rows = await db
    .selectFrom('signups as s')
    .innerJoin('events as e', 'e.id', 's.eventId')
    .select((eb) => [
      's.id',
      's.status',
      's.checkinCode',
      's.partySize',
      's.name',
      's.phone',
      's.createdAt',
      's.checkedInAt',
      'e.id as eventId',
      'e.kind',
      'e.title',
      'e.summary',
      'e.startsAt',
      'e.endsAt',
      'e.venue',
      'e.address',
      'e.district',
      'e.speaker',
      'e.capacity',
      'e.latitude',
      'e.longitude',
      'e.cancelled',
      'e.confirmedSeats',
      // Waitlist position: waitlisted sign-ups of the event up to this one, in the same query.
      eb
        .selectFrom('signups as w')
        .select((w) => w.fn.countAll<number | string>().as('n'))
        .whereRef('w.eventId', '=', 's.eventId')
        .where('w.status', '=', 'waitlisted')
        .whereRef('w.seq', '<=', 's.seq')
        .as('position')
    ])
    .where('s.subject', '=', subject)
    .orderBy('e.startsAt')
    .orderBy('s.createdAt')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    status: r.status as MySignup['status'],
    position: r.status === 'waitlisted' ? Number(r.position) : null,
    checkinCode: r.checkinCode,
    partySize: r.partySize,
    name: maskName(r.name),
    phone: maskPhone(r.phone),
    createdAt: showTime(r.createdAt),
    checkedIn: r.checkedInAt !== null,
    event: toPublic({ ...r, id: r.eventId }, now)
  }))
}

/** Cancels one of the caller's sign-ups (idempotent) and promotes the waitlist. */
export async function cancelSignup(d: Database, subject: string, signupId: string, now: number): Promise<CancelSignupResult> {
  const found = await d.db.selectFrom('signups').select(['eventId', 'subject']).where('id', '=', signupId).executeTakeFirst()
  // Someone else's sign-up is as unknown to the caller as a missing one.
  if (!found || found.subject !== subject) throw notFound('报名记录不存在')
  return writeTransaction(d, async (trx) => {
    const ev = await lockEvent(trx, found.eventId)
    const row = await trx.selectFrom('signups').select(['id', 'status', 'partySize']).where('id', '=', signupId).executeTakeFirst()
    if (!ev || !row) throw notFound('报名记录不存在')
    if (row.status === 'cancelled') return { id: row.id, status: 'cancelled' as const }
    if (now >= Date.parse(ev.startsAt)) throw new ApiError(409, 'EVENT_CLOSED', '活动已开始或已结束，不能再取消报名')
    await trx.updateTable('signups').set({ status: 'cancelled', updatedAt: nowIso(now) }).where('id', '=', signupId).execute()
    const freed =
      row.status === 'confirmed'
        ? { ...ev, confirmedSeats: ev.confirmedSeats - row.partySize }
        : { ...ev, waitingCount: ev.waitingCount - 1 }
    await trx
      .updateTable('events')
      .set({ confirmedSeats: freed.confirmedSeats, waitingCount: freed.waitingCount })
      .where('id', '=', ev.id)
      .execute()
    await promote(trx, freed, now)
    return { id: row.id, status: 'cancelled' as const }
  })
}

function toAdmin(r: SignupRow, position: number | null, samePhone: number): AdminSignup {
  return {
    id: r.id,
    name: r.name,
    phone: r.phone,
    partySize: r.partySize,
    status: r.status as AdminSignup['status'],
    position,
    checkinCode: r.checkinCode,
    createdAt: showTime(r.createdAt),
    checkedInAt: r.checkedInAt ? showTime(r.checkedInAt) : null,
    samePhone
  }
}

/** Every sign-up of an event in sign-up order, with full names and phones (staff only). */
export async function adminSignups(db: Kysely<DB>, eventId: string, now: number): Promise<AdminSignupsResponse> {
  const event = await getEvent(db, eventId, now)
  if (!event) throw notFound('活动不存在')
  const rows = await db.selectFrom('signups').selectAll().where('eventId', '=', eventId).orderBy('seq').execute()
  // Positions and same-phone counts in one pass: rows are in seq order.
  const active = (r: SignupRow) => r.status !== 'cancelled' && r.erasedAt === null
  const phones = new Map<string, number>()
  for (const r of rows) if (active(r)) phones.set(r.phone, (phones.get(r.phone) ?? 0) + 1)
  let n = 0
  return {
    event,
    signups: rows.map((r) => toAdmin(r, r.status === 'waitlisted' ? ++n : null, active(r) ? (phones.get(r.phone) ?? 1) : 0))
  }
}

export async function checkin(d: Database, rawCode: string, now: number): Promise<CheckinResult> {
  const code = rawCode.trim().toUpperCase()
  const row = await d.db.selectFrom('signups').selectAll().where('checkinCode', '=', code).executeTakeFirst()
  if (!row) throw new ApiError(404, 'NOT_FOUND', '签到码不存在')
  if (row.status === 'cancelled') throw new ApiError(409, 'SIGNUP_CANCELLED', '该报名已取消，不能签到')
  if (row.status !== 'confirmed') throw new ApiError(409, 'NOT_CONFIRMED', '该报名仍在候补中，不能签到')
  const ev = await d.db.selectFrom('events').select('cancelled').where('id', '=', row.eventId).executeTakeFirst()
  if (Number(ev?.cancelled) === 1) throw new ApiError(409, 'EVENT_CANCELLED', '该活动已取消')
  let already = row.checkedInAt !== null
  if (!already) {
    const t = nowIso(now)
    const res = await writeTransaction(d, (trx) =>
      trx.updateTable('signups').set({ checkedInAt: t, updatedAt: t }).where('id', '=', row.id).where('checkedInAt', 'is', null).executeTakeFirst()
    )
    if (Number(res.numUpdatedRows) === 0) already = true
  }
  const fresh = (await d.db.selectFrom('signups').selectAll().where('id', '=', row.id).executeTakeFirst()) as SignupRow
  return { signup: { ...toAdmin(fresh, null, 1), eventId: row.eventId }, alreadyCheckedIn: already }
}
