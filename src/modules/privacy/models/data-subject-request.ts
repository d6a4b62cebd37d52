import { model } from "@medusajs/framework/utils"
import { REQUEST_ACTOR_TYPES, REQUEST_CHANNELS, REQUEST_OUTCOMES, REQUEST_STATUSES, REQUEST_VERIFICATIONS } from "../lib/requests"

/**
 * A data subject request (GDPR Art. 12 to 22; policy clauses 11 to 13): what
 * was asked, by which channel, when it reached the shop, by when it must be
 * answered and how it was. The subject is a customer, an e-mail address, or
 * both, so people without an account are served too. Days are calendar dates
 * (`YYYY-MM-DD`) in the controller's time zone: the deadline is a date, not
 * an instant. Every change of status is one conditional update
 * (`requests/request-store.ts`), and the timeline is privacy_request_event.
 */
const DataSubjectRequest = model
  .define("privacy_request", {
    id: model.id({ prefix: "preq" }).primaryKey(),
    /** The reference the person and staff quote: R-2026-0001. */
    reference: model.text(),
    rights: model.array(),
    channel: model.enum([...REQUEST_CHANNELS]),
    status: model.enum([...REQUEST_STATUSES]).default("received"),
    received_at: model.dateTime(),
    received_on: model.text(),
    customer_id: model.text().nullable(),
    /** The address the answer goes to (lower-case); for a customer, the account's at the time. */
    email: model.text().nullable(),
    language: model.text(),
    /** Whose public holidays close the period (Reg. 1182/71 Art. 3(4)). */
    country: model.text(),
    verification_method: model.enum([...REQUEST_VERIFICATIONS]).nullable(),
    verified_at: model.dateTime().nullable(),
    /** The day the shop began waiting for identity; null when it is not waiting. */
    paused_since: model.text().nullable(),
    /** Closed pauses, `{ spans: [{ from, to }] }` days. */
    pauses: model.json().nullable(),
    first_due_on: model.text(),
    due_on: model.text(),
    extended_at: model.dateTime().nullable(),
    extension_reason: model.text().nullable(),
    outcome: model.enum([...REQUEST_OUTCOMES]).nullable(),
    /** What was kept and why, for a partial answer: `{ items: [{ what, why, until }] }`. */
    kept: model.json().nullable(),
    answer_note: model.text().nullable(),
    refusal_reason: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    created_by_type: model.enum([...REQUEST_ACTOR_TYPES]),
    created_by_id: model.text().nullable(),
    /** The last day officers were reminded of it, so the daily job reminds once a day. */
    reminded_on: model.text().nullable(),
    /** One more on every change: a change computed from a row read earlier applies only to that version. */
    version: model.number().default(0),
  })
  .indexes([
    { on: ["reference"], unique: true, where: "deleted_at IS NULL" },
    // The inbox: open requests by due date (the overdue filter reads the start of it).
    { on: ["due_on", "id"], where: "deleted_at IS NULL AND closed_at IS NULL" },
    { on: ["received_at", "id"], where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL AND customer_id IS NOT NULL" },
    { on: ["email"], where: "deleted_at IS NULL AND email IS NOT NULL" },
    { on: ["closed_at"], where: "deleted_at IS NULL AND closed_at IS NOT NULL" },
  ])

export default DataSubjectRequest
