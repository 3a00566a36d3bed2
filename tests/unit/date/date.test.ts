/**
 * The one date module. The device's time zone must never shift a date: the second block runs
 * the same sums in zones with daylight saving and far from China.
 */
import {
  addDays,
  beijingDate,
  chinaTime,
  diffDays,
  formatDateCN,
  isCalendarDate,
  mondayIndex,
  monthLabel,
  shiftMonth,
  toBeijingIso,
  todayInChina,
  weekday
} from '../../../src/core/date'

test('todayInChina reads the date at UTC+8, whatever the device time zone', () => {
  // 2026-05-31T16:00Z is midnight of 1 June in Beijing.
  expect(todayInChina(Date.UTC(2026, 4, 31, 15, 59, 59))).toBe('2026-05-31')
  expect(todayInChina(Date.UTC(2026, 4, 31, 16, 0, 0))).toBe('2026-06-01')
  expect(todayInChina(new Date(Date.UTC(2024, 1, 28, 20, 0)))).toBe('2024-02-29')
  expect(todayInChina(Date.UTC(2026, 11, 31, 23, 0))).toBe('2027-01-01')
})

test('formats dates the Chinese way without Intl, and refuses a date that is not YYYY-MM-DD', () => {
  expect(formatDateCN('2026-06-01')).toBe('2026年6月1日（星期一）')
  expect(formatDateCN('2025-10-01')).toBe('2025年10月1日（星期三）')
  expect(formatDateCN('2026-03-01')).toBe('2026年3月1日（星期日）')
  expect(formatDateCN('2026-06-01', { weekday: false })).toBe('2026年6月1日')
  expect(() => formatDateCN('2026-6-1')).toThrow(RangeError)
  expect(() => formatDateCN('2026-02-30')).toThrow(RangeError)
  expect(monthLabel('2026-11')).toBe('2026年11月')
})

test('real dates only, within the years asked for', () => {
  expect(isCalendarDate('2024-02-29')).toBe(true)
  expect(isCalendarDate('2025-02-29')).toBe(false)
  expect(isCalendarDate('2025-13-01')).toBe(false)
  expect(isCalendarDate('1999-12-31', 2000, 2099)).toBe(false)
  expect(isCalendarDate(20250101)).toBe(false)
})

test('China wall-clock times and their canonical +08:00 text', () => {
  const t = chinaTime('2026-06-01', 9, 30)
  expect(t).toBe(Date.UTC(2026, 5, 1, 1, 30))
  expect(toBeijingIso(t)).toBe('2026-06-01T09:30:00+08:00')
  expect(toBeijingIso(chinaTime('2026-01-01', 0))).toBe('2026-01-01T00:00:00+08:00')
  expect(beijingDate(chinaTime('2026-01-01', 0) - 1)).toBe('2025-12-31')
})

describe.each(['America/New_York', 'Europe/Berlin', 'Pacific/Kiritimati', 'UTC'])('on a device set to %s', (zone) => {
  const saved = process.env.TZ
  beforeAll(() => {
    process.env.TZ = zone
  })
  afterAll(() => {
    process.env.TZ = saved
  })

  it('counts days across daylight-saving changes without losing or gaining one', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08')
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09')
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
    expect(addDays('2026-10-31', 30)).toBe('2026-11-30')
    expect(diffDays('2026-11-02', '2026-10-24')).toBe(9)
    expect(diffDays('2026-03-01', '2026-03-31')).toBe(-30)
    expect(weekday('2026-03-08')).toBe(0)
    expect(mondayIndex('2026-03-08')).toBe(6)
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
  })

  it('shows instants in China time', () => {
    expect(toBeijingIso(Date.UTC(2026, 2, 8, 7, 0))).toBe('2026-03-08T15:00:00+08:00')
    expect(todayInChina(Date.UTC(2026, 4, 31, 16, 0, 0))).toBe('2026-06-01')
  })
})
