import { byColumn, byCondition } from "./define"
import { linkedValue, PAYMENT_COLLECTIONS } from "./sets"

const PAYMENTS = `(SELECT id FROM payment WHERE payment_collection_id IN ${PAYMENT_COLLECTIONS})`
const fromOrders = true

export const paymentProcessors = [
  byColumn("payment_collection", "orders", "payment_collection", "id", {
    fromOrders,
    relations: { status: "t.status", order_id: linkedValue("order_payment_collection", "order_id", "payment_collection_id", "t.id") },
  }),
  byColumn("payment", "orders", "payment_collection", "payment_collection_id", {
    fromOrders,
    relations: {
      payment_collection_id: "t.payment_collection_id",
      provider_id: "t.provider_id",
      amount: "t.amount",
      currency_code: "t.currency_code",
      created_at: "t.created_at",
      captured_at: "t.captured_at",
      canceled_at: "t.canceled_at",
    },
  }),
  byColumn("payment_session", "orders", "payment_collection", "payment_collection_id", {
    fromOrders,
    relations: { payment_collection_id: "t.payment_collection_id", provider_id: "t.provider_id", status: "t.status" },
  }),
  byCondition("capture", "orders", "payment_collection", `t.payment_id IN ${PAYMENTS}`, { fromOrders, relations: { payment_id: "t.payment_id", amount: "t.amount", created_at: "t.created_at" } }),
  byCondition("refund", "orders", "payment_collection", `t.payment_id IN ${PAYMENTS}`, {
    fromOrders,
    relations: { payment_id: "t.payment_id", amount: "t.amount", created_at: "t.created_at" },
  }),
]
