import { buildIcs, escapeIcsText, foldIcsLine, icsFileName, icsUtc } from '../../../src/core/calendar'
import { qrMatrix } from '../../../src/core/calendar/qr'
import type { PublicEvent } from '../../../src/core/events/types'

const event: PublicEvent = {
  id: 'ev_abc123',
  kind: 'lecture',
  title: '《信访工作条例》巡回宣讲; 第二场, 欢迎参加',
  summary: '第一行\n第二行，含反斜杠 \\ 与逗号,分号;',
  startsAt: '2026-06-03T09:30:00+08:00',
  endsAt: '2026-06-03T11:30:00+08:00',
  venue: '思明区社区服务中心',
  address: '厦门市思明区某路 1 号',
  district: '思明',
  speaker: '信访干部',
  capacity: 40,
  seatsLeft: 10,
  status: 'open',
  latitude: 24.44,
  longitude: 118.08
}

test('TEXT values escape backslash, semicolon, comma and newlines', () => {
  expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
})

test('times are written in UTC', () => {
  expect(icsUtc('2026-06-03T09:30:00+08:00')).toBe('20260603T013000Z')
  expect(() => icsUtc('not a date')).toThrow()
})

test('long lines fold at 75 octets without splitting a UTF-8 character', () => {
  const folded = foldIcsLine('DESCRIPTION:' + '信访'.repeat(40))
  const lines = folded.split('\r\n')
  expect(lines.length).toBeGreaterThan(1)
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
  expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true)
  expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe('DESCRIPTION:' + '信访'.repeat(40))
})

test('a VEVENT with escaped summary, UTC times, CRLF endings and an alarm', () => {
  const ics = buildIcs(event, { now: Date.parse('2026-05-01T00:00:00Z'), url: 'https://example.org/e?id=1' })
  expect(ics.endsWith('\r\n')).toBe(true)
  expect(ics.split('\r\n').every((l) => !l.includes('\n'))).toBe(true)
  const unfolded = ics.replace(/\r\n /g, '')
  expect(unfolded).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')
  expect(unfolded).toContain('UID:ev_abc123@yifa-xinfang')
  expect(unfolded).toContain('DTSTAMP:20260501T000000Z')
  expect(unfolded).toContain('DTSTART:20260603T013000Z')
  expect(unfolded).toContain('DTEND:20260603T033000Z')
  expect(unfolded).toContain('SUMMARY:《信访工作条例》巡回宣讲\\; 第二场\\, 欢迎参加')
  expect(unfolded).toContain('LOCATION:思明区社区服务中心，厦门市思明区某路 1 号')
  expect(unfolded).toContain('DESCRIPTION:第一行\\n第二行，含反斜杠 \\\\ 与逗号\\,分号\\;\\n主讲：信访干部\\n详情：https://example.org/e?id=1')
  expect(unfolded).toContain('BEGIN:VALARM')
  expect(unfolded.trim().endsWith('END:VCALENDAR')).toBe(true)
  expect(icsFileName(event)).toBe('event-ev_abc123.ics')
})

test('the QR matrix of a check-in code is square with finder patterns', () => {
  const m = qrMatrix('K7Q2ZP9M')
  expect(m.length).toBeGreaterThanOrEqual(21)
  expect(m.every((row) => row.length === m.length)).toBe(true)
  expect(m[0].slice(0, 7).every(Boolean)).toBe(true)
})
