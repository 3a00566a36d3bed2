/** Display helpers of the console, on the app's own pure calendar texts. */
import { kindLabel, whenLabel } from '../../src/core/calendar/events'
import { seatsLabel, STATUS_LABELS } from '../../src/core/events/status'
import type { PublicEvent } from '../../src/core/events/types'

export { kindLabel, seatsLabel, whenLabel }

export const statusLabel = (e: Pick<PublicEvent, 'status'>) => STATUS_LABELS.event[e.status]

/** "2026-06-01T14:30:00+08:00" → "2026-06-01T14:30" for <input type="datetime-local"> (Beijing time). */
export function toLocalInput(iso: string): string {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? iso.slice(0, 16) : ''
}

/** The other way: the console always means Beijing time. */
export function fromLocalInput(v: string): string {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(v) ? `${v}:00+08:00` : v
}

/** 06-01 14:30 from an ISO time already in +08:00 (audit and check-in times). */
export function shortTime(iso: string | null): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const b = new Date(d.getTime() + 8 * 3600_000)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${b.getUTCFullYear()}-${p(b.getUTCMonth() + 1)}-${p(b.getUTCDate())} ${p(b.getUTCHours())}:${p(b.getUTCMinutes())}`
}
