/**
 * What the baseline reads of each order through core GET /admin/orders: the
 * same order content the export holds (items, adjustments, addresses,
 * shipping, credit lines, fulfilments with tracking and delivery address,
 * payments with captures and refunds, payment sessions), so that both sides
 * of the comparison carry the same data.
 */
const ADDRESS = [
  "id", "first_name", "last_name", "company", "address_1", "address_2", "postal_code", "city", "province",
  "country_code", "phone", "metadata",
]

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
