import { model } from "@medusajs/framework/utils"
import { CUSTOMER_SOURCES, GENDERS } from "../lib/constants"

/**
 * The register fields the policy promises beyond Medusa's customer (clause 4):
 * customer number, gender, homepage, language, where the customer came from,
 * and the last activity that retention rules read.
 */
const PrivacyProfile = model
  .define("privacy_profile", {
    id: model.id({ prefix: "pprof" }).primaryKey(),
    customer_id: model.text(),
    customer_number: model.text(),
    gender: model.enum([...GENDERS]).nullable(),
    homepage_url: model.text().nullable(),
    language: model.text(),
    source: model.enum([...CUSTOMER_SOURCES]),
    last_activity_at: model.dateTime().nullable(),
    /** When the relationship ended: the account was closed or erased by retention. */
    relationship_ended_at: model.dateTime().nullable(),
    /** When the customer's personal data was erased; the profile keeps only its number. */
    erased_at: model.dateTime().nullable(),
    /** The inactivity warning; activity after it voids it. */
    erasure_warning_sent_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_number"], unique: true },
    { on: ["last_activity_at"] },
    { on: ["erased_at"] },
  ])

export default PrivacyProfile
