import { model } from "@medusajs/framework/utils"

/**
 * Every address a customer has had, as a keyed hash (never in clear): rows
 * kept under an address the customer used before (a sign-up, a guest order,
 * a message) are found by it when the customer asks for their data or is
 * erased. Recorded when a customer is created or changes address.
 */
const EmailHistory = model
  .define("privacy_email_history", {
    id: model.id({ prefix: "pemh" }).primaryKey(),
    customer_id: model.text(),
    email_hash: model.text(),
  })
  .indexes([
    { on: ["customer_id", "email_hash"], unique: true, where: "deleted_at IS NULL" },
    { on: ["email_hash"], where: "deleted_at IS NULL" },
  ])

export default EmailHistory
