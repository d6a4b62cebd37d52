import { model } from "@medusajs/framework/utils"
import { LEGAL_BASES } from "../data-map/types"
import { DISCLOSURE_ACTOR_TYPES, DISCLOSURE_OCCASIONS } from "../lib/disclosures"

/**
 * One disclosure of a person's data to a recipient of the register (GDPR
 * Art. 15(1)(c), 30(1)(d)): who received which categories, when, on which
 * basis, and what it came from. The recipient's name is kept as it was on
 * the day, so the log still proves the disclosure if the register changes.
 * Written once, read by the export, the dashboard and Art. 19 tasks.
 */
const RecipientDisclosure = model
  .define("privacy_disclosure", {
    id: model.id({ prefix: "pdsc" }).primaryKey(),
    customer_id: model.text().nullable(),
    /** A consent subject without an account (an audience download). */
    subject_id: model.text().nullable(),
    recipient_id: model.text(),
    recipient_name: model.text(),
    data_categories: model.json(),
    legal_basis: model.enum([...LEGAL_BASES]),
    occasion: model.enum([...DISCLOSURE_OCCASIONS]),
    /** The record the data went out with: a fulfillment, payment session, notification, audience download. */
    source_type: model.text().nullable(),
    source_id: model.text().nullable(),
    order_id: model.text().nullable(),
    /** The recipient's or authority's case number. */
    reference: model.text().nullable(),
    /** For an authority: the provision it relied on. */
    legal_reference: model.text().nullable(),
    note: model.text().nullable(),
    disclosed_at: model.dateTime(),
    actor_type: model.enum([...DISCLOSURE_ACTOR_TYPES]),
    actor_id: model.text().nullable(),
  })
  .indexes([
    { on: ["customer_id", "disclosed_at"], where: "deleted_at IS NULL AND customer_id IS NOT NULL" },
    { on: ["subject_id"], where: "deleted_at IS NULL AND subject_id IS NOT NULL" },
    { on: ["recipient_id", "disclosed_at"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL AND order_id IS NOT NULL" },
  ])

export default RecipientDisclosure
