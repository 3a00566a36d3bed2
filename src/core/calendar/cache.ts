/**
 * The offline cache of event lists: the last answers, newest first, each with the time it was
 * fetched. When the network fails the page shows the best cached answer with
 * 「离线数据，更新于 …」. Pure: the service stores what these functions return.
 */
import type { PublicEvent } from '../events/types'
import { toBeijingIso } from '../date'
import { filterEvents, type EventFilters } from './events'

export interface EventQueryKey extends EventFilters {
  from: string
  to: string
}

export interface CachedEvents {
  key: string
  fetchedAt: number
  events: PublicEvent[]
}

export const CACHE_LIMIT = 8

export function cacheKey(q: EventQueryKey): string {
  return [q.from, q.to, q.district ?? '', q.kind ?? ''].join('|')
}

/** Adds (or replaces) an entry; keeps the newest CACHE_LIMIT. */
export function withCached(entries: readonly CachedEvents[], entry: CachedEvents, limit = CACHE_LIMIT): CachedEvents[] {
  return [entry, ...entries.filter((e) => e.key !== entry.key)].slice(0, limit)
}

/**
 * The cached answer for a query: the exact one, else an unfiltered answer for the same dates
 * filtered here. Null when nothing fits.
 */
export function findCached(entries: readonly CachedEvents[], q: EventQueryKey): CachedEvents | null {
  if (!Array.isArray(entries)) return null
  const valid = entries.filter((e) => e && typeof e.key === 'string' && Array.isArray(e.events) && typeof e.fetchedAt === 'number')
  const exact = valid.find((e) => e.key === cacheKey(q))
  if (exact) return exact
  const all = valid.find((e) => e.key === cacheKey({ from: q.from, to: q.to }))
  if (all) return { key: cacheKey(q), fetchedAt: all.fetchedAt, events: filterEvents(all.events, q) }
  return null
}

/** 「离线数据，更新于 11月26日 19:53」 (Beijing time). */
export function offlineLabel(fetchedAt: number): string {
  const iso = toBeijingIso(fetchedAt)
  return `离线数据，更新于 ${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日 ${iso.slice(11, 16)}`
}
