import { model } from "@medusajs/framework/utils"

/**
 * An erased customer's order whose buyer details are kept as accounting
 * material until `release_at` (Kirjanpitolaki 2:10, bokføringsloven § 13);
 * the retention sweep anonymises them then and sets `released_at`.
 */
const BookkeepingHold = model
  .define("privacy_bookkeeping_hold", {
    id: model.id({ prefix: "pbkh" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text(),
    release_at: model.dateTime(),
    released_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["order_id"], unique: true }, { on: ["released_at", "release_at"] }])

export default BookkeepingHold
