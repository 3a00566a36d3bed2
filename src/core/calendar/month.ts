/**
 * The month grid of the 活动 calendar: weeks start on Monday (一 二 三 四 五 六 日), dates are
 * plain YYYY-MM-DD strings (Beijing calendar), so the device's time zone never shifts a day.
 * Pure: src/core/date only, no Taro.
 */
import { addDays, daysInMonth, diffDays, mondayIndex } from '../date'

export const WEEKDAY_LABELS = ['一', '二', '三', '四', '五', '六', '日'] as const

export interface DayCell {
  /** YYYY-MM-DD */
  date: string
  /** Day of the month, 1–31. */
  day: number
  /** False for the leading/trailing days of the neighbouring months. */
  inMonth: boolean
  isToday: boolean
  /** 0 = Monday … 6 = Sunday. */
  weekdayIndex: number
}

/**
 * The weeks shown for a month: from the Monday on or before the 1st to the Sunday on or after
 * the last day, so 4 to 6 rows of 7 cells.
 */
export function monthGrid(month: string, today = ''): DayCell[][] {
  const first = `${month}-01`
  const start = addDays(first, -mondayIndex(first))
  const last = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`
  const total = diffDays(last, start) + 1 + (6 - mondayIndex(last))
  const weeks: DayCell[][] = []
  for (let i = 0; i < total; i++) {
    const date = addDays(start, i)
    if (i % 7 === 0) weeks.push([])
    weeks[weeks.length - 1].push({ date, day: Number(date.slice(8)), inMonth: date.startsWith(month), isToday: date === today, weekdayIndex: i % 7 })
  }
  return weeks
}

/** The first and last dates a month's grid shows (what to ask the API for). */
export function gridRange(month: string): { from: string; to: string } {
  const weeks = monthGrid(month)
  return { from: weeks[0][0].date, to: weeks[weeks.length - 1][6].date }
}

/**
 * A horizontal swipe on the calendar: 1 = next month (finger moved left), -1 = previous,
 * 0 = not a swipe (too short, or more vertical than horizontal, e.g. scrolling).
 */
export function swipeDirection(dx: number, dy: number, threshold = 50): -1 | 0 | 1 {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return 0
  if (Math.abs(dx) < threshold || Math.abs(dx) <= Math.abs(dy) * 1.2) return 0
  return dx < 0 ? 1 : -1
}
