import { z } from "@medusajs/framework/zod"
import { wholeNumber } from "./shared"

export const exportOptionsSchema = z
  .object(
    {
      /** How long a download link works, counted from when the file is ready. */
      linkExpiryDays: wholeNumber("a number of days", 1, 30).default(7),
      /** Exports a customer may ask for themselves in 24 hours. */
      dailyLimit: wholeNumber("a number of exports", 1, 20).default(3),
      /** The Notification Module template of the "your export is ready" e-mail. */
      readyTemplate: z.string({ error: "expected a template name" }).min(1).default("privacy-export-ready"),
      /** Records read per query while building: fewer use less memory, more are faster. */
      pageSize: wholeNumber("a number of rows", 1, 5000).default(1000),
    },
    { error: "expected an object with linkExpiryDays, dailyLimit, readyTemplate and pageSize" }
  )
  .strict()
  .default({ linkExpiryDays: 7, dailyLimit: 3, readyTemplate: "privacy-export-ready", pageSize: 1000 })
