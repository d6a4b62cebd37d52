import { model } from "@medusajs/framework/utils"
import { CONSENT_ACTIONS, CONSENT_ACTOR_TYPES, CONSENT_CHANNELS, CONSENT_SOURCES } from "../lib/constants"

/**
 * One grant or withdrawal, as it happened: the proof GDPR Art. 7(1) asks for.
 * Append-only: the service offers no update or delete, and a database
 * trigger refuses them outside retention's own maintenance.
 */
const ConsentEvent = model
  .define("privacy_consent_event", {
    id: model.id({ prefix: "cev" }).primaryKey(),
    /** Commit order per subject: the last event decides the state. */
    seq: model.autoincrement(),
    subject_id: model.text(),
    purpose: model.text(),
    channel: model.enum([...CONSENT_CHANNELS]),
    action: model.enum([...CONSENT_ACTIONS]),
    source: model.enum([...CONSENT_SOURCES]),
    notice_version: model.text().nullable(),
    notice_language: model.text().nullable(),
    actor_type: model.enum([...CONSENT_ACTOR_TYPES]),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
    /** The requester's IP truncated to /24 (IPv4) or /48 (IPv6). */
    ip_prefix: model.text().nullable(),
    user_agent: model.text().nullable(),
    occurred_at: model.dateTime(),
  })
  .indexes([{ on: ["subject_id", "seq"] }])

export default ConsentEvent
