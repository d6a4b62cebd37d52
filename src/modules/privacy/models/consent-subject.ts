import { model } from "@medusajs/framework/utils"

/**
 * The person a consent belongs to: a customer, or an e-mail address of
 * someone without an account (a newsletter subscriber). When that person
 * registers, the customer is attached here and the history follows.
 */
const ConsentSubject = model
  .define("privacy_consent_subject", {
    id: model.id({ prefix: "csub" }).primaryKey(),
    customer_id: model.text().nullable(),
    /** Lower-cased; set for subscribers without an account and kept when one is attached. */
    email: model.text().nullable(),
    language: model.text().nullable(),
    /**
     * Set when this subject's history was joined to another (a subscriber who
     * registered, a guest who made an account): events keep their subject, and
     * reads follow this pointer, so the ledger is never rewritten.
     */
    merged_into_id: model.text().nullable(),
    /** When the customer's account was deleted: no marketing goes out after that, the ledger stays as proof. */
    closed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL AND customer_id IS NOT NULL" },
    { on: ["email"], where: "deleted_at IS NULL AND email IS NOT NULL" },
    { on: ["merged_into_id"], where: "deleted_at IS NULL AND merged_into_id IS NOT NULL" },
  ])

export default ConsentSubject
