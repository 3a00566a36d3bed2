/**
 * The staff API's requests and answers (/api/staff/*, the staff additions to /api/admin/*),
 * shared by the server, the CLI and the /admin/ console. Types only.
 */
import type { PublicEvent } from '../events/types'
import type { AuditEntry } from './audit'
import type { StaffRole } from './roles'
import type { StaffIdentity } from './rules'

/** POST /api/staff/login */
export interface StaffLoginRequest {
  username: string
  password: string
}

/** POST /api/staff/login and GET /api/staff/me: send csrfToken as `x-csrf-token` on every change. */
export interface StaffSessionResponse {
  csrfToken: string
  staff: StaffIdentity
}

/** One staff account as admins see it (GET /api/admin/staff, `cli -- staff list --json`). */
export interface StaffAccount extends StaffIdentity {
  disabled: boolean
  createdAt: string
}

export interface StaffListResponse {
  staff: StaffAccount[]
}

/** POST /api/admin/staff */
export interface StaffCreateRequest {
  username: string
  displayName: string
  role: StaffRole
  password: string
}

/** One event in the console's list: the public fields plus counts (no personal data). */
export interface StaffEventSummary extends PublicEvent {
  /** Seats taken by confirmed parties. */
  confirmedSeats: number
  confirmedParties: number
  waitlistedParties: number
  waitlistedSeats: number
  /** Seats of confirmed parties who have checked in. */
  checkedInSeats: number
  checkedInParties: number
}

/** GET /api/admin/events?scope=upcoming|past */
export interface StaffEventListResponse {
  events: StaffEventSummary[]
}

/** POST /api/admin/signups/:id/reveal (audited) */
export interface RevealPhoneResponse {
  id: string
  phone: string
}

/** GET /api/admin/audit?limit=&before= — newest first; pass `nextBefore` as `before` for the next page. */
export interface AuditPage {
  entries: Array<AuditEntry & { id: number }>
  nextBefore: number | null
}
