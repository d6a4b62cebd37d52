import { MedusaError } from "@medusajs/framework/utils"
import type { Authority } from "./types"

export type CalendarParts = { year: number; month: number; day: number }

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * The parts of a `YYYY-MM-DD` day, read from the string itself: a `Date`
 * would be read in the machine's time zone and could move the day.
 */
export function calendarParts(date: string, field: string): CalendarParts {
  const match = SHAPE.exec(date)
  const [year, month, day] = match ? match.slice(1).map(Number) : [0, 0, 0]
  if (!match || month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} must be a calendar date YYYY-MM-DD`)
  }
  return { year, month, day }
}

/** A phrase from the data map or a staff member, without the full stop the sentence adds itself. */
export const phrase = (text: string): string => text.trim().replace(/[.\s]+$/, "")

export const bullets = (lines: string[]): string => lines.map((line) => `- ${line}`).join("\n")

/** Paragraphs of a plain-text mail; empty ones (optional parts) are left out. */
export const paragraphs = (...parts: (string | null | undefined | false)[]): string =>
  parts.filter((part): part is string => typeof part === "string" && part.trim() !== "").join("\n\n")

/** The authority's contact lines under their labels, only those given. */
export function authorityLines(authority: Authority, labels: { address: string; website: string; email: string }): string[] {
  return (["address", "website", "email"] as const)
    .filter((key) => authority[key]?.trim())
    .map((key) => `${labels[key]}: ${authority[key]!.trim()}`)
}
