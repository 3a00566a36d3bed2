import { cacheKey, findCached, withCached, type CachedEvents, type EventFilters } from '../core/calendar'
import type {
  CancelSignupResult,
  EventListResponse,
  MySignup,
  MySignupsResponse,
  PublicEvent,
  SignupRequest,
  SignupResult
} from '../core/events/types'
import { withQuery } from '../routes'
import { api } from './api'
import { currentToken, withSession } from './session'
import { readStored, writeStored } from './storage'

/** Storage key of the offline cache: CachedEvents[], newest first. */
export const EVENTS_CACHE_KEY = 'eventsCache'

export interface EventList {
  events: PublicEvent[]
  /** When these events were fetched (ms). */
  fetchedAt: number
  /** True when the request failed and these come from the cache. */
  offline: boolean
}

/**
 * Sessions between two dates (YYYY-MM-DD, inclusive). Every answer is cached; when the request
 * fails the cached answer is returned with `offline: true`; with nothing cached the error is
 * thrown.
 */
export async function listEvents(from: string, to: string, filters: EventFilters = {}): Promise<EventList> {
  const query = { from, to, district: filters.district || undefined, kind: filters.kind || undefined }
  try {
    const res = await api.request<EventListResponse>(withQuery('/api/events', query))
    const events = Array.isArray(res?.events) ? res.events : []
    const entry: CachedEvents = { key: cacheKey(query), fetchedAt: Date.now(), events }
    writeStored(EVENTS_CACHE_KEY, withCached(readStored<CachedEvents[]>(EVENTS_CACHE_KEY, []), entry))
    return { events, fetchedAt: entry.fetchedAt, offline: false }
  } catch (e) {
    const cached = findCached(readStored<CachedEvents[]>(EVENTS_CACHE_KEY, []), query)
    if (cached) return { events: cached.events, fetchedAt: cached.fetchedAt, offline: true }
    throw e
  }
}

export function getEvent(id: string): Promise<PublicEvent> {
  return api.request<PublicEvent>(`/api/events/${encodeURIComponent(id)}`)
}

/** POST the sign-up; the same idempotency key on a retry replays the first answer. */
export function signUp(eventId: string, form: SignupRequest, idempotencyKey: string): Promise<SignupResult> {
  return withSession(() =>
    api.request<SignupResult>(`/api/events/${encodeURIComponent(eventId)}/signups`, { method: 'POST', data: form, idempotencyKey })
  )
}

/** The caller's sign-ups; none without a session (no login just to look). */
export async function mySignups(): Promise<MySignup[]> {
  if (!currentToken()) return []
  const res = await withSession(() => api.request<MySignupsResponse>('/api/me/signups'))
  return Array.isArray(res?.signups) ? res.signups : []
}

export function cancelSignup(id: string): Promise<CancelSignupResult> {
  return withSession(() => api.request<CancelSignupResult>(`/api/me/signups/${encodeURIComponent(id)}`, { method: 'DELETE' }))
}
