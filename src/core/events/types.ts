/**
 * Shared types of the 活动 (event calendar) feature: the API server produces them and the
 * mini-program consumes them. Pure TypeScript, no Taro and no server imports.
 * Times are ISO 8601 strings with the +08:00 offset, e.g. "2025-06-03T14:30:00+08:00".
 */
export const EVENT_KINDS = ['lecture', 'lawyer', 'hearing', 'other'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  lecture: '巡回宣讲',
  lawyer: '律师+信访',
  hearing: '公开听证',
  other: '其他活动'
}

export const EVENT_STATUSES = ['open', 'full', 'closed', 'cancelled'] as const
/** `full` still takes sign-ups, onto the waitlist. `closed`: the start time has passed. */
export type EventStatus = (typeof EVENT_STATUSES)[number]

/** The districts the sample events use (the calendar's filter lists the bureau config's districts). */
export const DISTRICTS = ['思明', '湖里', '集美', '海沧', '同安', '翔安'] as const

/** What staff send to create an event (POST /api/admin/events, `events import`). */
export interface EventInput {
  kind: EventKind
  title: string
  summary: string
  startsAt: string
  endsAt: string
  venue: string
  address: string
  district: string
  speaker: string
  capacity: number
  /** Venue coordinates (GCJ-02, as Taro.openLocation expects). */
  latitude: number
  longitude: number
}

/** One session as every public endpoint shows it: the staff's fields plus its live state. Never carries personal data. */
export interface PublicEvent extends EventInput {
  id: string
  seatsLeft: number
  status: EventStatus
}

/** GET /api/events */
export interface EventListResponse {
  events: PublicEvent[]
}

/** GET /api/events?… query. Dates are YYYY-MM-DD in Beijing time, both inclusive. */
export interface EventQuery {
  from?: string
  to?: string
  district?: string
  kind?: EventKind
}

/** PATCH /api/admin/events/:id: any subset of the fields plus `cancelled`. */
export type EventPatch = Partial<EventInput> & { cancelled?: boolean }

/** Body of POST /api/events/:id/signups (header `Idempotency-Key` required). */
export interface SignupRequest {
  name: string
  phone: string
  partySize: number
  consent: boolean
}

export type SignupStatus = 'confirmed' | 'waitlisted'

/** 201 answer of POST /api/events/:id/signups. `position` is 1-based on the waitlist, else null. */
export interface SignupResult {
  id: string
  status: SignupStatus
  position: number | null
  checkinCode: string
}

/** One entry of GET /api/me/signups. Name and phone are masked (张*, 138****1234). */
export interface MySignup {
  id: string
  status: SignupStatus | 'cancelled'
  /** Current waitlist position (1-based) while waitlisted, else null. */
  position: number | null
  checkinCode: string
  partySize: number
  name: string
  phone: string
  createdAt: string
  checkedIn: boolean
  event: PublicEvent
}

/** GET /api/me/signups */
export interface MySignupsResponse {
  signups: MySignup[]
}

/** DELETE /api/me/signups/:id */
export interface CancelSignupResult {
  id: string
  status: 'cancelled'
}

/** POST /api/session → token for `Authorization: Bearer <token>`. */
export interface SessionResponse {
  token: string
  kind: 'wechat' | 'device'
}

/** Staff view of one sign-up (GET /api/admin/events/:id/signups). Full personal data. */
export interface AdminSignup {
  id: string
  name: string
  phone: string
  partySize: number
  status: SignupStatus | 'cancelled'
  position: number | null
  checkinCode: string
  createdAt: string
  checkedInAt: string | null
}

export interface AdminSignupsResponse {
  event: PublicEvent
  signups: AdminSignup[]
}

/** POST /api/admin/checkins */
export interface CheckinResult {
  signup: AdminSignup & { eventId: string }
  alreadyCheckedIn: boolean
}

/** Every error answer of the API. */
export interface ApiErrorBody {
  error: {
    code: string
    message: string
    /** Present on VALIDATION_FAILED: one entry per offending field. */
    fields?: Array<{ field: string; code: string; message: string }>
  }
}
