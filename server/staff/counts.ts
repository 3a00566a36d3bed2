/**
 * Per-event counts for the console (seats, waitlist, check-ins) in one grouped query. No
 * personal data leaves this module.
 */
import type { Kysely } from 'kysely'
import type { DB } from '../db'

type AnyKysely = Kysely<DB>


export interface EventCounts {
  confirmedSeats: number
  confirmedParties: number
  waitlistedParties: number
  waitlistedSeats: number
  checkedInSeats: number
  checkedInParties: number
}

export const NO_COUNTS: EventCounts = { confirmedSeats: 0, confirmedParties: 0, waitlistedParties: 0, waitlistedSeats: 0, checkedInSeats: 0, checkedInParties: 0 }

export async function eventCounts(db: AnyKysely, eventIds: string[]): Promise<Map<string, EventCounts>> {
  const out = new Map<string, EventCounts>()
  if (eventIds.length === 0) return out
  const rows = await db
    .selectFrom('signups')
    .select((eb) => [
      'eventId',
      'status',
      eb.fn.countAll<number | string>().as('parties'),
      eb.fn.sum<number | string>('partySize').as('seats'),
      eb.fn.sum<number | string>(eb.case().when('checkedInAt', 'is not', null).then(1).else(0).end()).as('inParties'),
      eb.fn.sum<number | string>(eb.case().when('checkedInAt', 'is not', null).then(eb.ref('partySize')).else(0).end()).as('inSeats')
    ])
    .where('eventId', 'in', eventIds)
    .where('status', 'in', ['confirmed', 'waitlisted'])
    .groupBy(['eventId', 'status'])
    .execute()
  for (const r of rows) {
    const c = out.get(r.eventId) ?? { ...NO_COUNTS }
    if (r.status === 'confirmed') {
      c.confirmedParties = Number(r.parties)
      c.confirmedSeats = Number(r.seats ?? 0)
      c.checkedInParties = Number(r.inParties ?? 0)
      c.checkedInSeats = Number(r.inSeats ?? 0)
    } else {
      c.waitlistedParties = Number(r.parties)
      c.waitlistedSeats = Number(r.seats ?? 0)
    }
    out.set(r.eventId, c)
  }
  return out
}

/** Which event a check-in code belongs to (for the door's 「不是本场活动」 answer), or null. */
export async function eventOfCode(db: AnyKysely, code: string): Promise<string | null> {
  const row = await db.selectFrom('signups').select('eventId').where('checkinCode', '=', code).executeTakeFirst()
  return row?.eventId ?? null
}
