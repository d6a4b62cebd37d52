import { model } from "@medusajs/framework/utils"
import { ACCESS_ACTIONS, ACCESS_ACTOR_TYPES, ACCESS_OUTCOMES } from "../lib/access-log"

/**
 * One access by staff (or by the holder of a download link) to customers'
 * personal data (policy clause 10, GDPR Art. 5(2) and 32). Append-only: a
 * database trigger refuses updates and deletes outside retention's pruning,
 * and each row's hash covers the one before it, so an edit made around the
 * trigger breaks the chain at the edited row.
 */
const AccessLogEntry = model
  .define("privacy_access_log", {
    id: model.id({ prefix: "pacc" }).primaryKey(),
    /** Chain order: one more than the row before, assigned under an advisory lock. */
    seq: model.number(),
    occurred_at: model.dateTime(),
    actor_type: model.enum([...ACCESS_ACTOR_TYPES]),
    /** The user or API key id; null for the holder of a download link. */
    actor_id: model.text().nullable(),
    /** The actor's privacy role when the access happened. */
    role: model.text().nullable(),
    action: model.enum([...ACCESS_ACTIONS]),
    method: model.text(),
    /** The route's pattern, not its path: ids are in customer_ids. */
    route: model.text(),
    status: model.number(),
    outcome: model.enum([...ACCESS_OUTCOMES]),
    /** The customers whose data the response held, capped; customer_count has them all. */
    customer_ids: model.array(),
    customer_count: model.number(),
    /** Why, as the caller said (`x-privacy-purpose`). */
    purpose: model.text().nullable(),
    ip_prefix: model.text().nullable(),
    prev_hash: model.text(),
    hash: model.text(),
  })
  .indexes([
    { on: ["seq"], unique: true },
    { on: ["actor_id", "seq"] },
    { on: ["occurred_at"] },
  ])

export default AccessLogEntry
