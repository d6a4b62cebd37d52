import { model } from "@medusajs/framework/utils"

/**
 * A restriction of processing (GDPR Art. 18): while it stands, the person is
 * left out of every marketing audience and retention does not erase them (a
 * legal hold with this reason), until staff lift it. The person is a
 * customer or, without an account, an address kept as a keyed hash.
 */
const ProcessingRestriction = model
  .define("privacy_restriction", {
    id: model.id({ prefix: "prst" }).primaryKey(),
    customer_id: model.text().nullable(),
    email_hash: model.text().nullable(),
    request_id: model.text().nullable(),
    reason: model.text(),
    started_at: model.dateTime(),
    started_by: model.text().nullable(),
    lifted_at: model.dateTime().nullable(),
    lifted_by: model.text().nullable(),
  })
  .indexes([
    { on: ["customer_id"], where: "deleted_at IS NULL AND lifted_at IS NULL AND customer_id IS NOT NULL" },
    { on: ["email_hash"], where: "deleted_at IS NULL AND lifted_at IS NULL AND email_hash IS NOT NULL" },
  ])

export default ProcessingRestriction
