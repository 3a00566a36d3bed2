/**
 * All data access of the 活动 feature, shared by the HTTP routes and the `events` CLI. Every
 * operation that changes seats runs in writeTransaction with the event row locked, so
 * confirmed seats never exceed capacity however many requests arrive at once.
 */
import crypto from 'node:crypto'
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely'
import type { DB, Database, EventsTable, SignupsTable } from './db'
import { isUniqueViolation, writeTransaction } from './db'
import { migrateToLatest } from './migrations'
import { ApiError, notFound, validationFailed } from './errors'
import type {
  AdminSignup,
  AdminSignupsResponse,
  CancelSignupResult,
  CheckinResult,
  EventInput,
  EventKind,
  EventQuery,
  MySignup,
  PublicEvent,
  SignupResult
} from '../src/core/events/types'
import { decideSignup, eventStatus, planPromotions, seatsLeft } from '../src/core/events/status'
import { beijingDayStart, toBeijingIso } from '../src/core/date'
import { validateEventInput, validateEventPatch } from '../src/core/validation/event'
import { maskName, maskPhone } from '../src/core/validation/mask'
import type { SignupInput } from '../src/core/validation/signup'
import { buildSampleEvents } from '../src/config/sample-events'
import { DEFAULT_RETENTION, type RetentionPolicy } from '../src/core/privacy/retention'

type EventRow = Selectable<EventsTable>
type SignupRow = Selectable<SignupsTable>

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

function randomString(alphabet: string, length: number): string {
  const bytes = crypto.randomBytes(length)
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[bytes[i] % alphabet.length]
  return out
}

export const newId = (prefix: string) => `${prefix}_${randomString(ID_ALPHABET, 14)}`
export const newCheckinCode = () => randomString(CODE_ALPHABET, 8)
export const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex')

const nowIso = () => new Date().toISOString()
/** Internal timestamps are UTC ISO with ms; the API shows them in +08:00. */
const showTime = (iso: string) => toBeijingIso(Date.parse(iso))

export const EVENT_ID_RE = /^[A-Za-z0-9_-]{1,64}$/

/** How long personal data is kept (see the privacy notice, pages/privacy). */
export { DEFAULT_RETENTION, type RetentionPolicy } from '../src/core/privacy/retention'

/** What one retention purge erased or deleted (or, on a dry run, would). Counts only. */
export interface PurgeResult {
  dryRun: boolean
  retentionDays: number
  sessionIdleDays: number
  /** Sign-ups whose name and phone were blanked. */
  signups: number
  /** Distinct events those sign-ups belong to. */
  events: number
  /** Idempotency replay records deleted (older than retentionDays). */
  idempotency: number
  /** Sessions deleted (unused for more than sessionIdleDays). */
  sessions: number
}

const DAY_MS = 86_400_000
/** findSubject records a session's use at most this often (one write per session per hour). */
const SESSION_TOUCH_MS = 3_600_000

export interface SignupOutcome {
  statusCode: number
  body: SignupResult
  replayed: boolean
}

export class Store {
  readonly db: Kysely<DB>
  readonly retention: RetentionPolicy
  constructor(
    readonly database: Database,
    private readonly clock: () => number = Date.now,
    retention: Partial<RetentionPolicy> = {}
  ) {
    this.db = database.db
    this.retention = {
      retentionDays: retention.retentionDays ?? DEFAULT_RETENTION.retentionDays,
      sessionIdleDays: retention.sessionIdleDays ?? DEFAULT_RETENTION.sessionIdleDays
    }
  }

  get dialect() {
    return this.database.dialect
  }

