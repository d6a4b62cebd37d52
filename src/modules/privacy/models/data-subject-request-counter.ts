import { model } from "@medusajs/framework/utils"

/** The last reference number given in a year (R-2026-0001, R-2026-0002, ...), taken by one upsert. */
const DataSubjectRequestCounter = model.define("privacy_request_counter", {
  /** The year, as text. */
  id: model.text().primaryKey(),
  last: model.number().default(0),
})

export default DataSubjectRequestCounter
