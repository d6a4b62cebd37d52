import { model } from "@medusajs/framework/utils"
import { RETENTION_RUN_STATUSES, RETENTION_RUN_TRIGGERS } from "../lib/constants"

/** One sweep of the retention rules, and its report (counts and failures, never personal data). */
const RetentionRun = model
  .define("privacy_retention_run", {
    id: model.id({ prefix: "pret" }).primaryKey(),
    trigger: model.enum([...RETENTION_RUN_TRIGGERS]),
    actor_id: model.text().nullable(),
    status: model.enum([...RETENTION_RUN_STATUSES]).default("running"),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
    duration_ms: model.number().nullable(),
    /** The clock the run judged periods by. */
    as_of: model.dateTime(),
    counts: model.json().nullable(),
    /** `[{ stage, code, message, customer_number?, batch?, count? }]`: codes and fixed texts, never driver messages. */
    failures: model.json().nullable(),
    /** Why a run was skipped, failed or interrupted: `{ code, message }`. */
    reason: model.json().nullable(),
  })
  .indexes([{ on: ["started_at"] }, { on: ["status"] }])

export default RetentionRun
