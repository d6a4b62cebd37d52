import { model } from "@medusajs/framework/utils"
import { CONSENT_CHANNELS, CONSENT_SOURCES } from "../lib/constants"

/** The current consent per subject, purpose and channel: a projection of the ledger for fast reads. */
const ConsentState = model
  .define("privacy_consent_state", {
    id: model.id({ prefix: "cst" }).primaryKey(),
    subject_id: model.text(),
    purpose: model.text(),
    channel: model.enum([...CONSENT_CHANNELS]),
    granted: model.boolean(),
    source: model.enum([...CONSENT_SOURCES]),
    last_event_id: model.text(),
    last_event_seq: model.number(),
    changed_at: model.dateTime(),
  })
  .indexes([
    { on: ["subject_id", "purpose", "channel"], unique: true },
    { on: ["purpose", "channel", "granted", "subject_id"] },
  ])

export default ConsentState
