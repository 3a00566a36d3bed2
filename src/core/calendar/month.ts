/**
 * The month grid of the 活动 calendar: weeks start on Monday (一 二 三 四 五 六 日), dates are
 * plain YYYY-MM-DD strings (Beijing calendar), so the device's time zone never shifts a day.
 * Pure: dayjs only, no Taro.
 */
import dayjs from 'dayjs'

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

const MONTH_RE = /^(\d{4})-(\d{2})$/

/** 'YYYY-MM' of a date or month text. */
export function monthOf(date: string): string {
  return date.slice(0, 7)
}

export function isMonth(text: string): boolean {
  const m = MONTH_RE.exec(text)
  return Boolean(m) && Number(m![2]) >= 1 && Number(m![2]) <= 12
}

/** The month `delta` months away: shiftMonth('2026-12', 1) → '2027-01'. */
export function shiftMonth(month: string, delta: number): string {
  return dayjs(`${month}-01`).add(delta, 'month').format('YYYY-MM')
}

/** 2026年11月 */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return `${y}年${m}月`
}

export function daysInMonth(month: string): number {
  return dayjs(`${month}-01`).daysInMonth()
}

/** Monday-based weekday index (0 = 一 … 6 = 日) of a YYYY-MM-DD date. */
export function weekdayIndex(date: string): number {
  return (dayjs(date).day() + 6) % 7
}

/**
 * The weeks shown for a month: from the Monday on or before the 1st to the Sunday on or after
 * the last day, so 4 to 6 rows of 7 cells.
 */
export function monthGrid(month: string, today = ''): DayCell[][] {
  const first = dayjs(`${month}-01`)
  const start = first.subtract(weekdayIndex(first.format('YYYY-MM-DD')), 'day')
  const last = first.endOf('month')
  const trailing = 6 - weekdayIndex(last.format('YYYY-MM-DD'))
  const total = last.diff(start, 'day') + 1 + trailing
  const weeks: DayCell[][] = []
  for (let i = 0; i < total; i++) {
    const d = start.add(i, 'day')
    const date = d.format('YYYY-MM-DD')
    if (i % 7 === 0) weeks.push([])
    weeks[weeks.length - 1].push({ date, day: d.date(), inMonth: date.startsWith(month), isToday: date === today, weekdayIndex: i % 7 })
  }
  return weeks
}

/** The first and last dates a month's grid shows (what to ask the API for). */
export function gridRange(month: string): { from: string; to: string } {
  const weeks = monthGrid(month)
  return { from: weeks[0][0].date, to: weeks[weeks.length - 1][6].date }
}

/** Adds days to a YYYY-MM-DD date. */
export function addDaysTo(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD')
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return dayjs(to).diff(dayjs(from), 'day')
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
