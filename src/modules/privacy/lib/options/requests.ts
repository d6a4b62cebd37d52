import { z } from "@medusajs/framework/zod"
import { DEADLINE_COUNTRIES, type DeadlineCalendar, type DeadlineCountry, WEEKENDS_ONLY } from "../../requests"
import { wholeNumber } from "./shared"

/** The time zone a country's days are counted in, when the shop does not say. */
const COUNTRY_TIME_ZONES: Record<DeadlineCountry, string> = {
  FI: "Europe/Helsinki",
  NO: "Europe/Oslo",
  SE: "Europe/Stockholm",
  DK: "Europe/Copenhagen",
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** Data subject requests (GDPR Art. 12): whose calendar closes the period and how the clock runs. */
export const requestOptionsSchema = z
  .object(
    {
      /** The state whose public holidays move a due date (Reg. 1182/71 Art. 3(4)); the controller's country by default. */
      country: z.enum(DEADLINE_COUNTRIES, { error: `expected one of ${DEADLINE_COUNTRIES.join(", ")}` }).optional(),
      /** The zone a request's day of receipt is read in (IANA name); the country's by default. */
      timeZone: z.string({ error: "expected an IANA time zone such as Europe/Helsinki" }).refine(isTimeZone, {
        error: "expected an IANA time zone such as Europe/Helsinki",
      }).optional(),
      /** Waiting for the person's identity stops the clock (EDPB Guidelines 01/2022 § 159). */
      pauseWhileVerifying: z.boolean({ error: "expected true or false" }).default(true),
      /** Officers are reminded of requests due within this many days. */
      reminderDays: wholeNumber("a number of days", 1, 30).default(7),
      /** How long the link that verifies a request from the web form works. */
      verificationLinkHours: wholeNumber("a number of hours", 1, 720).default(72),
    },
    { error: "expected an object with country, timeZone, pauseWhileVerifying, reminderDays and verificationLinkHours" }
  )
  .strict()
  .default({ pauseWhileVerifying: true, reminderDays: 7, verificationLinkHours: 72 })

export type RequestSettings = { country: DeadlineCalendar; timeZone: string; pauseWhileVerifying: boolean; reminderDays: number; verificationLinkHours: number }

/** The settings with the calendar and zone filled in from the controller's country. */
export function resolveRequestSettings(
  requests: z.output<typeof requestOptionsSchema>,
  controllerCountry: string
): RequestSettings {
  const country = requests.country ?? DEADLINE_COUNTRIES.find((code) => code === controllerCountry)
  if (!country) {
    // Elsewhere in the EEA only weekends move a due date, and days are counted in UTC unless
    // `requests.timeZone` says otherwise (the README says so).
    return { ...requests, country: WEEKENDS_ONLY, timeZone: requests.timeZone ?? "UTC" }
  }
  return { ...requests, country, timeZone: requests.timeZone ?? COUNTRY_TIME_ZONES[country] }
}
