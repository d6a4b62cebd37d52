import { MedusaError } from "@medusajs/framework/utils"
import { type CalendarDate, addMonths, dayNumber, localDateOf } from "./calendar-date"
import { DEADLINE_COUNTRIES, type DeadlineCalendar, WEEKENDS_ONLY } from "./holidays"
import { type VerificationPause, pausedSpans, withPauses } from "./pauses"
import { type MovedFrom, onWorkingDay } from "./working-day"

/**
 * The day a request reached the shop: a calendar date in the controller's
 * time zone, or an instant and that zone (EDPB Guidelines 01/2022 § 159: the
 * day it reaches any channel, read or not).
 */
export type ReceivedOn = CalendarDate | { at: Date | string; timeZone: string }

export type DeadlineInput = {
  receivedOn: ReceivedOn
  /** The controller's state, whose holidays close a period (Reg. 1182/71 Art. 3(4)). */
  country: DeadlineCalendar
  /** The two further months of Art. 12(3); check `canExtend` before setting it. */
  extended?: boolean
  pauses?: VerificationPause[]
  /** Whether waiting for identity stops the clock; the EDPB allows it (§ 159), a shop may choose not to. */
  pauseWhileVerifying?: boolean
}

export type Deadline = {
  receivedOn: CalendarDate
  /** The last day to answer: `firstDue`, or the extended date when `extended`. */
  due: CalendarDate
  /** The end of the first month, the last day to answer or to tell the person of an extension. */
  firstDue: CalendarDate
  extended: boolean
  /** Calendar days the clock stood still for `due`. */
  pausedDays: number
  /** Set when `due` left a Saturday, Sunday or holiday. */
  movedFrom?: MovedFrom
}

/** Art. 12(3): one month, extendable by two further months. */
const FIRST_PERIOD_MONTHS = 1
const EXTENDED_PERIOD_MONTHS = 3

export function receivedDate(receivedOn: ReceivedOn): CalendarDate {
  if (typeof receivedOn === "string") {
    dayNumber(receivedOn, "receivedOn")
    return receivedOn
  }
  return localDateOf(receivedOn.at, receivedOn.timeZone)
}

/**
 * The end of a period of `months` from the received day: same date, clamped to
 * the month's last day, pushed on by pauses, then off closed days. Each period
 * is counted from the received day, not from the end of a shorter one, as
 * Art. 12(3) counts the extension from receipt.
 */
function periodEnd(input: DeadlineInput, receivedOn: CalendarDate, months: number) {
  const settle = (date: CalendarDate) => onWorkingDay(input.country, date).date
  const spans = input.pauseWhileVerifying === false ? [] : pausedSpans(input.pauses ?? [], receivedOn)
  const paused = withPauses(addMonths(receivedOn, months), spans, settle)
  return { ...onWorkingDay(input.country, paused.due), pausedDays: paused.pausedDays }
}

export function dueDate(input: DeadlineInput): Deadline {
  if (input.country !== WEEKENDS_ONLY && !DEADLINE_COUNTRIES.includes(input.country)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `country must be one of ${DEADLINE_COUNTRIES.join(", ")}`)
  }
  const receivedOn = receivedDate(input.receivedOn)
  const extended = input.extended === true
  const first = periodEnd(input, receivedOn, FIRST_PERIOD_MONTHS)
  const last = extended ? periodEnd(input, receivedOn, EXTENDED_PERIOD_MONTHS) : first
  return {
    receivedOn,
    due: last.date,
    firstDue: first.date,
    extended,
    pausedDays: last.pausedDays,
    ...(last.movedFrom ? { movedFrom: last.movedFrom } : {}),
  }
}