  async migrate(): Promise<string[]> {
    return migrateToLatest(this.db)
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db)
  }

  async close(): Promise<void> {
    await this.db.destroy()
  }

  /* ------------------------------------------------------------------ events */

  private async lockEvent(trx: Kysely<DB>, id: string): Promise<EventRow | undefined> {
    let q = trx.selectFrom('events').selectAll().where('id', '=', id)
    if (this.dialect === 'postgres') q = q.forUpdate()
    return q.executeTakeFirst()
  }

  private async confirmedSeats(db: Kysely<DB>, eventIds: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>()
    if (eventIds.length === 0) return out
    const rows = await db
      .selectFrom('signups')
      .select(['event_id', (eb) => eb.fn.sum<number | string>('party_size').as('seats')])
      .where('status', '=', 'confirmed')
      .where('event_id', 'in', eventIds)
      .groupBy('event_id')
      .execute()
    for (const r of rows) out.set(r.event_id, Number(r.seats ?? 0))
    return out
  }

  toPublic(row: EventRow, confirmedSeats: number, now = this.clock()): PublicEvent {
    const state = { capacity: row.capacity, confirmedSeats }
    return {
      id: row.id,
      ...this.rowToInput(row),
      seatsLeft: seatsLeft(state),
      status: eventStatus({ ...state, cancelled: row.cancelled === 1, startsAt: row.starts_at }, now)
    }
  }

  async listEvents(q: EventQuery): Promise<PublicEvent[]> {
    let query = this.db.selectFrom('events').selectAll()
    if (q.from) query = query.where('starts_at', '>=', beijingDayStart(q.from))
    if (q.to) query = query.where('starts_at', '<', beijingDayStart(q.to, 1))
    if (q.district) query = query.where('district', '=', q.district)
    if (q.kind) query = query.where('kind', '=', q.kind)
    const rows = await query.orderBy('starts_at').orderBy('id').limit(1000).execute()
    const seats = await this.confirmedSeats(this.db, rows.map((r) => r.id))
    const now = this.clock()
    return rows.map((r) => this.toPublic(r, seats.get(r.id) ?? 0, now))
  }

  async getEvent(id: string, db: Kysely<DB> = this.db): Promise<PublicEvent | null> {
    const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) return null
    const seats = await this.confirmedSeats(db, [id])
    return this.toPublic(row, seats.get(id) ?? 0)
  }

  private rowToInput(row: EventRow): EventInput {
    return {
      kind: row.kind as EventKind,
      title: row.title,
      summary: row.summary,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      venue: row.venue,
      address: row.address,
      district: row.district,
      speaker: row.speaker,
      capacity: row.capacity,
      latitude: Number(row.latitude),
      longitude: Number(row.longitude)
    }
  }

  private inputToRow(input: EventInput) {
    return {
      kind: input.kind,
      title: input.title,
      summary: input.summary,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      venue: input.venue,
      address: input.address,
      district: input.district,
      speaker: input.speaker,
      capacity: input.capacity,
      latitude: input.latitude,
      longitude: input.longitude
    }
  }

  /** Validates and inserts one event; returns it as the public API shows it. */
  async createEvent(raw: unknown, id = newId('ev'), db: Kysely<DB> = this.db): Promise<PublicEvent> {
    const v = validateEventInput(raw)
    if (!v.ok) throw validationFailed(v.errors)
    const t = nowIso()
    try {
      await db.insertInto('events').values({ id, ...this.inputToRow(v.value), cancelled: 0, created_at: t, updated_at: t }).execute()
    } catch (e) {
      if (isUniqueViolation(e)) throw new ApiError(409, 'EVENT_EXISTS', `活动编号 ${id} 已存在`)
      throw e
    }
    return this.toPublic({ id, ...this.inputToRow(v.value), cancelled: 0, created_at: t, updated_at: t }, 0)
  }

  /**
   * Applies a patch (any event fields plus `cancelled`). Cancelling keeps the sign-ups. Raising
   * the capacity promotes the waitlist; lowering it below the confirmed seats is refused.
   */
  async updateEvent(id: string, patch: unknown): Promise<PublicEvent> {
    return writeTransaction(this.database, async (trx) => {
      const row = await this.lockEvent(trx, id)
      if (!row) throw notFound('活动不存在')
      const v = validateEventPatch(this.rowToInput(row), patch)
      if (!v.ok) throw validationFailed(v.errors)
      const seats = (await this.confirmedSeats(trx, [id])).get(id) ?? 0
      if (v.value.input.capacity < seats) {
        throw new ApiError(409, 'CAPACITY_BELOW_CONFIRMED', `名额不能少于已确认的 ${seats} 个座位`)
      }
      const cancelled = v.value.cancelled === undefined ? row.cancelled : v.value.cancelled ? 1 : 0
      await trx
        .updateTable('events')
        .set({ ...this.inputToRow(v.value.input), cancelled, updated_at: nowIso() })
        .where('id', '=', id)
        .execute()
      const updated = (await trx.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst()) as EventRow
      await this.promote(trx, updated)
      const after = (await this.confirmedSeats(trx, [id])).get(id) ?? 0
      return this.toPublic(updated, after)
    })
  }

  /** Promotes waitlisted parties of an open event in order, seats permitting. */
  private async promote(trx: Kysely<DB>, ev: EventRow): Promise<number> {
    if (ev.cancelled === 1 || this.clock() >= Date.parse(ev.starts_at)) return 0
    const seats = (await this.confirmedSeats(trx, [ev.id])).get(ev.id) ?? 0
    if (seats >= ev.capacity) return 0
    const waiting = await trx
      .selectFrom('signups')
      .select(['id', 'party_size'])
      .where('event_id', '=', ev.id)
      .where('status', '=', 'waitlisted')
      .orderBy('seq')
      .execute()
    const ids = planPromotions(
      { capacity: ev.capacity, confirmedSeats: seats },
      waiting.map((w) => ({ id: w.id, partySize: w.party_size }))
    )
    if (ids.length > 0) {
      await trx.updateTable('signups').set({ status: 'confirmed', updated_at: nowIso() }).where('id', 'in', ids).execute()
    }
    return ids.length
  }

  /** Loads the sample sessions once, on the first start of a database. Returns how many. */
  async loadSampleEventsOnce(now = new Date()): Promise<number> {
    return writeTransaction(this.database, async (trx) => {
      const res = await trx
        .insertInto('meta')
        .values({ key: 'sample_events_loaded', value: nowIso() })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst()
      if (Number(res.numInsertedOrUpdatedRows ?? 0) === 0) return 0
      const events = buildSampleEvents(now)
      for (const e of events) await this.createEvent(e, newId('ev'), trx)
      return events.length
    })
  }

  /* ---------------------------------------------------------------- sessions */

  async createSession(kind: 'device' | 'wechat', subject: string): Promise<string> {
    const token = crypto.randomBytes(32).toString('base64url')
    await this.db
      .insertInto('sessions')
      .values({
        id: newId('ss'),
        token_hash: sha256(token),
        subject,
        kind,
        created_at: nowIso(),
        last_used_at: new Date(this.clock()).toISOString()
      })
      .execute()
    return token
  }

  /**
   * The subject (person) behind a bearer token, or null. Only the token's hash is stored. A
   * session unused for more than sessionIdleDays is expired (the purge deletes it); use is
   * recorded at most hourly.
   */
  async findSubject(token: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('sessions')
      .select(['id', 'subject', 'created_at', 'last_used_at'])
      .where('token_hash', '=', sha256(token))
      .executeTakeFirst()
    if (!row) return null
    const now = this.clock()
    const idle = now - Date.parse(row.last_used_at ?? row.created_at)
    if (idle > this.retention.sessionIdleDays * DAY_MS) return null
    if (!(idle < SESSION_TOUCH_MS)) {
      try {
        await this.db.updateTable('sessions').set({ last_used_at: new Date(now).toISOString() }).where('id', '=', row.id).execute()
      } catch {
        // Best effort: a busy database must not fail the request; the next call tries again.
      }
    }
    return row.subject
  }

  /* --------------------------------------------------------------- retention */

  /**
   * Makes the privacy notice true. For every sign-up of an event that ended more than
   * retentionDays before `now`: name and phone become '' (the row stays, with status, party
   * size and check-in, so staff counts still add up). Also deletes idempotency replay records
   * older than retentionDays (they hold a hash of name and phone and the sign-up answer) and
   * sessions unused for more than sessionIdleDays. Idempotent; one transaction; the same
   * Kysely queries on SQLite and PostgreSQL (times compare as canonical ISO text).
   */
  async purgeExpiredPersonalData(
    now: number = this.clock(),
    opts: Partial<RetentionPolicy> & { dryRun?: boolean } = {}
  ): Promise<PurgeResult> {
    const policy: RetentionPolicy = {
      retentionDays: opts.retentionDays ?? this.retention.retentionDays,
      sessionIdleDays: opts.sessionIdleDays ?? this.retention.sessionIdleDays
    }
    const dryRun = opts.dryRun === true
    for (const [k, v] of Object.entries(policy)) {
      if (!Number.isInteger(v) || v < 0) throw new Error(`${k} must be a non-negative integer`)
    }
    // events.ends_at is canonical +08:00 text; created_at / last_used_at are UTC ISO with ms.
    const endedBefore = toBeijingIso(now - policy.retentionDays * DAY_MS)
    const recordsBefore = new Date(now - policy.retentionDays * DAY_MS).toISOString()
    const sessionsBefore = new Date(now - policy.sessionIdleDays * DAY_MS).toISOString()

    const run = async (db: Kysely<DB>): Promise<PurgeResult> => {
      const expiredEvents = db.selectFrom('events').select('id').where('ends_at', '<', endedBefore)
      const perEvent = await db
        .selectFrom('signups')
        .select(['event_id', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('event_id', 'in', expiredEvents)
        .where('erased_at', 'is', null)
        .groupBy('event_id')
        .execute()
      const signups = perEvent.reduce((sum, r) => sum + Number(r.n), 0)
      const staleSessions = (eb: ExpressionBuilder<DB, 'sessions'>) =>
        eb.or([
          eb('last_used_at', '<', sessionsBefore),
          eb.and([eb('last_used_at', 'is', null), eb('created_at', '<', sessionsBefore)])
        ])
      const result: PurgeResult = { dryRun, ...policy, signups, events: perEvent.length, idempotency: 0, sessions: 0 }
      if (dryRun) {
        const idem = await db
          .selectFrom('idempotency')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('created_at', '<', recordsBefore)
          .executeTakeFirst()
        const sess = await db
          .selectFrom('sessions')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where(staleSessions)
          .executeTakeFirst()
        return { ...result, idempotency: Number(idem?.n ?? 0), sessions: Number(sess?.n ?? 0) }
      }
      const t = new Date(now).toISOString()
      const erased = await db
        .updateTable('signups')
        .set({ name: '', phone: '', erased_at: t, updated_at: t })
        .where('event_id', 'in', expiredEvents)
        .where('erased_at', 'is', null)
        .executeTakeFirst()
      const idem = await db.deleteFrom('idempotency').where('created_at', '<', recordsBefore).executeTakeFirst()
      const sess = await db.deleteFrom('sessions').where(staleSessions).executeTakeFirst()
      return {
        ...result,
        signups: Number(erased.numUpdatedRows),
        idempotency: Number(idem.numDeletedRows),
        sessions: Number(sess.numDeletedRows)
      }
    }
    return dryRun ? run(this.db) : writeTransaction(this.database, run)
  }

  /* ----------------------------------------------------------------- sign-up */

  /**
   * Signs up under an idempotency key. Inside one serialised transaction: lock the event,
   * replay a stored answer for the key, check status and duplicates, count seats, insert.
   */
  async signup(subject: string, eventId: string, key: string, input: SignupInput): Promise<SignupOutcome> {
    const requestHash = sha256(JSON.stringify([eventId, input.name, input.phone, input.partySize]))
    const attempt = () =>
      writeTransaction(this.database, async (trx): Promise<SignupOutcome> => {
        const ev = await this.lockEvent(trx, eventId)
        if (!ev) throw notFound('活动不存在')
        const prior = await trx
          .selectFrom('idempotency')
          .selectAll()
          .where('subject', '=', subject)
          .where('key', '=', key)
          .executeTakeFirst()
        if (prior) {
          if (prior.request_hash !== requestHash) {
            throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一份报名，请为新的报名生成新的键')
          }
          return { statusCode: prior.status_code, body: JSON.parse(prior.response) as SignupResult, replayed: true }
        }
        // One pass over the event's sign-ups: confirmed seats, waitlist length, last sequence number.
        const agg = await trx
          .selectFrom('signups')
          .select((eb) => [
            eb.fn.sum<number | string | null>(eb.case().when('status', '=', 'confirmed').then(eb.ref('party_size')).else(0).end()).as('seats'),
            eb.fn.sum<number | string | null>(eb.case().when('status', '=', 'waitlisted').then(1).else(0).end()).as('waiting'),
            eb.fn.max<number | string | null>('seq').as('seq')
          ])
          .where('event_id', '=', eventId)
          .executeTakeFirst()
        const confirmedSeats = Number(agg?.seats ?? 0)
        const state = { capacity: ev.capacity, confirmedSeats }
        const status = eventStatus({ ...state, cancelled: ev.cancelled === 1, startsAt: ev.starts_at }, this.clock())
        if (status === 'cancelled') throw new ApiError(409, 'EVENT_CANCELLED', '该活动已取消，不能报名')
        if (status === 'closed') throw new ApiError(409, 'EVENT_CLOSED', '该活动已开始或已结束，报名已截止')
        const dup = await trx
          .selectFrom('signups')
          .select('id')
          .where('event_id', '=', eventId)
          .where('phone', '=', input.phone)
          .where('status', '<>', 'cancelled')
          .executeTakeFirst()
        if (dup) throw new ApiError(409, 'ALREADY_SIGNED_UP', '该手机号已报名本场活动')

        const decision = decideSignup(state, input.partySize)
        const seq = Number(agg?.seq ?? 0) + 1
        const position = decision === 'waitlisted' ? Number(agg?.waiting ?? 0) + 1 : null
        // 32^8 codes: a collision is vanishingly rare; the unique index catches it and the
        // whole attempt is retried below.
        const code = newCheckinCode()
        const id = newId('sg')
        const t = nowIso()
        await trx
          .insertInto('signups')
          .values({
            id,
            event_id: eventId,
            subject,
            seq,
            name: input.name,
            phone: input.phone,
            party_size: input.partySize,
            status: decision,
            checkin_code: code,
            created_at: t,
            updated_at: t,
            checked_in_at: null
          })
          .execute()
        const body: SignupResult = { id, status: decision, position, checkinCode: code }
        await trx
          .insertInto('idempotency')
          .values({ subject, key, request_hash: requestHash, event_id: eventId, status_code: 201, response: JSON.stringify(body), created_at: t })
          .execute()
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

  private async waitlistPositions(db: Kysely<DB>, rows: SignupRow[]): Promise<Map<string, number>> {
    const out = new Map<string, number>()
    for (const r of rows) {
      if (r.status !== 'waitlisted') continue
      const ahead = await db
        .selectFrom('signups')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('event_id', '=', r.event_id)
        .where('status', '=', 'waitlisted')
        .where('seq', '<', r.seq)
        .executeTakeFirst()
      out.set(r.id, Number(ahead?.n ?? 0) + 1)
    }
    return out
  }

  /** The caller's own sign-ups with their events; name and phone masked. */
  async mySignups(subject: string): Promise<MySignup[]> {
    const rows = await this.db.selectFrom('signups').selectAll().where('subject', '=', subject).orderBy('created_at').execute()
    if (rows.length === 0) return []
    const eventIds = [...new Set(rows.map((r) => r.event_id))]
    const events = await this.db.selectFrom('events').selectAll().where('id', 'in', eventIds).execute()
    const seats = await this.confirmedSeats(this.db, eventIds)
    const now = this.clock()
    const byId = new Map(events.map((e) => [e.id, this.toPublic(e, seats.get(e.id) ?? 0, now)]))
    const positions = await this.waitlistPositions(this.db, rows)
    return rows
      .map((r) => ({
        id: r.id,
        status: r.status as MySignup['status'],
        position: positions.get(r.id) ?? null,
        checkinCode: r.checkin_code,
        partySize: r.party_size,
        name: maskName(r.name),
        phone: maskPhone(r.phone),
        createdAt: showTime(r.created_at),
        checkedIn: r.checked_in_at !== null,
        event: byId.get(r.event_id) as PublicEvent
      }))
      .sort((a, b) => (a.event.startsAt < b.event.startsAt ? -1 : a.event.startsAt > b.event.startsAt ? 1 : 0))
  }

  /** Cancels one of the caller's sign-ups (idempotent) and promotes the waitlist. */
  async cancelSignup(subject: string, signupId: string): Promise<CancelSignupResult> {
    const found = await this.db.selectFrom('signups').select(['event_id', 'subject']).where('id', '=', signupId).executeTakeFirst()
    // Someone else's sign-up is as unknown to the caller as a missing one.
    if (!found || found.subject !== subject) throw notFound('报名记录不存在')
    return writeTransaction(this.database, async (trx) => {
      const ev = (await this.lockEvent(trx, found.event_id)) as EventRow
      const row = await trx.selectFrom('signups').selectAll().where('id', '=', signupId).executeTakeFirst()
      if (!row) throw notFound('报名记录不存在')
      if (row.status === 'cancelled') return { id: row.id, status: 'cancelled' as const }
      if (this.clock() >= Date.parse(ev.starts_at)) throw new ApiError(409, 'EVENT_CLOSED', '活动已开始或已结束，不能再取消报名')
      await trx.updateTable('signups').set({ status: 'cancelled', updated_at: nowIso() }).where('id', '=', signupId).execute()
      await this.promote(trx, ev)
      return { id: row.id, status: 'cancelled' as const }
    })
  }

  /* ------------------------------------------------------------------- staff */

  private toAdmin(r: SignupRow, positions: Map<string, number>): AdminSignup {
    return {
      id: r.id,
      name: r.name,
      phone: r.phone,
      partySize: r.party_size,
      status: r.status as AdminSignup['status'],
      position: positions.get(r.id) ?? null,
      checkinCode: r.checkin_code,
      createdAt: showTime(r.created_at),
      checkedInAt: r.checked_in_at ? showTime(r.checked_in_at) : null
    }
  }

  /** Every sign-up of an event in sign-up order, with full names and phones. */
  async adminSignups(eventId: string): Promise<AdminSignupsResponse> {
    const event = await this.getEvent(eventId)
    if (!event) throw notFound('活动不存在')
    const rows = await this.db.selectFrom('signups').selectAll().where('event_id', '=', eventId).orderBy('seq').execute()
    // Positions in one pass: rows are in seq order.
    const positions = new Map<string, number>()
    let n = 0
    for (const r of rows) if (r.status === 'waitlisted') positions.set(r.id, ++n)
    return { event, signups: rows.map((r) => this.toAdmin(r, positions)) }
  }

  async checkin(rawCode: string): Promise<CheckinResult> {
    const code = rawCode.trim().toUpperCase()
    const row = await this.db.selectFrom('signups').selectAll().where('checkin_code', '=', code).executeTakeFirst()
    if (!row) throw new ApiError(404, 'NOT_FOUND', '签到码不存在')
    if (row.status === 'cancelled') throw new ApiError(409, 'SIGNUP_CANCELLED', '该报名已取消，不能签到')
    if (row.status !== 'confirmed') throw new ApiError(409, 'NOT_CONFIRMED', '该报名仍在候补中，不能签到')
    const ev = await this.db.selectFrom('events').select('cancelled').where('id', '=', row.event_id).executeTakeFirst()
    if (ev?.cancelled === 1) throw new ApiError(409, 'EVENT_CANCELLED', '该活动已取消')
    let already = row.checked_in_at !== null
    if (!already) {
      const t = nowIso()
      const res = await this.db
        .updateTable('signups')
        .set({ checked_in_at: t, updated_at: t })
        .where('id', '=', row.id)
        .where('checked_in_at', 'is', null)
        .executeTakeFirst()
      if (Number(res.numUpdatedRows) === 0) already = true
    }
    const fresh = (await this.db.selectFrom('signups').selectAll().where('id', '=', row.id).executeTakeFirst()) as SignupRow
    return { signup: { ...this.toAdmin(fresh, new Map()), eventId: row.event_id }, alreadyCheckedIn: already }
  }
}
