import { MedusaError } from "@medusajs/framework/utils"

/**
 * A day on the calendar, `YYYY-MM-DD`, with no time and no zone. Deadlines are
 * counted in whole days (Reg. 1182/71 Art. 3(1)-(2)), so the code never holds a
 * local-time `Date`: every day is a count of days since 1970-01-01, read and
 * written through UTC, which has no daylight-saving gaps to shift a day.
 */
export type CalendarDate = string

const MS_PER_DAY = 86_400_000
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

function invalid(field: string, expected: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} must be ${expected}`)
}

/** Days since 1970-01-01 for a `YYYY-MM-DD`; refuses dates that do not exist (2026-02-30). */
export function dayNumber(date: CalendarDate, field = "date"): number {
  const match = SHAPE.exec(date)
  if (!match) invalid(field, "a calendar date YYYY-MM-DD")
  const [year, month, day] = match.slice(1).map(Number)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    invalid(field, "a calendar date that exists")
  }
  return Date.UTC(year, month - 1, day) / MS_PER_DAY
}

export function fromDayNumber(days: number): CalendarDate {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10)
}

export const ymd = (year: number, month: number, day: number): CalendarDate => fromDayNumber(Date.UTC(year, month - 1, day) / MS_PER_DAY)

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromDayNumber(dayNumber(date) + days)

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export const weekday = (date: CalendarDate): number => (((dayNumber(date) + 4) % 7) + 7) % 7

export const yearOf = (date: CalendarDate): number => Number(date.slice(0, 4))

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The same date `months` later; where that month is shorter, its last day
 * (Reg. 1182/71 Art. 3(2)(c); EDPB Guidelines 01/2022 § 160, examples: 31 August
 * → 30 September). Always counted from the original date, never month by month,
 * so 31 January + 3 months is 30 April, not 28 April via 28 February.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  dayNumber(date)
  const [year, month, day] = date.split("-").map(Number)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = (index % 12) + 1
  return ymd(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)))
}

/**
 * The calendar date an instant falls on in an IANA time zone. A request
 * reaches the shop on the controller's local day (EDPB § 159), so an e-mail
 * at 23:30 UTC on 31 January is received on 1 February in Helsinki.
 */
export function localDateOf(instant: Date | string, timeZone: string): CalendarDate {
  const at = typeof instant === "string" ? new Date(instant) : instant
  if (Number.isNaN(at.getTime())) invalid("receivedAt", "an ISO 8601 instant")
  let parts: Intl.DateTimeFormatPart[]
  try {
    parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at)
  } catch {
    invalid("timeZone", "an IANA time zone such as Europe/Helsinki")
  }
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return ymd(part("year"), part("month"), part("day"))
}
