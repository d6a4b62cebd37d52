import { model } from "@medusajs/framework/utils"
import { EXPORT_STATUSES, VERIFICATION_METHODS } from "../lib/constants"

/**
 * A request for a copy of one's data (GDPR Art. 15 and 20) and the file that
 * answers it. The file is offered only while `status` is `ready`.
 */
const PrivacyExport = model
  .define("privacy_export", {
    id: model.id({ prefix: "pexp" }).primaryKey(),
    /** Null for a person without an account, who is served by their verified address. */
    customer_id: model.text().nullable(),
    /** The verified address of a person without an account: where the link goes. Cleared when they are erased. */
    email: model.text().nullable(),
    status: model.enum([...EXPORT_STATUSES]).default("pending"),
    requested_by: model.enum(["customer", "staff"]),
    verification: model.enum([...VERIFICATION_METHODS]),
    actor_type: model.enum(["customer", "user", "api-key"]),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
    language: model.text(),
    file_key: model.text().nullable(),
    file_size: model.number().nullable(),
    checksum: model.text().nullable(),
    attempts: model.number().default(0),
    failure_reason: model.text().nullable(),
    ready_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    download_count: model.number().default(0),
    last_downloaded_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["customer_id", "created_at"] }, { on: ["status", "expires_at"] }])

export default PrivacyExport
