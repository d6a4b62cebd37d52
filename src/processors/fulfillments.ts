import { byColumn, byCondition } from "./define"
import { FULFILLMENTS, linkedValue } from "./sets"

const fromOrders = true

export const fulfillmentProcessors = [
  byColumn("fulfillment", "orders", "fulfillment", "id", {
    fromOrders,
    relations: {
      order_id: linkedValue("order_fulfillment", "order_id", "fulfillment_id", "t.id"),
      provider_id: "t.provider_id",
      packed_at: "t.packed_at",
      shipped_at: "t.shipped_at",
      delivered_at: "t.delivered_at",
      canceled_at: "t.canceled_at",
    },
  }),
  byColumn("fulfillment_label", "orders", "fulfillment", "fulfillment_id", { fromOrders, relations: { fulfillment_id: "t.fulfillment_id" } }),
  byCondition("fulfillment_address", "orders", "fulfillment", `t.id IN (SELECT delivery_address_id FROM fulfillment WHERE id IN ${FULFILLMENTS})`, {
    fromOrders,
  }),
]
