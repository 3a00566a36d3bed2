/**
 * Calendar logic over the API's events: which day each session falls on, the kinds marked on a
 * day, filters, grouping and the texts an event card shows. Pure: no Taro.
 */
import { EVENT_KINDS, EVENT_KIND_LABELS, type EventKind, type PublicEvent } from '../events/types'
import { beijingDate, diffDays, formatDateCN, parseIsoWithOffset, toBeijingIso } from '../date'

/** The Beijing calendar date (YYYY-MM-DD) a session starts on. */
export function eventDate(e: Pick<PublicEvent, 'startsAt'>): string {
  const t = parseIsoWithOffset(e.startsAt)
  return t === null ? e.startsAt.slice(0, 10) : beijingDate(t)
}

/** HH:mm (24-hour, Beijing time) of an ISO time. */
export function clockTime(iso: string): string {
  const t = parseIsoWithOffset(iso)
  return (t === null ? iso : toBeijingIso(t)).slice(11, 16)
}

/** 09:30–11:30 */
export function timeRange(e: Pick<PublicEvent, 'startsAt' | 'endsAt'>): string {
  return `${clockTime(e.startsAt)}–${clockTime(e.endsAt)}`
}

/** 2026年6月1日（星期一） 09:30–11:30 */
export function whenLabel(e: Pick<PublicEvent, 'startsAt' | 'endsAt'>): string {
  return `${formatDateCN(eventDate(e))} ${timeRange(e)}`
}

/** 今天 / 明天 / 还剩 N 天 / '' for past days. */
export function relativeDayLabel(date: string, today: string): string {
  const n = diffDays(date, today)
  if (n === 0) return '今天'
  if (n === 1) return '明天'
  if (n > 1) return `${n} 天后`
  return ''
}

/** Date → the kinds of sessions on it, each kind once, in EVENT_KINDS order. */
export function marksByDate(events: readonly PublicEvent[]): Record<string, EventKind[]> {
  const sets: Record<string, Set<EventKind>> = {}
  for (const e of events) {
    const d = eventDate(e)
    ;(sets[d] ??= new Set()).add(e.kind)
  }
  const out: Record<string, EventKind[]> = {}
  for (const [d, set] of Object.entries(sets)) out[d] = EVENT_KINDS.filter((k) => set.has(k))
  return out
}

export interface EventFilters {
  /** '' or undefined = every district. */
  district?: string
  kind?: EventKind | ''
}

export function filterEvents(events: readonly PublicEvent[], filters: EventFilters = {}): PublicEvent[] {
  return events.filter((e) => (!filters.district || e.district === filters.district) && (!filters.kind || e.kind === filters.kind))
}

const byStart = (a: PublicEvent, b: PublicEvent) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.id < b.id ? -1 : 1)

/** The sessions of one day, by start time. */
export function eventsOn(events: readonly PublicEvent[], date: string): PublicEvent[] {
  return events.filter((e) => eventDate(e) === date).sort(byStart)
}

/** Sessions from `today` on (not yet ended or today), by start time. */
export function upcomingEvents(events: readonly PublicEvent[], today: string): PublicEvent[] {
  return events.filter((e) => eventDate(e) >= today).sort(byStart)
}

export interface DayGroup {
  date: string
  events: PublicEvent[]
}

/** Groups sessions by day, days and sessions in time order. */
export function groupByDate(events: readonly PublicEvent[]): DayGroup[] {
  const groups = new Map<string, PublicEvent[]>()
  for (const e of [...events].sort(byStart)) {
    const d = eventDate(e)
    if (!groups.has(d)) groups.set(d, [])
    groups.get(d)!.push(e)
  }
  return [...groups.entries()].map(([date, list]) => ({ date, events: list }))
}

/** The first date on or after `date` that has a session, or null. */
export function nextDateWithEvents(events: readonly PublicEvent[], date: string): string | null {
  const dates = events.map(eventDate).filter((d) => d >= date).sort()
  return dates[0] ?? null
}

export function kindLabel(kind: EventKind): string {
  return EVENT_KIND_LABELS[kind] ?? EVENT_KIND_LABELS.other
}

/** Whether an event has usable venue coordinates for 导航. */
export function hasCoordinates(e: Partial<Pick<PublicEvent, 'latitude' | 'longitude'>>): boolean {
  const { latitude: lat, longitude: lng } = e
  return typeof lat === 'number' && typeof lng === 'number' && Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && !(lat === 0 && lng === 0)
}
