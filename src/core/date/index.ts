/**
 * The one date module: calendar dates (YYYY-MM-DD) and instants shown in China time, on dayjs
 * with its utc plugin. No Intl anywhere (the WeChat runtime has none, which rules out dayjs's
 * timezone plugin); China keeps no daylight saving, so China time is UTC+8 fixed. Every result
 * is independent of the device's own time zone: dates are computed in UTC mode.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** China time's offset from UTC, in minutes (no daylight saving). */
const CHINA_OFFSET_MINUTES = 8 * 60

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** 日 一 … 六, indexed by dayjs's day() (0 = Sunday). */
export const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'] as const

// ——— calendar dates (YYYY-MM-DD) ———

/** True for a real calendar date written YYYY-MM-DD with a year in [minYear, maxYear]. */
export function isCalendarDate(text: unknown, minYear = 1970, maxYear = 9999): text is string {
  if (typeof text !== 'string') return false
  const m = DATE_RE.exec(text)
  if (!m) return false
  const year = Number(m[1])
  if (year < minYear || year > maxYear) return false
  // dayjs rolls 2025-02-30 over to March: a real date formats back to itself.
  return dayjs.utc(text).format('YYYY-MM-DD') === text
}

/** The date `days` days after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD')
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function diffDays(to: string, from: string): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day')
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return dayjs.utc(date).day()
}

/** Monday-based weekday index (0 = 一 … 6 = 日), for calendars whose weeks start on Monday. */
export function mondayIndex(date: string): number {
  return (weekday(date) + 6) % 7
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4))
}

/** 「2026年6月1日（星期一）」, or 「2026年6月1日」 with `weekday: false`. Throws RangeError on a bad date. */
export function formatDateCN(date: string, options: { weekday?: boolean } = {}): string {
  if (!isCalendarDate(date)) throw new RangeError(`invalid date "${date}": expected YYYY-MM-DD`)
  const [y, m, d] = date.split('-').map(Number)
  const text = `${y}年${m}月${d}日`
  return options.weekday === false ? text : `${text}（星期${WEEKDAY_NAMES[weekday(date)]}）`
}

// ——— months (YYYY-MM) ———

/** 'YYYY-MM' of a date or month text. */
export function monthOf(date: string): string {
  return date.slice(0, 7)
}

/** The month `delta` months away: shiftMonth('2026-12', 1) → '2027-01'. */
export function shiftMonth(month: string, delta: number): string {
  return dayjs.utc(`${month}-01`).add(delta, 'month').format('YYYY-MM')
}

export function daysInMonth(month: string): number {
  return dayjs.utc(`${month}-01`).daysInMonth()
}

/** 2026年11月 */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return `${y}年${m}月`
}

// ——— instants in China time ———

/** Canonical ISO 8601 form in China time, seconds precision: 2026-06-01T09:30:00+08:00. */
export function toBeijingIso(instant: Date | number): string {
  return dayjs(instant).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DDTHH:mm:ssZ')
}

/** The China calendar date (YYYY-MM-DD) of an instant. */
export function beijingDate(instant: Date | number): string {
  return dayjs(instant).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DD')
}

/** Today's date in China from the device clock, whatever the device's time zone. */
export function todayInChina(now: Date | number = Date.now()): string {
  return beijingDate(now)
}

/** The instant a China calendar day (YYYY-MM-DD) starts, `plusDays` days later, as canonical ISO text. */
export function beijingDayStart(date: string, plusDays = 0): string {
  return `${addDays(date, plusDays)}T00:00:00+08:00`
}

/** The instant of a China wall-clock time on a date: chinaTime('2026-06-01', 9, 30) (epoch ms). */
export function chinaTime(date: string, hour: number, minute = 0): number {
  return dayjs.utc(date).valueOf() + (hour * 60 + minute - CHINA_OFFSET_MINUTES) * 60_000
}

const ISO_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/

/**
 * Parses an ISO 8601 date-time that carries an offset (Z or ±hh:mm). Returns epoch ms, or null
 * when the text is not such a date-time or names an impossible date (2025-02-30, 25:00…).
 */
export function parseIsoWithOffset(text: string): number | null {
  if (typeof text !== 'string') return null
  const trimmed = text.trim()
  const m = ISO_RE.exec(trimmed)
  if (!m) return null
  const [, date, h, mi, s] = m
  if (!isCalendarDate(date, 0)) return null
  if (Number(h) > 23 || Number(mi) > 59 || (s ? Number(s) : 0) > 59) return null
  const t = Date.parse(trimmed)
  return Number.isFinite(t) ? t : null
}

/** Normalises any offset-carrying ISO date-time to the canonical +08:00 form, or null. */
export function normaliseIso(text: string): string | null {
  const t = parseIsoWithOffset(text)
  return t === null ? null : toBeijingIso(t)
}
