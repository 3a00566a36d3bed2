import { calendarFailure, phoneCalendarRequest } from '../../../src/core/calendar/phone'

const event = { title: '律师值班', startsAt: '2026-12-03T09:00:00+08:00', endsAt: '2026-12-03T11:30:00+08:00', venue: '思明区信访接待中心', address: '示例路 1 号', summary: '现场咨询' }

test('addPhoneCalendar gets numeric times in seconds and a one-hour reminder', () => {
  const r = phoneCalendarRequest(event)!
  expect(r.startTime).toBe(Date.UTC(2026, 11, 3, 1, 0) / 1000)
  expect(r.endTime).toBe(Date.UTC(2026, 11, 3, 3, 30) / 1000)
  expect(typeof r.endTime).toBe('number')
  expect(r).toMatchObject({ allDay: false, alarm: true, alarmOffset: 3600, location: '思明区信访接待中心 示例路 1 号' })
})

test('unreadable or reversed times give no request', () => {
  expect(phoneCalendarRequest({ ...event, startsAt: 'soon' })).toBeNull()
  expect(phoneCalendarRequest({ ...event, endsAt: '2026-12-03T08:00:00+08:00' })).toBeNull()
})

test('a refusal is told apart from a cancel, a privacy failure and anything else', () => {
  expect(calendarFailure({ errMsg: 'addPhoneCalendar:fail auth deny' })).toBe('denied')
  expect(calendarFailure({ errMsg: 'addPhoneCalendar:fail cancel' })).toBe('cancelled')
  expect(calendarFailure({ errno: 112, errMsg: 'addPhoneCalendar:fail api scope is not declared in the privacy agreement' })).toBe('undeclared')
  expect(calendarFailure({ errMsg: 'addPhoneCalendar:fail system error' })).toBe('failed')
})
