import { ADDRESS_COLUMNS } from "./addresses"

const ADDRESS = ["id", ...ADDRESS_COLUMNS, "metadata"]
/** What the export reads of an order (the benchmark pages core GET /admin/orders with the same fields). */
export const ORDER_FIELDS = [
  "id", "display_id", "status", "created_at", "updated_at", "canceled_at", "email", "currency_code", "metadata",
  "total", "subtotal", "tax_total", "shipping_total", "discount_total",
  "items.id", "items.title", "items.subtitle", "items.product_title", "items.variant_title", "items.variant_sku",
  "items.quantity", "items.unit_price", "items.total", "items.metadata", "items.detail.metadata",
  "items.adjustments.code", "items.adjustments.amount", "items.adjustments.description",
  ...ADDRESS.map((field) => `shipping_address.${field}`),
  ...ADDRESS.map((field) => `billing_address.${field}`),
  "shipping_methods.id", "shipping_methods.name", "shipping_methods.amount", "shipping_methods.data", "shipping_methods.metadata",
  "shipping_methods.adjustments.code", "shipping_methods.adjustments.amount", "shipping_methods.adjustments.description",
  "credit_lines.amount", "credit_lines.reference", "credit_lines.metadata",
  "fulfillments.id", "fulfillments.provider_id", "fulfillments.packed_at", "fulfillments.shipped_at", "fulfillments.delivered_at",
  "fulfillments.canceled_at", "fulfillments.data", "fulfillments.metadata",
  "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url", "fulfillments.labels.label_url",
  ...ADDRESS.map((field) => `fulfillments.delivery_address.${field}`),
  "payment_collections.status", "payment_collections.metadata",
  "payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.amount",
  "payment_collections.payments.currency_code", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at",
  "payment_collections.payments.created_at", "payment_collections.payments.metadata",
  "payment_collections.payments.refunds.amount", "payment_collections.payments.refunds.note",
  "payment_collections.payments.refunds.created_at", "payment_collections.payments.refunds.metadata",
  "payment_collections.payments.captures.amount", "payment_collections.payments.captures.created_at",
  "payment_collections.payments.captures.metadata",
  "payment_collections.payment_sessions.provider_id", "payment_collections.payment_sessions.status",
  "payment_collections.payment_sessions.amount", "payment_collections.payment_sessions.currency_code",
  "payment_collections.payment_sessions.created_at", "payment_collections.payment_sessions.metadata",
]
// Read on their own: through the order, Medusa's order module rewrites every
// `…items.<field>` path to the line item, and a return item's note is lost.
export const RETURN_FIELDS = [
  "id", "order_id", "status", "created_at", "requested_at", "received_at", "canceled_at", "metadata",
  "items.item_id", "items.quantity", "items.note", "items.metadata", "items.reason.label",
]
// A claim's `claim_items` and `additional_items` are the same rows; `is_additional_item` tells them apart.
export const CLAIM_FIELDS = [
  "id", "order_id", "type", "created_at", "canceled_at", "metadata",
  "claim_items.item_id", "claim_items.is_additional_item", "claim_items.quantity", "claim_items.reason", "claim_items.note",
  "claim_items.metadata", "claim_items.item.title", "claim_items.images.url", "claim_items.images.metadata",
]
export const EXCHANGE_FIELDS = [
  "id", "order_id", "created_at", "canceled_at", "metadata",
  "additional_items.item_id", "additional_items.quantity", "additional_items.note", "additional_items.metadata", "additional_items.item.title",
]
export const CHANGE_FIELDS = [
  "id", "order_id", "change_type", "status", "created_at", "internal_note", "declined_reason", "metadata", "actions.internal_note",
]
