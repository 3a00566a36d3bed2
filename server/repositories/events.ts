/**
 * Events: plain functions over Kysely. Seat counts live on the event row (confirmedSeats,
 * waitingCount, lastSeq) and change only inside write transactions that hold the event row
 * (FOR UPDATE on PostgreSQL; the one write lock on SQLite), so reads never sum sign-ups.
 */
import crypto from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import { isUniqueViolation, prepared, writeTransaction, type Database, type DB, type EventsTable } from '../db'
import { ApiError, notFound, validationFailed } from '../errors'
import type { EventInput, EventKind, EventQuery, PublicEvent } from '../../src/core/events/types'
import { eventStatus, planPromotions, seatsLeft } from '../../src/core/events/status'
import { beijingDayStart } from '../../src/core/date'
import { validateEventInput, validateEventPatch } from '../../src/core/validation/event'

export type EventRow = Selectable<EventsTable>

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'
// Random bytes are drawn from the CSPRNG 4 KB at a time (as crypto.randomUUID does): a call
// per id showed up in the sign-up profile.
const randomPool = Buffer.alloc(4096)
let randomUsed = randomPool.length

/** `length` characters of `alphabet` (whose size must divide 256, so none is favoured). */
export function randomString(alphabet: string, length: number): string {
  if (randomUsed + length > randomPool.length) {
    crypto.randomFillSync(randomPool)
    randomUsed = 0
  }
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[randomPool[randomUsed + i] % alphabet.length]
  randomUsed += length
  return out
}
export const newId = (prefix: string) => `${prefix}_${randomString(ID_ALPHABET, 14)}`
export const nowIso = (now: number = Date.now()) => new Date(now).toISOString()

/** The columns a public answer is built from (never anything of a sign-up). */
const PUBLIC_COLUMNS = [
  'id',
  'kind',
  'title',
  'summary',
  'startsAt',
  'endsAt',
  'venue',
  'address',
  'district',
  'speaker',
  'capacity',
  'latitude',
  'longitude',
  'cancelled',
  'confirmedSeats'
] as const
type PublicRow = Pick<EventRow, (typeof PUBLIC_COLUMNS)[number]>

export function toPublic(row: PublicRow, now: number): PublicEvent {
  const state = { capacity: row.capacity, confirmedSeats: Number(row.confirmedSeats) }
  return {
    id: row.id,
    ...rowToInput(row),
    seatsLeft: seatsLeft(state),
    status: eventStatus({ ...state, cancelled: Number(row.cancelled) === 1, startsAt: row.startsAt }, now)
  }
}

function rowToInput(row: Omit<PublicRow, 'id' | 'cancelled' | 'confirmedSeats'>): EventInput {
  return {
    kind: row.kind as EventKind,
    title: row.title,
    summary: row.summary,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    venue: row.venue,
    address: row.address,
    district: row.district,
    speaker: row.speaker,
    capacity: row.capacity,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude)
  }
}

export async function listEvents(db: Kysely<DB>, q: EventQuery, now: number): Promise<PublicEvent[]> {
  let query = db.selectFrom('events').select(PUBLIC_COLUMNS)
  if (q.from) query = query.where('startsAt', '>=', beijingDayStart(q.from))
  if (q.to) query = query.where('startsAt', '<', beijingDayStart(q.to, 1))
  if (q.district) query = query.where('district', '=', q.district)
  if (q.kind) query = query.where('kind', '=', q.kind)
  const rows = await query.orderBy('startsAt').orderBy('id').limit(1000).execute()
  return rows.map((r) => toPublic(r, now))
}

export async function getEvent(db: Kysely<DB>, id: string, now: number): Promise<PublicEvent | null> {
  const row = await db.selectFrom('events').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst()
  return row ? toPublic(row, now) : null
}

/** Reads the event row inside a write transaction, locking it on PostgreSQL. */
const eventForUpdate = prepared((db, dialect, id: string) => {
  const q = db.selectFrom('events').selectAll().where('id', '=', id)
  return dialect === 'postgres' ? q.forUpdate() : q
})

