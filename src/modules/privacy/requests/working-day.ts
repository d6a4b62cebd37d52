import { type CalendarDate, addDays, weekday } from "./calendar-date"
import { type DeadlineCalendar, holidayOn } from "./holidays"

/** Why a due date left its day: the weekend day, or the holiday's English name. */
export type MovedFrom = { date: CalendarDate; reason: "saturday" | "sunday" | (string & {}) }

/** Why `date` cannot be the last day of a period in `country`, or undefined on a working day. */
export function closedBecause(country: DeadlineCalendar, date: CalendarDate): MovedFrom["reason"] | undefined {
  const holiday = holidayOn(country, date)
  if (holiday) return holiday.name
  const day = weekday(date)
  return day === 6 ? "saturday" : day === 0 ? "sunday" : undefined
}

/**
 * A period ending on a Saturday, Sunday or public holiday ends with the next
 * working day (Reg. 1182/71 Art. 3(4); EDPB Guidelines 01/2022 § 161). The
 * reason kept is the first closed day's, the one the period really ended on.
 */
export function onWorkingDay(country: DeadlineCalendar, date: CalendarDate): { date: CalendarDate; movedFrom?: MovedFrom } {
  const reason = closedBecause(country, date)
  if (!reason) return { date }
  let next = addDays(date, 1)
  while (closedBecause(country, next)) next = addDays(next, 1)
  return { date: next, movedFrom: { date, reason } }
}
