/**
 * wx.addPhoneCalendar for an event: the request (times are NUMBERS of seconds since the epoch;
 * a string endTime fails on some phones) and what a failure means, so the page can offer 设置
 * after a refusal. Pure; the Taro call lives in services/phone-calendar.ts.
 */
import { parseIsoWithOffset } from '../date'
import type { PublicEvent } from '../events/types'
import { privacyFailure, type PrivacyFailure } from '../privacy/errors'

export interface PhoneCalendarRequest {
  title: string
  startTime: number
  endTime: number
  allDay: false
  location: string
  description: string
  alarm: true
  alarmOffset: number
}

/** The request for one event, or null when its times cannot be read. Reminder one hour before. */
export function phoneCalendarRequest(e: Pick<PublicEvent, 'title' | 'startsAt' | 'endsAt' | 'venue' | 'address' | 'summary'>): PhoneCalendarRequest | null {
  const start = parseIsoWithOffset(e.startsAt)
  const end = parseIsoWithOffset(e.endsAt)
  if (start === null || end === null || end < start) return null
  return {
    title: e.title,
    startTime: Math.floor(start / 1000),
    endTime: Math.floor(end / 1000),
    allDay: false,
    location: `${e.venue} ${e.address}`.trim(),
    description: e.summary,
    alarm: true,
    alarmOffset: 3600
  }
}

export type CalendarFailure = 'cancelled' | 'denied' | PrivacyFailure | 'failed'

/** cancelled: the user closed the sheet; denied: calendar permission refused (offer 设置). */
export function calendarFailure(err: unknown): CalendarFailure {
  const privacy = privacyFailure(err)
  if (privacy) return privacy
  const msg = String(err && typeof err === 'object' && 'errMsg' in err ? (err as { errMsg: unknown }).errMsg : err)
  if (/cancel/i.test(msg)) return 'cancelled'
  if (/auth|deny|denied|permission|scope/i.test(msg)) return 'denied'
  return 'failed'
}
