import { byColumn, byCondition } from "./define"
import { CUSTOMERS } from "./sets"

export const cartProcessors = [
  byColumn("cart", "carts", "cart", "id", {
    relations: { created_at: "t.created_at", completed_at: "t.completed_at", currency_code: "t.currency_code" },
  }),
  // An id list rather than OR, so each part can use its index.
  byCondition(
    "cart_address",
    "carts",
    "cart",
    `t.id IN (SELECT shipping_address_id FROM privacy_person_cart UNION SELECT billing_address_id FROM privacy_person_cart
              UNION SELECT id FROM cart_address WHERE customer_id IN ${CUSTOMERS})`
  ),
  byColumn("cart_line_item", "carts", "cart", "cart_id", {
    relations: { cart_id: "t.cart_id", product_title: "t.product_title", quantity: "t.quantity", unit_price: "t.unit_price" },
  }),
  byColumn("cart_shipping_method", "carts", "cart", "cart_id", { relations: { cart_id: "t.cart_id" } }),
  byColumn("credit_line", "carts", "cart", "cart_id", { relations: { cart_id: "t.cart_id" } }),
]

