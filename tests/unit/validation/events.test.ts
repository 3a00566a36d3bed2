import { acceptsSignups, decideSignup, eventStatus, planPromotions, seatsLeft } from '../../../src/core/events/status'
import { beijingDayStart, isCalendarDate, normaliseIso, parseIsoWithOffset, toBeijingIso } from '../../../src/core/date'
import { validateEventInput, validateEventPatch } from '../../../src/core/validation/event'
import { buildSampleEvents } from '../../../src/config/sample-events'
import { DISTRICTS } from '../../../src/core/events/types'

describe('status and seats', () => {
  const base = { capacity: 10, confirmedSeats: 4, cancelled: false, startsAt: '2030-01-01T10:00:00+08:00' }
  const before = Date.parse('2029-12-31T00:00:00Z')
  test('status', () => {
    expect(eventStatus(base, before)).toBe('open')
    expect(eventStatus({ ...base, confirmedSeats: 10 }, before)).toBe('full')
    expect(eventStatus({ ...base, confirmedSeats: 12 }, before)).toBe('full')
    expect(eventStatus(base, Date.parse('2030-01-01T02:00:00Z'))).toBe('closed')
    expect(eventStatus({ ...base, cancelled: true }, Date.parse('2031-01-01T00:00:00Z'))).toBe('cancelled')
    expect(acceptsSignups('full')).toBe(true)
    expect(acceptsSignups('closed')).toBe(false)
  })
  test('seats and decisions', () => {
    expect(seatsLeft({ capacity: 3, confirmedSeats: 5 })).toBe(0)
    expect(decideSignup({ capacity: 10, confirmedSeats: 8 }, 2)).toBe('confirmed')
    expect(decideSignup({ capacity: 10, confirmedSeats: 8 }, 3)).toBe('waitlisted')
  })
  test('promotions in order, seats permitting', () => {
    const wl = [
      { id: 'a', partySize: 1 },
      { id: 'b', partySize: 3 },
      { id: 'c', partySize: 1 },
      { id: 'd', partySize: 1 }
    ]
    expect(planPromotions({ capacity: 10, confirmedSeats: 8 }, wl)).toEqual(['a', 'c'])
    expect(planPromotions({ capacity: 10, confirmedSeats: 6 }, wl)).toEqual(['a', 'b'])
    expect(planPromotions({ capacity: 10, confirmedSeats: 10 }, wl)).toEqual([])
  })
})

describe('Beijing time', () => {
  test('canonical +08:00 form', () => {
    expect(toBeijingIso(Date.parse('2025-01-01T16:30:00Z'))).toBe('2025-01-02T00:30:00+08:00')
    expect(normaliseIso('2025-06-03T14:30:00+08:00')).toBe('2025-06-03T14:30:00+08:00')
    expect(normaliseIso('2025-06-03T06:30:00.000Z')).toBe('2025-06-03T14:30:00+08:00')
    expect(normaliseIso('2025-06-03T14:30:00')).toBeNull()
    expect(parseIsoWithOffset('2025-02-30T10:00:00+08:00')).toBeNull()
    expect(beijingDayStart('2025-03-01')).toBe('2025-03-01T00:00:00+08:00')
    expect(beijingDayStart('2025-02-28', 1)).toBe('2025-03-01T00:00:00+08:00')
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2025-02-29')).toBe(false)
  })
})

describe('event validation and sample data', () => {
  const input = {
    kind: 'lecture',
    title: ' 宣讲 ',
    summary: '',
    startsAt: '2030-01-01T10:00:00+08:00',
    endsAt: '2030-01-01T02:00:00Z',
    venue: '中心',
    address: '',
    district: '思明',
    speaker: '',
    capacity: 10,
    latitude: 24.4,
    longitude: 118.1
  }
  test('validates and normalises', () => {
    expect(validateEventInput(input)).toMatchObject({ ok: false, errors: [{ field: 'endsAt', code: 'BEFORE_START' }] })
    const ok = validateEventInput({ ...input, endsAt: '2030-01-01T04:00:00Z' })
    expect(ok).toMatchObject({ ok: true, value: { title: '宣讲', endsAt: '2030-01-01T12:00:00+08:00' } })
    if (!ok.ok) return
    expect(validateEventPatch(ok.value, { cancelled: true })).toMatchObject({ ok: true, value: { cancelled: true } })
    expect(validateEventPatch(ok.value, { cancelled: 'yes' }).ok).toBe(false)
    expect(validateEventPatch(ok.value, { capacity: 0 }).ok).toBe(false)
  })
  test('about 20 labelled sample sessions over three months in six districts', () => {
    const now = new Date('2025-05-20T04:00:00Z')
    const events = buildSampleEvents(now)
    expect(events.length).toBeGreaterThanOrEqual(18)
    expect(events.length).toBeLessThanOrEqual(24)
    expect(new Set(events.map((e) => e.district))).toEqual(new Set(DISTRICTS))
    expect(new Set(events.map((e) => e.startsAt.slice(0, 7)))).toEqual(new Set(['2025-05', '2025-06', '2025-07']))
    for (const e of events) {
      expect(validateEventInput(e).ok).toBe(true)
      expect(e.speaker.startsWith('（示例）')).toBe(true)
      expect(e.venue.startsWith('（示例）')).toBe(true)
    }
  })
})
