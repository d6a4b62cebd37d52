import { byColumn, byCondition } from "./define"
import { CUSTOMERS, linkedValue, ORDERS } from "./sets"

const ORDER_ITEMS = `(SELECT item_id FROM order_item WHERE order_id IN ${ORDERS})`
const fromOrders = true

export const orderProcessors = [
  byColumn("order", "orders", "order", "id", {
    fromOrders,
    relations: {
      display_id: "t.display_id",
      status: "t.status",
      created_at: "t.created_at",
      currency_code: "t.currency_code",
      totals: "(SELECT s.totals FROM order_summary s WHERE s.order_id = t.id AND s.deleted_at IS NULL ORDER BY s.version DESC LIMIT 1)",
    },
  }),
  byCondition(
    "order_address",
    "orders",
    "order",
    `t.id IN (SELECT shipping_address_id FROM privacy_person_order UNION SELECT billing_address_id FROM privacy_person_order
              UNION SELECT id FROM order_address WHERE customer_id IN ${CUSTOMERS})`,
    { fromOrders }
  ),
  byColumn("order_item", "orders", "order", "order_id", { fromOrders, relations: { order_id: "t.order_id", item_id: "t.item_id", version: "t.version", quantity: "t.quantity", fulfilled_quantity: "t.fulfilled_quantity" },
  }),
  byCondition("order_line_item", "orders", "order", `t.id IN ${ORDER_ITEMS}`, {
    fromOrders,
    relations: {
      order_id: linkedValue("order_item", "order_id", "item_id", "t.id", " ORDER BY l.version DESC"),
      product_title: "t.product_title",
      variant_title: "t.variant_title",
      variant_sku: "t.variant_sku",
      unit_price: "t.unit_price",
    },
  }),
  byCondition("order_line_item_adjustment", "orders", "order", `t.item_id IN ${ORDER_ITEMS}`, { fromOrders, relations: { item_id: "t.item_id" } }),
  byCondition("order_shipping_method", "orders", "order", `t.id IN (SELECT shipping_method_id FROM order_shipping WHERE order_id IN ${ORDERS})`, {
    fromOrders,
    relations: { order_id: linkedValue("order_shipping", "order_id", "shipping_method_id", "t.id"), amount: "t.amount" },
  }),
  byColumn("order_credit_line", "orders", "order", "order_id", { fromOrders, relations: { order_id: "t.order_id" } }),
  byColumn("order_change", "orders", "order", "order_id", { fromOrders, relations: { order_id: "t.order_id", change_type: "t.change_type" } }),
  byColumn("order_change_action", "orders", "order", "order_id", { fromOrders, relations: { order_id: "t.order_id", action: "t.action" } }),
]
