import { z } from "@medusajs/framework/zod"
import { RECIPIENT_TASK_STATUSES } from "../../../../modules/privacy/lib/disclosures"

const whole = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `'${name}' must be a whole number from ${min} to ${max}` })
    .int({ error: `'${name}' must be a whole number from ${min} to ${max}` })
    .min(min, { error: `'${name}' must be a whole number from ${min} to ${max}` })
    .max(max, { error: `'${name}' must be a whole number from ${min} to ${max}` })

export const paging = { limit: whole("limit", 1, 200).default(50), offset: whole("offset", 0, 1_000_000).default(0) }

export const AdminListDisclosuresQuery = z.object(paging).strict()

const id = (name: string) => z.string({ error: `'${name}' must be an id` }).regex(/^[A-Za-z0-9_-]{1,100}$/, { error: `'${name}' must be an id` })

export const AdminListRecipientTasksQuery = z
  .object({
    status: z.enum(RECIPIENT_TASK_STATUSES, { error: `'status' must be one of ${RECIPIENT_TASK_STATUSES.join(", ")}` }).optional(),
    recipient_id: id("recipient_id").optional(),
    request_id: id("request_id").optional(),
    customer_id: id("customer_id").optional(),
    ...paging,
  })
  .strict()

export const AdminCloseRecipientTask = z
  .object({
    status: z.enum(["done", "not_required"], { error: "'status' must be done or not_required" }),
    reason: z.string({ error: "'reason' must be a text" }).trim().max(2000, { error: "'reason' must be at most 2000 characters" }).optional(),
  })
  .strict()
  .refine((body) => body.status !== "not_required" || !!body.reason, {
    error: "'reason' is required when the task is not required (GDPR Art. 19: impossible or disproportionate effort)",
    path: ["reason"],
  })

export type AdminListDisclosuresQueryType = z.infer<typeof AdminListDisclosuresQuery>
export type AdminListRecipientTasksQueryType = z.infer<typeof AdminListRecipientTasksQuery>
export type AdminCloseRecipientTaskType = z.infer<typeof AdminCloseRecipientTask>
