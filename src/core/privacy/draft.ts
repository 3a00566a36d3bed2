/**
 * An unfinished sign-up keeps its name and phone on the phone (so a retry after a network failure
 * sends the same request), but not for ever: after DRAFT_TTL_HOURS it is dropped, as the privacy
 * notice says. Pure: callers pass the clock and the stored keys.
 */

export const DRAFT_TTL_HOURS = 24
const TTL_MS = DRAFT_TTL_HOURS * 3600 * 1000
/** Storage keys of pending sign-ups start with this (see core/calendar/idempotency.ts). */
export const DRAFT_KEY_PREFIX = 'signupPending:'

/** Whether a draft saved at `savedAt` (ms) is past its time; a missing or future stamp counts as expired. */
export function draftExpired(savedAt: unknown, now: number): boolean {
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return true
  return now - savedAt >= TTL_MS || savedAt > now + 60_000
}

/** The stored sign-up drafts to delete now. */
export function expiredDraftKeys(entries: Array<[key: string, value: unknown]>, now: number): string[] {
  return entries
    .filter(([key]) => key.startsWith(DRAFT_KEY_PREFIX))
    .filter(([, value]) => draftExpired(value && typeof value === 'object' ? (value as { savedAt?: unknown }).savedAt : undefined, now))
    .map(([key]) => key)
}
