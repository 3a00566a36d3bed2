/**
 * The kinds and statuses of an event: the one list both the API contract (contract.ts, whose TypeBox
 * schemas enumerate them) and the shared types (types.ts) build on, so neither imports the other's
 * values.
 */
export const EVENT_KINDS = ['lecture', 'lawyer', 'hearing', 'other'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export const EVENT_STATUSES = ['open', 'full', 'closed', 'cancelled'] as const
/** `full` still takes sign-ups, onto the waitlist. `closed`: the start time has passed. */
export type EventStatus = (typeof EVENT_STATUSES)[number]
