import { seatsLabel, signupBlockedReason } from '../../../src/core/events/status'
import {
  cacheKey,
  eventDate,
  eventsOn,
  filterEvents,
  findCached,
  groupByDate,
  hasCoordinates,
  isIdempotencyKey,
  marksByDate,
  newIdempotencyKey,
  nextDateWithEvents,
  offlineLabel,
  relativeDayLabel,
  timeRange,
  upcomingEvents,
  whenLabel,
  withCached
} from '../../../src/core/calendar'
import type { PublicEvent } from '../../../src/core/events/types'

function ev(id: string, startsAt: string, over: Partial<PublicEvent> = {}): PublicEvent {
  return {
    id,
    kind: 'lecture',
    title: `活动${id}`,
    summary: '',
    startsAt,
    endsAt: startsAt.replace(/T(\d{2})/, (_m, h) => `T${String(Number(h) + 2).padStart(2, '0')}`),
    venue: '社区服务中心',
    address: '厦门市',
    district: '思明',
    speaker: '',
    capacity: 20,
    seatsLeft: 5,
    status: 'open',
    latitude: 24.4,
    longitude: 118.1,
    ...over
  }
}

const events = [
  ev('a', '2026-06-03T09:30:00+08:00'),
  ev('b', '2026-06-03T14:30:00+08:00', { kind: 'lawyer', district: '湖里' }),
  ev('c', '2026-06-03T08:00:00+08:00', { kind: 'lecture' }),
  ev('d', '2026-06-11T19:00:00+08:00', { kind: 'hearing', district: '集美' }),
  ev('e', '2026-05-20T09:00:00+08:00', { kind: 'other' })
]

test('the day of a session is its Beijing date, whatever offset the text carries', () => {
  expect(eventDate(ev('x', '2026-06-03T23:30:00+08:00'))).toBe('2026-06-03')
  expect(eventDate(ev('y', '2026-06-03T17:00:00Z'))).toBe('2026-06-04') // 01:00 Beijing
  expect(timeRange(events[0])).toBe('09:30–11:30')
  expect(whenLabel(events[0])).toBe('2026年6月3日（星期三） 09:30–11:30')
})

test('days are marked with each kind once, in a fixed order', () => {
  const marks = marksByDate(events)
  expect(marks['2026-06-03']).toEqual(['lecture', 'lawyer'])
  expect(marks['2026-06-11']).toEqual(['hearing'])
  expect(marks['2026-06-04']).toBeUndefined()
})

test('filters by district and kind, separately and together', () => {
  expect(filterEvents(events, { district: '湖里' }).map((e) => e.id)).toEqual(['b'])
  expect(filterEvents(events, { kind: 'lecture' }).map((e) => e.id)).toEqual(['a', 'c'])
  expect(filterEvents(events, { district: '思明', kind: 'other' }).map((e) => e.id)).toEqual(['e'])
  expect(filterEvents(events, { district: '', kind: '' })).toHaveLength(5)
  expect(filterEvents(events, { district: '翔安' })).toEqual([])
})

test('a day lists its sessions by time; upcoming and grouping keep time order', () => {
  expect(eventsOn(events, '2026-06-03').map((e) => e.id)).toEqual(['c', 'a', 'b'])
  expect(upcomingEvents(events, '2026-06-01').map((e) => e.id)).toEqual(['c', 'a', 'b', 'd'])
  expect(groupByDate(events).map((g) => [g.date, g.events.length])).toEqual([
    ['2026-05-20', 1],
    ['2026-06-03', 3],
    ['2026-06-11', 1]
  ])
  expect(nextDateWithEvents(events, '2026-06-04')).toBe('2026-06-11')
  expect(nextDateWithEvents(events, '2026-06-12')).toBeNull()
})

test('seat and status texts, relative days and sign-up blocking', () => {
  expect(seatsLabel({ status: 'open', seatsLeft: 3 })).toBe('剩余 3 个名额')
  expect(seatsLabel({ status: 'full', seatsLeft: 0 })).toBe('已满，可候补')
  expect(seatsLabel({ status: 'closed', seatsLeft: 3 })).toBe('已结束')
  expect(seatsLabel({ status: 'cancelled', seatsLeft: 3 })).toBe('已取消')
  expect(relativeDayLabel('2026-06-03', '2026-06-03')).toBe('今天')
  expect(relativeDayLabel('2026-06-04', '2026-06-03')).toBe('明天')
  expect(relativeDayLabel('2026-06-15', '2026-06-03')).toBe('12 天后')
  expect(relativeDayLabel('2026-06-01', '2026-06-03')).toBe('')
  expect(signupBlockedReason({ status: 'open' })).toBeNull()
  expect(signupBlockedReason({ status: 'full' })).toBeNull()
  expect(signupBlockedReason({ status: 'closed' })).toContain('截止')
  expect(signupBlockedReason({ status: 'cancelled' })).toContain('取消')
  expect(hasCoordinates({ latitude: 24.4, longitude: 118.1 })).toBe(true)
  expect(hasCoordinates({ latitude: 0, longitude: 0 })).toBe(false)
  expect(hasCoordinates({})).toBe(false)
})

test('the offline cache returns the exact answer, else filters a cached unfiltered one', () => {
  const all = { key: cacheKey({ from: '2026-06-01', to: '2026-07-05' }), fetchedAt: 1, events }
  let cache = withCached([], all)
  cache = withCached(cache, { key: cacheKey({ from: '2026-07-01', to: '2026-08-01' }), fetchedAt: 2, events: [] })
  expect(cache.map((c) => c.fetchedAt)).toEqual([2, 1])
  const hit = findCached(cache, { from: '2026-06-01', to: '2026-07-05', district: '湖里' })
  expect(hit?.events.map((e) => e.id)).toEqual(['b'])
  expect(findCached(cache, { from: '2026-09-01', to: '2026-09-30' })).toBeNull()
  expect(findCached('garbage' as never, { from: 'a', to: 'b' })).toBeNull()
  // Replacing keeps one entry per key and at most the limit.
  for (let i = 0; i < 20; i++) cache = withCached(cache, { key: `k${i}`, fetchedAt: i, events: [] })
  expect(cache.length).toBeLessThanOrEqual(8)
  expect(offlineLabel(Date.parse('2026-11-26T11:53:00Z'))).toBe('离线数据，更新于 11月26日 19:53')
})

test('idempotency keys are unique, well-formed and reproducible with an injected random source', () => {
  const a = newIdempotencyKey()
  const b = newIdempotencyKey()
  expect(a).not.toBe(b)
  expect(isIdempotencyKey(a)).toBe(true)
  expect(newIdempotencyKey(() => 0, 0)).toBe('su-0-aaaaaaaaaaaaaaaaaaaa')
  expect(isIdempotencyKey('has space')).toBe(false)
  expect(isIdempotencyKey('x'.repeat(129))).toBe(false)
})
