import { model } from "@medusajs/framework/utils"
import { STAFF_ROLES } from "../lib/staff-roles"

/**
 * A Medusa user designated to work with customers' personal data (policy
 * clause 10: only staff whose work needs it). One role per user; revoking
 * deletes the row, so a user is either designated or not.
 */
const PrivacyStaff = model
  .define("privacy_staff", {
    id: model.id({ prefix: "pstf" }).primaryKey(),
    user_id: model.text(),
    role: model.enum([...STAFF_ROLES]),
    /** The officer who granted it; null when granted from the `access.officers` option. */
    granted_by: model.text().nullable(),
    granted_at: model.dateTime(),
  })
  .indexes([{ on: ["user_id"], unique: true, where: "deleted_at IS NULL" }])

export default PrivacyStaff
