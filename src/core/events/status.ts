/**
 * Pure status and seat logic of events and sign-ups, used by the server inside its
 * transactions and usable by the mini-program for display. No I/O.
 */
import type { EventStatus, SignupStatus } from './types'

/** A sign-up as stored: the decision (confirmed / waitlisted), or cancelled later. */
type SignupState = SignupStatus | 'cancelled'

/**
 * Every status label, in one table: what an event's status reads on cards and pages, and what a
 * sign-up's status reads for the citizen (我的报名) and for staff (the CSV export).
 */
export const STATUS_LABELS = {
  event: { open: '报名中', full: '已满，可候补', closed: '已结束', cancelled: '已取消' } satisfies Record<EventStatus, string>,
  signup: {
    citizen: { confirmed: '已报名', waitlisted: '候补中', cancelled: '已取消' } satisfies Record<SignupState, string>,
    staff: { confirmed: '已确认', waitlisted: '候补', cancelled: '已取消' } satisfies Record<SignupState, string>
  },
  /** Why an event in this status takes no sign-up (the disabled button; the server's refusals say the same). */
  signupBlocked: { closed: '该活动已开始或已结束，报名已截止', cancelled: '该活动已取消，不能报名' } satisfies Partial<Record<EventStatus, string>>
} as const

/** 剩余 12 个名额 / 已满，可候补 / 已结束 / 已取消 */
export function seatsLabel(e: { status: EventStatus; seatsLeft: number }): string {
  return e.status === 'open' ? `剩余 ${e.seatsLeft} 个名额` : STATUS_LABELS.event[e.status]
}

/** 已报名 / 候补第 N 位 (候补中 without a position) / 已取消: a sign-up as its citizen sees it. */
export function signupStatusLabel(s: { status: SignupState; position?: number | null }): string {
  if (s.status === 'waitlisted' && s.position) return `候补第 ${s.position} 位`
  return STATUS_LABELS.signup.citizen[s.status]
}

/** Why the 报名 button is disabled, or null when sign-up is possible. */
export function signupBlockedReason(e: { status: EventStatus }): string | null {
  return e.status === 'closed' || e.status === 'cancelled' ? STATUS_LABELS.signupBlocked[e.status] : null
}

export interface SeatState {
  capacity: number
  /** Seats taken by confirmed sign-ups (sum of their party sizes). */
  confirmedSeats: number
}

export function seatsLeft(s: SeatState): number {
  return Math.max(0, s.capacity - s.confirmedSeats)
}

/**
 * cancelled beats everything; then closed once the start time has passed; then full when no
 * seat is left; else open.
 */
export function eventStatus(
  e: SeatState & { cancelled: boolean; startsAt: string },
  now: number = Date.now()
): EventStatus {
  if (e.cancelled) return 'cancelled'
  const start = Date.parse(e.startsAt)
  if (Number.isFinite(start) && now >= start) return 'closed'
  return seatsLeft(e) <= 0 ? 'full' : 'open'
}

/** Whether an event in this status takes new sign-ups (open, or full onto the waitlist). */
export function acceptsSignups(status: EventStatus): boolean {
  return status === 'open' || status === 'full'
}

/**
 * A new party is confirmed when its seats fit. Waitlisted parties that fit are always promoted
 * first (see planPromotions), so free seats left over are seats no waiting party fits into:
 * confirming a newcomer who fits them skips no one who could have had them.
 */
export function decideSignup(s: SeatState, partySize: number): SignupStatus {
  return partySize <= seatsLeft(s) ? 'confirmed' : 'waitlisted'
}

export interface WaitingParty {
  id: string
  partySize: number
}

/**
 * Promotes the waitlist in order, seats permitting: walks the queue in sign-up order and
 * promotes every party that still fits (a large party at the head does not block smaller ones
 * behind it from seats it cannot use). Returns the ids to promote, in order.
 */
export function planPromotions(s: SeatState, waitlist: readonly WaitingParty[]): string[] {
  let free = seatsLeft(s)
  const out: string[] = []
  for (const w of waitlist) {
    if (free <= 0) break
    if (w.partySize <= free) {
      out.push(w.id)
      free -= w.partySize
    }
  }
  return out
}
