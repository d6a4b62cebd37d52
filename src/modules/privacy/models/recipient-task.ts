import { model } from "@medusajs/framework/utils"
import { RECIPIENT_CHANGES, RECIPIENT_TASK_STATUSES } from "../lib/disclosures"

/**
 * A recipient to tell about a rectification, erasure or restriction of a
 * customer's data (GDPR Art. 19), opened for each recipient the disclosure
 * log shows had the data, and closed by an officer as done or not required
 * (with the reason: impossible or disproportionate effort).
 */
const RecipientTask = model
  .define("privacy_recipient_task", {
    id: model.id({ prefix: "prtk" }).primaryKey(),
    recipient_id: model.text(),
    change: model.enum([...RECIPIENT_CHANGES]),
    customer_id: model.text().nullable(),
    request_id: model.text().nullable(),
    status: model.enum([...RECIPIENT_TASK_STATUSES]).default("open"),
    reason: model.text().nullable(),
    /** When `privacy.recipient.notify` went out for the task. */
    notified_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    closed_by: model.text().nullable(),
  })
  .indexes([
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL AND customer_id IS NOT NULL" },
    { on: ["request_id"], where: "deleted_at IS NULL AND request_id IS NOT NULL" },
  ])

export default RecipientTask
