/**
 * Shared types of the 活动 (event calendar) feature: the API server produces them and the
 * mini-program consumes them. Pure TypeScript, no Taro and no server imports.
 * Times are ISO 8601 strings with the +08:00 offset, e.g. "2025-06-03T14:30:00+08:00".
 */
import type { EventKind } from './kinds'

export { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from './kinds'

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  lecture: '巡回宣讲',
  lawyer: '律师+信访',
  hearing: '公开听证',
  other: '其他活动'
}

/** The districts the sample events use (the calendar's filter lists the bureau config's districts). */
export const DISTRICTS = ['思明', '湖里', '集美', '海沧', '同安', '翔安'] as const

/**
 * The API's request and response types, derived from the one contract (contract.ts, TypeBox).
 * Type-only: the mini-program imports these without pulling TypeBox into its bundle.
 */
export type {
  EventInput,
  EventCreateBody,
  EventPatchBody as EventPatch,
  PublicEvent,
  EventListResponse,
  EventQuery,
  SignupRequest,
  SignupResult,
  MySignup,
  MySignupsResponse,
  CancelSignupResult,
  SessionResponse,
  AdminSignup,
  AdminSignupsResponse,
  CheckinResult,
  ApiErrorBody
} from './contract'

export type SignupStatus = 'confirmed' | 'waitlisted'
