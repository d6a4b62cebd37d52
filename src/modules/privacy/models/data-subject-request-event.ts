import { model } from "@medusajs/framework/utils"
import { REQUEST_ACTOR_TYPES, REQUEST_EVENT_KINDS, REQUEST_STATUSES } from "../lib/requests"

/**
 * One entry of a request's timeline: a transition (with the status before and
 * after), a link to what was done, a staff note, an answer sent. Written in
 * the transaction of the change it records, never changed afterwards.
 */
const DataSubjectRequestEvent = model
  .define("privacy_request_event", {
    id: model.id({ prefix: "preqe" }).primaryKey(),
    request_id: model.text(),
    kind: model.enum([...REQUEST_EVENT_KINDS]),
    from_status: model.enum([...REQUEST_STATUSES]).nullable(),
    to_status: model.enum([...REQUEST_STATUSES]).nullable(),
    actor_type: model.enum([...REQUEST_ACTOR_TYPES]),
    actor_id: model.text().nullable(),
    occurred_at: model.dateTime(),
    /** The kind's details: a reason, a note, a verification method, `{ link: { kind, id } }`. */
    data: model.json().nullable(),
  })
  .indexes([{ on: ["request_id", "occurred_at"], where: "deleted_at IS NULL" }])

export default DataSubjectRequestEvent
