/**
 * Beijing-time helpers, independent of the machine's time zone. Every time the API shows is
 * ISO 8601 with the +08:00 offset, always in the one canonical form YYYY-MM-DDTHH:mm:ss+08:00,
 * so such strings also sort and compare correctly as text.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** Canonical +08:00 form of an instant (seconds precision). */
export function toBeijingIso(instant: Date | number): string {
  const t = typeof instant === 'number' ? instant : instant.getTime()
  const d = new Date(t + OFFSET_MS)
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`
  )
}

/** The Beijing calendar date (YYYY-MM-DD) of an instant. */
export function beijingDate(instant: Date | number): string {
  return toBeijingIso(instant).slice(0, 10)
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/

/**
 * Parses an ISO 8601 date-time that carries an offset (Z or ±hh:mm). Returns epoch ms, or null
 * when the text is not such a date-time or names an impossible date (2025-02-30, 25:00…).
 */
export function parseIsoWithOffset(text: string): number | null {
  if (typeof text !== 'string') return null
  const m = ISO_RE.exec(text.trim())
  if (!m) return null
  const [, y, mo, d, h, mi, s] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = s ? Number(s) : 0
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  if (hour > 23 || minute > 59 || second > 59) return null
  const t = Date.parse(text.trim())
  return Number.isFinite(t) ? t : null
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isValidDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return year >= 1970 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Start of a Beijing calendar day (YYYY-MM-DD) as canonical ISO text, plus `addDays` days. */
export function beijingDayStart(date: string, addDays = 0): string {
  const [y, m, d] = date.split('-').map(Number)
  const t = Date.UTC(y, m - 1, d + addDays) - OFFSET_MS
  return toBeijingIso(t)
}

/** Normalises any offset-carrying ISO date-time to the canonical +08:00 form, or null. */
export function normaliseIso(text: string): string | null {
  const t = parseIsoWithOffset(text)
  return t === null ? null : toBeijingIso(t)
}
