/**
 * Remembered playback positions: what to save while a clip plays and where to resume.
 * Pure; `src/services/media.ts` keeps the numbers in storage per clip id.
 */

/** Positions before this are not worth resuming (the viewer barely started). */
export const RESUME_MIN_SECONDS = 5
/** Positions this close to the end count as finished: next time starts from the beginning. */
export const END_MARGIN_SECONDS = 5
/** Save at most this often while playing (timeupdate fires about four times a second). */
export const SAVE_INTERVAL_MS = 3000

/** Where to start a clip of `duration` seconds given the saved position; 0 = from the beginning. */
export function resumePoint(saved: unknown, duration: number): number {
  if (typeof saved !== 'number' || !Number.isFinite(saved) || saved < RESUME_MIN_SECONDS) return 0
  if (Number.isFinite(duration) && duration > 0 && saved >= duration - END_MARGIN_SECONDS) return 0
  return Math.floor(saved)
}

/** What to store for the current time: the time itself, or 0 once the clip is (nearly) finished. */
export function positionToSave(current: number, duration: number): number {
  if (!Number.isFinite(current) || current < 0) return 0
  if (Number.isFinite(duration) && duration > 0 && current >= duration - END_MARGIN_SECONDS) return 0
  return Math.round(current * 10) / 10
}

/** Throttle for saving on timeupdate: true when the last save is at least `interval` ms old. */
export function shouldSave(nowMs: number, lastSavedMs: number | null, intervalMs = SAVE_INTERVAL_MS): boolean {
  return lastSavedMs === null || nowMs - lastSavedMs >= intervalMs
}
