import { z } from "@medusajs/framework/zod"
import { consentChannel, consentPurpose } from "../../../utils/consent-fields"

export const AdminGetAudience = z
  .object({
    purpose: consentPurpose.default("marketing"),
    channel: consentChannel.default("email"),
    limit: z.coerce
      .number({ error: "'limit' must be a whole number from 1 to 1000" })
      .int({ error: "'limit' must be a whole number from 1 to 1000" })
      .min(1, { error: "'limit' must be a whole number from 1 to 1000" })
      .max(1000, { error: "'limit' must be a whole number from 1 to 1000" })
      .default(100),
    cursor: z
      .string({ error: "'cursor' must be the next_cursor of a previous page" })
      .regex(/^[A-Za-z0-9_-]{1,200}$/, { error: "'cursor' must be the next_cursor of a previous page" })
      .optional(),
    /** The e-mail tool the list goes to: each person on it is logged as a disclosure to that recipient. */
    recipient_id: z
      .string({ error: "'recipient_id' must be a recipient id of the register" })
      .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, { error: "'recipient_id' must be a recipient id of the register" })
      .optional(),
    format: z.enum(["json", "csv"], { error: "'format' must be 'json' or 'csv'" }).default("json"),
  })
  .strict()

export type AdminGetAudienceType = z.infer<typeof AdminGetAudience>
