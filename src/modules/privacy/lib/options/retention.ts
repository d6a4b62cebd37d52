import { z } from "@medusajs/framework/zod"
import { BOOKKEEPING_JURISDICTIONS } from "../constants"
import { wholeNumber } from "./shared"

export const retentionSchema = z
  .object(
    {
      /** The relationship ends after this long without sign-in, order or consent action. */
      inactivityMonths: wholeNumber("a number of months", 1, 240).default(36),
      /** The consent ledger is kept this long after the relationship ends (GDPR Art. 7(1)). */
      consentProofYears: wholeNumber("a number of years", 0, 30).default(3),
      /** Staff access to customers' data is logged and kept this long (CNIL recommends 6 to 12 months). */
      accessLogMonths: wholeNumber("a number of months", 1, 120).default(12),
      /** Data subject requests are kept this long after they close, to show they were answered in time (Art. 5(2)). */
      requestRecordYears: wholeNumber("a number of years", 1, 30).default(3),
      /**
       * Disclosures that belong to no order are kept this long, so the customer
       * can learn who received their data (Art. 15(1)(c)) for as long as a claim
       * over the disclosure could be made (three years in FI, NO and DK law).
       */
      disclosureLogYears: wholeNumber("a number of years", 1, 30).default(3),
      /** Days before an inactivity erasure that the customer is warned; 0 sends no warning. */
      warningDays: wholeNumber("a number of days", 0, 365).default(30),
      /**
       * Customers erased per database transaction by the retention sweep. Each
       * batch costs a fixed set of statements over whole tables, so larger
       * batches sweep faster; memory holds one batch's ids.
       */
      batchSize: wholeNumber("a number of customers", 1, 20000).default(10000),
      bookkeeping: z
        .object(
          {
            jurisdiction: z
              .enum(BOOKKEEPING_JURISDICTIONS, { error: `expected one of ${BOOKKEEPING_JURISDICTIONS.join(", ")}` })
              .optional(),
            /** Overrides the jurisdiction: years after the end of the financial year. */
            years: wholeNumber("a number of years", 1, 30).optional(),
            financialYearEnd: z
              .string({ error: "expected a month and day such as \"12-31\"" })
              .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: "expected a month and day such as \"12-31\"" })
              .refine(isRealDay, { error: "expected a day that exists in every year, such as \"12-31\" or \"04-30\"" })
              .default("12-31"),
          },
          { error: "expected an object with jurisdiction, years and financialYearEnd" }
        )
        .strict()
        .default({ financialYearEnd: "12-31" }),
    },
    { error: "expected an object with inactivityMonths, consentProofYears, accessLogMonths, requestRecordYears, disclosureLogYears, warningDays, batchSize and bookkeeping" }
  )
  .strict()
  .default({ inactivityMonths: 36, consentProofYears: 3, accessLogMonths: 12, requestRecordYears: 3, disclosureLogYears: 3, warningDays: 30, batchSize: 10000, bookkeeping: { financialYearEnd: "12-31" } })

function isRealDay(monthDay: string): boolean {
  const [month, day] = monthDay.split("-").map(Number)
  // 29 February does not exist in every year.
  return day <= new Date(Date.UTC(2023, month, 0)).getUTCDate()
}
