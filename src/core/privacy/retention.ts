/** How long the server keeps personal data; the privacy notice states these same numbers. */
export interface RetentionPolicy {
  /** Days after an event ends before its sign-ups' names and phones are erased. */
  retentionDays: number
  /** Days a session may go unused before it expires and is deleted. */
  sessionIdleDays: number
}

/** The server's defaults (SIGNUP_RETENTION_DAYS, SESSION_IDLE_DAYS unset). */
export const DEFAULT_RETENTION: RetentionPolicy = { retentionDays: 30, sessionIdleDays: 180 }

/** Hours between two automatic purges (server/app.ts); the notice tells citizens. */
export const PURGE_EVERY_HOURS = 6

/** Days the search-miss report (anonymous query counts per day) is kept before the purge deletes it. */
export const SEARCH_FEEDBACK_RETENTION_DAYS = 90
