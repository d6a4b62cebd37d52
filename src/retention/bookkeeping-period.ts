import type { BookkeepingJurisdiction } from "../modules/privacy/lib/constants"

export type BookkeepingRule = {
  jurisdiction?: BookkeepingJurisdiction
  /** Overrides the jurisdiction: whole years after the end of the financial year. */
  years?: number
  /** `MM-DD`, the last day of the financial year. */
  financialYearEnd: string
}

export type BookkeepingPeriod = {
  /** The last day of the financial year the sale belongs to. */
  financial_year_end: string
  /** The last day the accounting material must be kept. */
  kept_until: string
  /** The first moment it may be anonymised (00:00 UTC the day after `kept_until`). */
  release_at: Date
}

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date))
const iso = (date: Date) => date.toISOString().slice(0, 10)

/** The end of the financial year that contains `at` (a day on the year-end belongs to that year). */
export function financialYearEndOf(at: Date, financialYearEnd: string): Date {
  const [month, date] = financialYearEnd.split("-").map(Number)
  const sameYear = day(at.getUTCFullYear(), month, date)
  const onlyDay = day(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate())
  return onlyDay <= sameYear ? sameYear : day(at.getUTCFullYear() + 1, month, date)
}

/** `years` whole years after a year-end day (the year-end month and day exist in every year). */
function yearsAfter(yearEnd: Date, years: number): Date {
  return day(yearEnd.getUTCFullYear() + years, yearEnd.getUTCMonth() + 1, yearEnd.getUTCDate())
}

/**
 * How long a sale's vouchers are kept, counted from the end of the financial
 * year as each law says (see legal-facts):
 * - FI, Kirjanpitolaki 2:10: 6 years from the end of the calendar year in
 *   which the financial year ended (year ending 30.4.2017 → 31.12.2023).
 * - SE, bokföringslagen 7:2: until the end of the 7th year after the calendar
 *   year in which the financial year closed.
 * - NO, bokføringsloven § 13: 5 years after the end of the financial year.
 * - DK, bogføringsloven: 5 years from the end of the financial year.
 * - explicit `years`: that many years after the end of the financial year.
 */
export function bookkeepingPeriod(saleAt: Date, rule: BookkeepingRule): BookkeepingPeriod {
  const yearEnd = financialYearEndOf(saleAt, rule.financialYearEnd)
  let keptUntil: Date
  if (rule.years) {
    keptUntil = yearsAfter(yearEnd, rule.years)
  } else if (rule.jurisdiction === "FI") {
    keptUntil = day(yearEnd.getUTCFullYear() + 6, 12, 31)
  } else if (rule.jurisdiction === "SE") {
    keptUntil = day(yearEnd.getUTCFullYear() + 7, 12, 31)
  } else if (rule.jurisdiction === "NO" || rule.jurisdiction === "DK") {
    keptUntil = yearsAfter(yearEnd, 5)
  } else {
    // The options loader refuses a configuration without a jurisdiction or years.
    throw new Error("bookkeeping needs a jurisdiction or a number of years")
  }
  const releaseAt = new Date(keptUntil.getTime() + 86_400_000)
  return { financial_year_end: iso(yearEnd), kept_until: iso(keptUntil), release_at: releaseAt }
}
