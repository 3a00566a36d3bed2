import { todayInChina } from '../../../src/core/deadlines'

test('todayInChina reads the date at UTC+8, whatever the device time zone', () => {
  // 2026-05-31T16:00Z is midnight of 1 June in Beijing.
  expect(todayInChina(Date.UTC(2026, 4, 31, 15, 59, 59))).toBe('2026-05-31')
  expect(todayInChina(Date.UTC(2026, 4, 31, 16, 0, 0))).toBe('2026-06-01')
  expect(todayInChina(new Date(Date.UTC(2024, 1, 28, 20, 0)))).toBe('2024-02-29')
  expect(todayInChina(Date.UTC(2026, 11, 31, 23, 0))).toBe('2027-01-01')
})
