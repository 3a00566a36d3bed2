/**
 * CSV export of an event's sign-ups for staff: UTF-8 with a BOM (so Excel opens Chinese text
 * correctly), CRLF line ends, RFC 4180 quoting, and cells that a spreadsheet would run as a
 * formula (= + - @, tab, CR) neutralised with a leading apostrophe.
 */
import { STATUS_LABELS } from '../src/core/events/status'
import type { AdminSignupsResponse } from '../src/core/events/types'

export const BOM = '\uFEFF'

export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s
  if (/[",\r\n]/.test(s) || /^\s|\s$/.test(s)) s = '"' + s.replace(/"/g, '""') + '"'
  return s
}

export function toCsv(rows: unknown[][]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}


export function signupsCsv(data: AdminSignupsResponse): string {
  const header = ['序号', '姓名', '手机号', '人数', '状态', '候补顺位', '签到码', '报名时间', '签到时间']
  const rows = data.signups.map((s, i) => [
    i + 1,
    s.name,
    s.phone,
    s.partySize,
    STATUS_LABELS.signup.staff[s.status] ?? s.status,
    s.position ?? '',
    s.checkinCode,
    s.createdAt,
    s.checkedInAt ?? ''
  ])
  return toCsv([header, ...rows])
}
