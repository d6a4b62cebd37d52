import { model } from "@medusajs/framework/utils"

/**
 * Where the access log's chain starts after retention has pruned its oldest
 * rows: the last pruned row's number and hash. Verification starts from here,
 * so a pruned log stays checkable, and a row removed by anything else shows
 * as a break. One row, replaced by each pruning.
 */
const AccessLogCheckpoint = model.define("privacy_access_log_checkpoint", {
  id: model.id({ prefix: "pacp" }).primaryKey(),
  through_seq: model.number(),
  through_hash: model.text(),
  pruned_rows: model.number(),
  pruned_at: model.dateTime(),
})

export default AccessLogCheckpoint
