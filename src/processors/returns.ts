import { byColumn, byCondition } from "./define"
import { ORDERS } from "./sets"

const fromOrders = true

export const returnProcessors = [
  byColumn("return", "orders", "order", "order_id", { fromOrders, relations: { order_id: "t.order_id", status: "t.status", requested_at: "t.requested_at", received_at: "t.received_at" } }),
  byCondition("return_item", "orders", "order", `t.return_id IN (SELECT id FROM return WHERE order_id IN ${ORDERS})`, {
    fromOrders,
    relations: { return_id: "t.return_id", item_id: "t.item_id" },
  }),
  byColumn("order_claim", "orders", "order", "order_id", { fromOrders, relations: { order_id: "t.order_id", type: "t.type" } }),
  byCondition("order_claim_item", "orders", "order", `t.claim_id IN (SELECT id FROM order_claim WHERE order_id IN ${ORDERS})`, {
    fromOrders,
    relations: { claim_id: "t.claim_id", item_id: "t.item_id" },
  }),
  byCondition(
    "order_claim_item_image",
    "orders",
    "order",
    `t.claim_item_id IN (SELECT ci.id FROM order_claim_item ci JOIN order_claim c ON c.id = ci.claim_id WHERE c.order_id IN ${ORDERS})`,
    { fromOrders, relations: { claim_item_id: "t.claim_item_id" } }
  ),
  byColumn("order_exchange", "orders", "order", "order_id", { fromOrders, relations: { order_id: "t.order_id" } }),
  byCondition("order_exchange_item", "orders", "order", `t.exchange_id IN (SELECT id FROM order_exchange WHERE order_id IN ${ORDERS})`, {
    fromOrders,
    relations: { exchange_id: "t.exchange_id", item_id: "t.item_id" },
  }),
]
