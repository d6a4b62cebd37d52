import { MedusaError } from "@medusajs/framework/utils"
import { type CalendarDate, addDays, dayNumber } from "./calendar-date"

/**
 * The clock stopped while the shop waited for identity information it asked
 * for (EDPB Guidelines 01/2022 § 159). `from` is the day the shop asked, `to`
 * the day the answer arrived; the pause is the days from `from` up to but not
 * including `to` (`to` − `from` days), so a question asked and answered on the
 * same day pauses nothing. A pause still open has no `to` yet: pass the day
 * the due date is wanted for.
 */
export type VerificationPause = { from: CalendarDate; to: CalendarDate }

type Span = { start: number; end: number }

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** Pauses as day spans in date order, overlapping or touching ones joined so no day counts twice. */
export function pausedSpans(pauses: VerificationPause[], receivedOn: CalendarDate): Span[] {
  const received = dayNumber(receivedOn)
  const spans = pauses.map((pause, i) => {
    const start = dayNumber(pause.from, `pauses[${i}].from`)
    const end = dayNumber(pause.to, `pauses[${i}].to`)
    if (end < start) invalid(`pauses[${i}].to must not be before pauses[${i}].from`)
    if (start < received) invalid(`pauses[${i}].from must not be before the day the request was received`)
    return { start, end }
  })
  spans.sort((a, b) => a.start - b.start)
  const joined: Span[] = []
  for (const span of spans) {
    const last = joined[joined.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else if (span.end > span.start) joined.push({ ...span })
  }
  return joined
}

/**
 * Pushes an unmoved due date on by the paused days. A pause counts only when
 * it began while the clock still ran, that is on or before the due date as
 * moved so far (`settle` applies the working-day rule); a pause that began
 * after the period had ended cannot revive it.
 */
export function withPauses(
  unmovedDue: CalendarDate,
  spans: Span[],
  settle: (date: CalendarDate) => CalendarDate
): { due: CalendarDate; pausedDays: number } {
  let pausedDays = 0
  for (const span of spans) {
    if (span.start > dayNumber(settle(addDays(unmovedDue, pausedDays)))) break
    pausedDays += span.end - span.start
  }
  return { due: addDays(unmovedDue, pausedDays), pausedDays }
}
