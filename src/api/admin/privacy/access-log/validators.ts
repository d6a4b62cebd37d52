import { z } from "@medusajs/framework/zod"
import { ACCESS_ACTIONS } from "../../../../modules/privacy/lib/access-log"

const instant = (name: string) =>
  z.coerce.date({ error: `'${name}' must be a date or time, such as 2026-12-01 or 2026-12-01T12:00:00Z` }).optional()

export const AdminListAccessLogQuery = z
  .object({
    actor_id: z.string({ error: "'actor_id' must be a user or API key id" }).min(1, { error: "'actor_id' must not be empty" }).optional(),
    customer_id: z.string({ error: "'customer_id' must be a customer id" }).min(1, { error: "'customer_id' must not be empty" }).optional(),
    action: z.enum(ACCESS_ACTIONS, { error: `'action' must be one of ${ACCESS_ACTIONS.join(", ")}` }).optional(),
    from: instant("from"),
    to: instant("to"),
    /** The `next_before` of the previous page. */
    before: z.coerce
      .number({ error: "'before' must be the next_before of a previous page" })
      .int({ error: "'before' must be the next_before of a previous page" })
      .min(1, { error: "'before' must be the next_before of a previous page" })
      .optional(),
    limit: z.coerce
      .number({ error: "'limit' must be a whole number from 1 to 200" })
      .int({ error: "'limit' must be a whole number from 1 to 200" })
      .min(1, { error: "'limit' must be a whole number from 1 to 200" })
      .max(200, { error: "'limit' must be a whole number from 1 to 200" })
      .default(50),
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from < query.to, { error: "'from' must be before 'to'", path: ["from"] })

export type AdminListAccessLogQueryType = z.infer<typeof AdminListAccessLogQuery>
