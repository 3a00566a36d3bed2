/**
 * An iCalendar (RFC 5545) file for one session, for 加入日历 on H5. Pure: returns text with CRLF
 * line ends, escaped values and lines folded at 75 octets (never inside a UTF-8 character).
 */
import type { PublicEvent } from '../events/types'
import { parseIsoWithOffset } from '../date'

/** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
export function escapeIcsText(text: string): string {
  return String(text ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

const utf8Length = (s: string) => {
  let n = 0
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  return n
}

/** Folds one content line into chunks of at most 75 octets; continuation lines start with a space. */
export function foldIcsLine(line: string): string {
  const out: string[] = []
  let current = ''
  let size = 0
  for (const ch of line) {
    const len = utf8Length(ch)
    const limit = out.length === 0 ? 75 : 74 // continuation lines spend one octet on the space
    if (size + len > limit) {
      out.push(current)
      current = ''
      size = 0
    }
    current += ch
    size += len
  }
  out.push(current)
  return out.join('\r\n ')
}

/** 20260601T013000Z */
export function icsUtc(isoOrMs: string | number): string {
  const t = typeof isoOrMs === 'number' ? isoOrMs : parseIsoWithOffset(isoOrMs)
  if (t === null || !Number.isFinite(t)) throw new Error(`not a date-time: ${String(isoOrMs)}`)
  return new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

export interface IcsOptions {
  /** DTSTAMP; defaults to now. */
  now?: number
  /** Link back to the session, added to the description and URL. */
  url?: string
}

export function buildIcs(e: PublicEvent, options: IcsOptions = {}): string {
  const location = [e.venue, e.address].filter(Boolean).join('，')
  const description = [e.summary, e.speaker ? `主讲：${e.speaker}` : '', options.url ? `详情：${options.url}` : ''].filter(Boolean).join('\n')
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//yifa-xinfang//events//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${e.id.replace(/[^A-Za-z0-9_-]/g, '')}@yifa-xinfang`,
    `DTSTAMP:${icsUtc(options.now ?? Date.now())}`,
    `DTSTART:${icsUtc(e.startsAt)}`,
    `DTEND:${icsUtc(e.endsAt)}`,
    `SUMMARY:${escapeIcsText(e.title)}`,
    `LOCATION:${escapeIcsText(location)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    ...(options.url ? [`URL:${options.url.replace(/[\r\n]/g, '')}`] : []),
    ...(e.status === 'cancelled' ? ['STATUS:CANCELLED'] : ['STATUS:CONFIRMED']),
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT1H',
    `DESCRIPTION:${escapeIcsText(e.title)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR'
  ]
  return lines.map(foldIcsLine).join('\r\n') + '\r\n'
}

/** A safe file name for the download: event-<id>.ics */
export function icsFileName(e: Pick<PublicEvent, 'id'>): string {
  return `event-${e.id.replace(/[^A-Za-z0-9_-]/g, '') || 'session'}.ics`
}
