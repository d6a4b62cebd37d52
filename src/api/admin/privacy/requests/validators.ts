import { z } from "@medusajs/framework/zod"
import { REQUEST_CHANNELS, REQUEST_RIGHTS, REQUEST_STATUSES, REQUEST_VERIFICATIONS } from "../../../../modules/privacy/lib/requests"
import { languageTagField } from "../../../utils/consent-fields"
import { rights } from "../../../utils/request-fields"

const text = (name: string, max: number) =>
  z.string({ error: `'${name}' must be a text` }).trim().min(1, { error: `'${name}' must not be empty` }).max(max, { error: `'${name}' is at most ${max} characters` })
const email = z.email({ error: "'email' must be an e-mail address" }).max(254, { error: "'email' must be an e-mail address" })
const day = (name: string) => z.string({ error: `'${name}' must be a date YYYY-MM-DD` }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: `'${name}' must be a date YYYY-MM-DD` })
const verification = z.enum(REQUEST_VERIFICATIONS, { error: `'method' must be one of ${REQUEST_VERIFICATIONS.join(", ")}` })

/** Staff record a request that came by letter, e-mail, phone or in person (policy clause 13). */
export const AdminCreateRequest = z
  .object({
    rights,
    channel: z.enum(REQUEST_CHANNELS, { error: `'channel' must be one of ${REQUEST_CHANNELS.join(", ")}` }),
    received_at: z.coerce.date({ error: "'received_at' must be a date or time, such as 2026-12-01T09:30:00Z" }).optional(),
    customer_id: text("customer_id", 100).optional(),
    email: email.optional(),
    language: languageTagField.optional(),
    verification_method: verification.optional(),
    note: text("note", 2000).optional(),
  })
  .strict()
  .refine((body) => body.customer_id || body.email, { error: "give 'customer_id' or 'email': whose request it is", path: ["customer_id"] })

const yes = z.enum(["true", "false"], { error: "must be true or false" }).transform((value) => value === "true")

export const AdminListRequestsQuery = z
  .object({
    status: z
      .union([z.enum(REQUEST_STATUSES), z.array(z.enum(REQUEST_STATUSES))], { error: `'status' must be one of ${REQUEST_STATUSES.join(", ")}` })
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .optional(),
    open: yes.optional(),
    overdue: yes.optional(),
    right: z.enum(REQUEST_RIGHTS, { error: `'right' must be one of ${REQUEST_RIGHTS.join(", ")}` }).optional(),
    channel: z.enum(REQUEST_CHANNELS, { error: `'channel' must be one of ${REQUEST_CHANNELS.join(", ")}` }).optional(),
    due_before: day("due_before").optional(),
    customer_id: text("customer_id", 100).optional(),
    email: email.optional(),
    reference: text("reference", 40).optional(),
    order: z.enum(["due_on", "-received_at"], { error: "'order' must be due_on or -received_at" }).default("-received_at"),
    /** The `next_cursor` of the previous page. */
    cursor: text("cursor", 200).optional(),
    limit: z.coerce
      .number({ error: "'limit' must be a whole number from 1 to 200" })
      .int({ error: "'limit' must be a whole number from 1 to 200" })
      .min(1, { error: "'limit' must be a whole number from 1 to 200" })
      .max(200, { error: "'limit' must be a whole number from 1 to 200" })
      .default(50),
  })
  .strict()

export const AdminVerifyRequest = z.object({ method: verification, note: text("note", 2000).optional() }).strict()
export const AdminNoteOnly = z.object({ note: text("note", 2000).optional() }).strict()
export const AdminRequiredNote = z.object({ note: text("note", 2000) }).strict()
export const AdminReason = z.object({ reason: text("reason", 2000) }).strict()
export const AdminCompleteRequest = z
  .object({
    outcome: z.enum(["done", "partial", "no_data"], { error: "'outcome' must be done, partial or no_data" }).optional(),
    note: text("note", 2000).optional(),
  })
  .strict()
export const AdminEraseForRequest = z.object({ dry_run: z.boolean({ error: "'dry_run' must be true or false" }).default(false) }).strict()
export const AdminLinkRecord = z
  .object({
    kind: z.enum(["consent_event", "profile_change", "disclosure"], { error: "'kind' must be consent_event, profile_change or disclosure" }),
    id: text("id", 100),
    note: text("note", 2000).optional(),
  })
  .strict()

export type AdminCreateRequestType = z.infer<typeof AdminCreateRequest>
export type AdminListRequestsQueryType = z.infer<typeof AdminListRequestsQuery>
