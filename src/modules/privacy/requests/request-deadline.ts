import type { CalendarDate } from "./calendar-date"
import { dueDate, type Deadline } from "./deadline"
import type { DeadlineCalendar } from "./holidays"
import type { VerificationPause } from "./pauses"

export type RequestClock = {
  received_on: CalendarDate
  country: string
  extended: boolean
  pauses: VerificationPause[]
  paused_since: CalendarDate | null
}

/**
 * A request's deadline on `today`: its closed pauses, and an open one counted
 * up to today, so a request still waiting for identity shows the date it
 * would have if the answer came today.
 */
export function requestDeadline(clock: RequestClock, today: CalendarDate, pauseWhileVerifying: boolean): Deadline {
  const open = clock.paused_since && clock.paused_since <= today ? [{ from: clock.paused_since, to: today }] : []
  return dueDate({
    receivedOn: clock.received_on,
    country: clock.country as DeadlineCalendar,
    extended: clock.extended,
    pauses: [...clock.pauses, ...open],
    pauseWhileVerifying,
  })
}

/** Closed pauses as stored (`{ spans: [...] }`, or null before the first). */
export const pausesOf = (stored: unknown): VerificationPause[] =>
  stored && typeof stored === "object" && Array.isArray((stored as { spans?: unknown }).spans) ? (stored as { spans: VerificationPause[] }).spans : []
