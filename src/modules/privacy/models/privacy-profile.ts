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
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_number"], unique: true },
    { on: ["last_activity_at"] },
  ])

export default PrivacyProfile
