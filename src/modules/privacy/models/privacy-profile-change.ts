import { model } from "@medusajs/framework/utils"
import { PROFILE_CHANGE_CHANNELS } from "../lib/constants"

/**
 * One rectification of a profile: which fields changed, through which channel
 * and by whom. Values are not copied here, so the log holds no personal data
 * beyond the link to the customer.
 */
const PrivacyProfileChange = model
  .define("privacy_profile_change", {
    id: model.id({ prefix: "ppchg" }).primaryKey(),
    customer_id: model.text(),
    fields: model.array(),
    channel: model.enum([...PROFILE_CHANGE_CHANNELS]),
    actor_type: model.enum(["customer", "user", "api-key", "system"]),
    actor_id: model.text().nullable(),
  })
  .indexes([{ on: ["customer_id", "created_at"] }])

export default PrivacyProfileChange
