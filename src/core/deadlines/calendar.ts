import { addDays, isCalendarDate, WEEKDAY_NAMES, weekday, yearOf } from '../date'
import type { HolidayCalendar, HolidayYear } from './types'

/**
 * Day arithmetic the way Chinese law counts periods. Pure: the holiday calendar is passed in.
 * Dates are plain YYYY-MM-DD strings in and out; src/core/date does the arithmetic.
 */

export const MIN_YEAR = 2000
export const MAX_YEAR = 2099

/** True for a real calendar date written YYYY-MM-DD within the years the calculator supports. */
export function isIsoDate(text: unknown): text is string {
  return isCalendarDate(text, MIN_YEAR, MAX_YEAR)
}

export function yearData(calendar: HolidayCalendar, year: number): HolidayYear | undefined {
  return calendar.years.find((y) => y.year === year)
}

/** True when the calendar holds a verified holiday notice for the year of this date. */
export function isVerifiedYear(calendar: HolidayCalendar, iso: string): boolean {
  return yearData(calendar, yearOf(iso))?.verified === true
}

/** The holiday (放假) this date falls in, if any. */
export function holidayName(calendar: HolidayCalendar, iso: string): string | undefined {
  const data = yearData(calendar, yearOf(iso))
  return data?.holidays.find((h) => h.from <= iso && iso <= h.to)?.name
}

export function isAdjustedWorkday(calendar: HolidayCalendar, iso: string): boolean {
  return yearData(calendar, yearOf(iso))?.workdays.includes(iso) === true
}

/**
 * A rest day (休假日): a public holiday, or a Saturday or Sunday that is not an adjusted workday.
 * For a year without data only weekends are known.
 */
export function isRestDay(calendar: HolidayCalendar, iso: string): boolean {
  if (holidayName(calendar, iso)) return true
  if (isAdjustedWorkday(calendar, iso)) return false
  const d = weekday(iso)
  return d === 0 || d === 6
}

export function isWorkday(calendar: HolidayCalendar, iso: string): boolean {
  return !isRestDay(calendar, iso)
}

/** Why a day is a rest day, in Chinese: 「国庆节、中秋节假期」, 「星期六」. */
export function restReason(calendar: HolidayCalendar, iso: string): string {
  const name = holidayName(calendar, iso)
  if (name) return `${name}假期`
  return `星期${WEEKDAY_NAMES[weekday(iso)]}`
}

export interface CountResult {
  /** Final day of the period. */
  date: string
  /** The plain count's last day when it was moved off a rest day. */
  shiftedFrom?: string
  /** Years touched by the count whose holidays are not verified. */
  unverifiedYears: number[]
}

/**
 * N calendar days after `start`, the start day not counted (民法典第二百零一条); when the last day
 * is a rest day (法定休假日) the period ends on the day after the rest days (民法典第二百零三条).
 * With `shiftOverWeekends: false` only public holidays move the end, weekends do not.
 */
export function countCalendarDays(
  calendar: HolidayCalendar,
  start: string,
  days: number,
  options: { shiftOverWeekends?: boolean } = {}
): CountResult {
  const weekends = options.shiftOverWeekends ?? true
  const raw = addDays(start, days)
  const unverified = new Set<number>()
  let date = raw
  if (!isVerifiedYear(calendar, date)) unverified.add(yearOf(date))
  while (weekends ? isRestDay(calendar, date) : holidayName(calendar, date) !== undefined) {
    date = addDays(date, 1)
    if (!isVerifiedYear(calendar, date)) unverified.add(yearOf(date))
  }
  return { date, shiftedFrom: date === raw ? undefined : raw, unverifiedYears: [...unverified] }
}

/**
 * N working days after `start`, the start day not counted: weekends and public holidays are
 * skipped, adjusted workdays (调休上班日) count.
 */
export function countWorkdays(calendar: HolidayCalendar, start: string, days: number): CountResult {
  const unverified = new Set<number>()
  let date = start
  let counted = 0
  while (counted < days) {
    date = addDays(date, 1)
    if (!isVerifiedYear(calendar, date)) unverified.add(yearOf(date))
    if (isWorkday(calendar, date)) counted += 1
  }
  return { date, unverifiedYears: [...unverified] }
}
