import { DRAFT_KEY_PREFIX } from '../privacy/draft'
/**
 * Idempotency keys for sign-ups: one per form, reused by every retry, so the server replays
 * the first answer instead of taking a second seat. Matches the server's
 * /^[A-Za-z0-9_\-:.]{1,128}$/.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

export const IDEMPOTENCY_KEY_RE = /^[A-Za-z0-9_\-:.]{1,128}$/

/** su-<time base36>-<20 random characters>; `random` is injectable for tests. */
export function newIdempotencyKey(random: () => number = Math.random, now: number = Date.now()): string {
  let tail = ''
  for (let i = 0; i < 20; i++) tail += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length]
  return `su-${now.toString(36)}-${tail}`
}

export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && IDEMPOTENCY_KEY_RE.test(value)
}

/** Storage key of the pending sign-up of one event. */
export function pendingSignupKey(eventId: string): string {
  return `${DRAFT_KEY_PREFIX}${eventId}`
}
