/** Sample events: loaded once, on the first start of a fresh database (SAMPLE_DATA, default on). */
import { writeTransaction, type Database } from './db'
import { insertEvent, nowIso } from './repositories/events'
import { buildSampleEvents } from '../src/config/sample-events'

/** Loads the sample sessions unless this database has had them before. Returns how many. */
export function loadSampleEventsOnce(d: Database, now: number): Promise<number> {
  return writeTransaction(d, async (trx) => {
    const res = await trx
      .insertInto('meta')
      .values({ key: 'sample_events_loaded', value: nowIso(now) })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst()
    if (Number(res.numInsertedOrUpdatedRows ?? 0) === 0) return 0
    const events = buildSampleEvents(new Date(now))
    // Sample calendars include sessions that already took place, so no start-time rule here.
    for (const e of events) await insertEvent(trx, e, { now })
    return events.length
  })
}
