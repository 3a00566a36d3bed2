import { gridRange, monthGrid, swipeDirection, WEEKDAY_LABELS } from '../../../src/core/calendar'
import { daysInMonth, mondayIndex as weekdayIndex, monthLabel, shiftMonth } from '../../../src/core/date'

test('weekday labels start on Monday', () => {
  expect(WEEKDAY_LABELS.join(' ')).toBe('一 二 三 四 五 六 日')
})

test('a month starting on Sunday puts the 1st in the last column, after six days of the previous month', () => {
  // 2026-02-01 and 2026-03-01 are Sundays.
  expect(weekdayIndex('2026-03-01')).toBe(6)
  const weeks = monthGrid('2026-03')
  expect(weeks[0].map((c) => c.date)).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01'])
  expect(weeks[0].slice(0, 6).every((c) => !c.inMonth)).toBe(true)
  expect(weeks[0][6]).toMatchObject({ day: 1, inMonth: true, weekdayIndex: 6 })
  // 31 days from a Sunday need six rows; the last row ends on Sunday 2026-04-05.
  expect(weeks).toHaveLength(6)
  expect(weeks[5][6].date).toBe('2026-04-05')
})

test('a month starting on Monday has no leading days; Feb 2027 fills exactly four weeks', () => {
  expect(weekdayIndex('2026-06-01')).toBe(0)
  const june = monthGrid('2026-06')
  expect(june[0][0]).toMatchObject({ date: '2026-06-01', inMonth: true })
  expect(june).toHaveLength(5)
  expect(june[4][6].date).toBe('2026-07-05')
  // 2027-02-01 is a Monday and February 2027 has 28 days.
  const feb = monthGrid('2027-02')
  expect(feb).toHaveLength(4)
  expect(feb.flat().every((c) => c.inMonth)).toBe(true)
})

test('February has 29 days in leap years and 28 otherwise', () => {
  expect(daysInMonth('2028-02')).toBe(29)
  expect(daysInMonth('2024-02')).toBe(29)
  expect(daysInMonth('2026-02')).toBe(28)
  expect(daysInMonth('2100-02')).toBe(28)
  expect(daysInMonth('2000-02')).toBe(29)
  const cells = monthGrid('2028-02').flat().filter((c) => c.inMonth)
  expect(cells).toHaveLength(29)
  expect(cells[28].date).toBe('2028-02-29')
})

test('every week has seven days in order and today is marked', () => {
  const weeks = monthGrid('2026-11', '2026-11-26')
  for (const w of weeks) expect(w.map((c) => c.weekdayIndex)).toEqual([0, 1, 2, 3, 4, 5, 6])
  const today = weeks.flat().filter((c) => c.isToday)
  expect(today.map((c) => c.date)).toEqual(['2026-11-26'])
  expect(weekdayIndex('2026-11-26')).toBe(3) // 星期四
})

test('month navigation wraps years; grid range covers the visible weeks', () => {
  expect(shiftMonth('2026-12', 1)).toBe('2027-01')
  expect(shiftMonth('2026-01', -1)).toBe('2025-12')
  expect(monthLabel('2026-03')).toBe('2026年3月')
  expect(gridRange('2026-03')).toEqual({ from: '2026-02-23', to: '2026-04-05' })
})

test('a horizontal swipe changes the month; short or vertical moves do not', () => {
  expect(swipeDirection(-120, 10)).toBe(1)
  expect(swipeDirection(120, 10)).toBe(-1)
  expect(swipeDirection(30, 0)).toBe(0)
  expect(swipeDirection(-80, 120)).toBe(0)
  expect(swipeDirection(NaN, 0)).toBe(0)
})
