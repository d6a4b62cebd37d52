import { model } from "@medusajs/framework/utils"
import { CONSENT_CHANNELS, CONSENT_SOURCES } from "../lib/constants"

/**
 * A double opt-in waiting for its link to be followed. Only a hash of the
 * token is kept, so a database copy cannot confirm anyone's subscription.
 */
const ConsentConfirmation = model
  .define("privacy_consent_confirmation", {
    id: model.id({ prefix: "ccf" }).primaryKey(),
    subject_id: model.text(),
    purpose: model.text(),
    channel: model.enum([...CONSENT_CHANNELS]),
    source: model.enum([...CONSENT_SOURCES]),
    token_hash: model.text(),
    notice_version: model.text().nullable(),
    notice_language: model.text().nullable(),
    ip_prefix: model.text().nullable(),
    user_agent: model.text().nullable(),
    expires_at: model.dateTime(),
    confirmed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["token_hash"], unique: true }, { on: ["subject_id", "created_at"] }])

export default ConsentConfirmation
