import { model } from "@medusajs/framework/utils"
import { ERASURE_STATUSES, ERASURE_TRIGGERS } from "../lib/constants"

/**
 * One erasure of a customer (GDPR Art. 17) and the proof that it was done:
 * who asked, why, what held it up, how many rows were touched. It names the
 * customer only by id and pseudonymous customer number.
 */
const PrivacyErasure = model
  .define("privacy_erasure", {
    id: model.id({ prefix: "perase" }).primaryKey(),
    /** Null for a person without an account, erased by their verified address. */
    customer_id: model.text().nullable(),
    /** That person's address, only as a keyed hash (as privacy_email_history keeps addresses). */
    email_hash: model.text().nullable(),
    customer_number: model.text().nullable(),
    trigger: model.enum([...ERASURE_TRIGGERS]),
    status: model.enum([...ERASURE_STATUSES]).default("pending"),
    actor_type: model.enum(["customer", "user", "api-key", "system"]),
    actor_id: model.text().nullable(),
    /** Staff's reason, or the retention rule that ended the relationship. */
    reason: model.text().nullable(),
    /** The legal holds found at the last attempt, e.g. `[{ hold: "unfulfilled_order", order_id }]`. */
    holds: model.json().nullable(),
    /** Rows erased, anonymised and kept per table. */
    counts: model.json().nullable(),
    run_id: model.text().nullable(),
    failure_reason: model.text().nullable(),
    completed_at: model.dateTime().nullable(),
  })
  // Read by customer only. The table is written twice per erasure (pending, then completed); with no
  // index on the columns that change, and room left on each page (fillfactor, set in the migration),
  // the completion is a heap-only update that touches no index.
  .indexes([{ on: ["customer_id", "created_at"] }])

export default PrivacyErasure