export async function lockEvent(trx: Kysely<DB>, id: string): Promise<EventRow | undefined> {
  return (await eventForUpdate.rows(trx, id))[0]
}

/**
 * Inserts one validated event (inside the caller's write transaction, or its own). Staff
 * creation passes `notBefore` so a start in the past is refused; sample seeding does not.
 */
export async function insertEvent(
  trx: Kysely<DB>,
  raw: unknown,
  opts: { id?: string; now: number; notBefore?: number }
): Promise<PublicEvent> {
  const v = validateEventInput(raw, { notBefore: opts.notBefore })
  if (!v.ok) throw validationFailed(v.errors)
  const id = opts.id ?? newId('ev')
  const t = nowIso(opts.now)
  const row = { id, ...v.value, cancelled: 0, confirmedSeats: 0, waitingCount: 0, lastSeq: 0, createdAt: t, updatedAt: t }
  try {
    await trx.insertInto('events').values(row).execute()
  } catch (e) {
    if (isUniqueViolation(e)) throw new ApiError(409, 'EVENT_EXISTS', `活动编号 ${id} 已存在`)
    throw e
  }
  return toPublic(row, opts.now)
}

export function createEvent(d: Database, raw: unknown, now: number, id?: string): Promise<PublicEvent> {
  return writeTransaction(d, (trx) => insertEvent(trx, raw, { id, now, notBefore: now }))
}

/**
 * Applies a patch (any event fields plus `cancelled`). Cancelling keeps the sign-ups. Raising
 * the capacity promotes the waitlist; lowering it below the confirmed seats is refused.
 */
export function updateEvent(d: Database, id: string, patch: unknown, now: number): Promise<PublicEvent> {
  return writeTransaction(d, async (trx) => {
    const row = await lockEvent(trx, id)
    if (!row) throw notFound('活动不存在')
    const v = validateEventPatch(rowToInput(row), patch)
    if (!v.ok) throw validationFailed(v.errors)
    if (v.value.input.capacity < row.confirmedSeats) {
      throw new ApiError(409, 'CAPACITY_BELOW_CONFIRMED', `名额不能少于已确认的 ${row.confirmedSeats} 个座位`)
    }
    const cancelled = v.value.cancelled === undefined ? row.cancelled : v.value.cancelled ? 1 : 0
    const updated: EventRow = { ...row, ...v.value.input, cancelled, updatedAt: nowIso(now) }
    await trx
      .updateTable('events')
      .set({ ...v.value.input, cancelled, updatedAt: updated.updatedAt })
      .where('id', '=', id)
      .execute()
    const after = await promote(trx, updated, now)
    return toPublic(after, now)
  })
}

/**
 * Promotes waitlisted parties of an open event in order, seats permitting, and keeps the
 * event's counters. Runs inside the caller's write transaction; returns the updated row.
 */
export async function promote(trx: Kysely<DB>, ev: EventRow, now: number): Promise<EventRow> {
  if (Number(ev.cancelled) === 1 || now >= Date.parse(ev.startsAt)) return ev
  if (ev.confirmedSeats >= ev.capacity || ev.waitingCount === 0) return ev
  const waiting = await trx
    .selectFrom('signups')
    .select(['id', 'partySize'])
    .where('eventId', '=', ev.id)
    .where('status', '=', 'waitlisted')
    .orderBy('seq')
    .execute()
  const ids = planPromotions({ capacity: ev.capacity, confirmedSeats: ev.confirmedSeats }, waiting)
  if (ids.length === 0) return ev
  const chosen = new Set(ids)
  const seats = waiting.filter((w) => chosen.has(w.id)).reduce((n, w) => n + w.partySize, 0)
  await trx.updateTable('signups').set({ status: 'confirmed', updatedAt: nowIso(now) }).where('id', 'in', ids).execute()
  const next = { ...ev, confirmedSeats: ev.confirmedSeats + seats, waitingCount: ev.waitingCount - ids.length }
  await trx
    .updateTable('events')
    .set({ confirmedSeats: next.confirmedSeats, waitingCount: next.waitingCount })
    .where('id', '=', ev.id)
    .execute()
  return next
}
