/**
 * Pure status and seat logic of events and sign-ups, used by the server inside its
 * transactions and usable by the mini-program for display. No I/O.
 */
import type { EventStatus, SignupStatus } from './types'

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
