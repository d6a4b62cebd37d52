import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defineSection, pick, type ExportRecord } from "../types"
import { amount, list } from "../values"
import { ADDRESS_COLUMNS } from "./addresses"

/** Orders are read in pages by id, so a customer with years of orders never sits in memory at once. */
export const ORDER_PAGE_SIZE = 250

const ADDRESS = ["id", ...ADDRESS_COLUMNS, "metadata"]
// Exported for the benchmark, which pages core GET /admin/orders with the same fields.
export const ORDER_FIELDS = [
  "id", "display_id", "status", "created_at", "updated_at", "canceled_at", "email", "currency_code", "metadata",
  "total", "subtotal", "tax_total", "shipping_total", "discount_total",
  "items.id", "items.title", "items.subtitle", "items.product_title", "items.variant_title", "items.variant_sku",
  "items.quantity", "items.unit_price", "items.total", "items.metadata",
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
]
// Read on their own: through the order, Medusa's order module rewrites every
// `…items.<field>` path to the line item, and a return item's note is lost.
const RETURN_FIELDS = [
  "id", "order_id", "status", "created_at", "requested_at", "received_at", "canceled_at", "metadata",
  "items.item_id", "items.quantity", "items.note", "items.metadata", "items.reason.label",
]
const CLAIM_FIELDS = [
  "id", "order_id", "type", "created_at", "canceled_at", "metadata",
  "claim_items.item_id", "claim_items.quantity", "claim_items.reason", "claim_items.note", "claim_items.metadata",
  "claim_items.images.url", "claim_items.images.metadata", "additional_items.title", "additional_items.quantity",
]
const EXCHANGE_FIELDS = [
  "id", "order_id", "created_at", "canceled_at", "metadata", "additional_items.title", "additional_items.quantity",
]
const CHANGE_FIELDS = [
  "id", "order_id", "change_type", "status", "created_at", "internal_note", "declined_reason", "metadata", "actions.internal_note",
]

/**
 * Everything about the customer's orders: items, totals, addresses, delivery,
 * shipments with tracking, payments (provider, status, amounts; never the
 * provider's own record), refunds, returns, claims, exchanges, edits and the
 * discounts applied.
 */
export const ordersSection = defineSection({
  key: "orders",
  many: true,
  tables: [
    "order", "order_address", "order_line_item", "order_line_item_adjustment", "order_shipping_method", "order_credit_line",
    "order_change", "order_change_action", "return", "return_item", "order_claim", "order_claim_item", "order_claim_item_image",
    "order_exchange", "order_exchange_item", "fulfillment", "fulfillment_label", "fulfillment_address",
    "payment", "payment_collection", "capture", "refund",
  ],
  async *records({ container, customer_id }) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    let cursor = ""
    for (;;) {
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ORDER_FIELDS,
        filters: cursor ? { customer_id, id: { $gt: cursor } } : { customer_id },
        pagination: { take: ORDER_PAGE_SIZE, order: { id: "ASC" } },
      })
      if (!orders.length) {
        return
      }
      cursor = orders[orders.length - 1].id
      const ids = orders.map((order) => order.id)
      const related = async (entity: string, fields: string[]) =>
        (await query.graph({ entity, fields, filters: { order_id: ids } })).data as Record<string, unknown>[]
      const [returns, claims, exchanges, changes] = await Promise.all([
        related("return", RETURN_FIELDS),
        related("order_claim", CLAIM_FIELDS),
        related("order_exchange", EXCHANGE_FIELDS),
        related("order_change", CHANGE_FIELDS),
      ])
      for (const order of orders as Record<string, unknown>[]) {
        const own = (rows: Record<string, unknown>[]) => rows.filter((row) => row.order_id === order.id)
        yield shapeOrder(order, { returns: own(returns), claims: own(claims), exchanges: own(exchanges), changes: own(changes) })
      }
    }
  },
  csv: [
    {
      name: "orders",
      columns: ["id", "display_id", "status", "created_at", "email", "currency_code", "total", "subtotal", "tax_total", "shipping_total", "discount_total", "metadata"],
      rows: (order) => [{ ...order, ...(order.totals as ExportRecord) }],
    },
    {
      name: "order_items",
      columns: ["order_id", "id", "title", "product_title", "variant_title", "variant_sku", "quantity", "unit_price", "total", "metadata"],
      rows: (order) => list(order.items).map((item) => ({ order_id: order.id, ...item })),
    },
    {
      name: "order_addresses",
      columns: ["order_id", "type", ...ADDRESS_COLUMNS, "metadata"],
      rows: (order) =>
        (["shipping_address", "billing_address"] as const).flatMap((type) =>
          order[type] ? [{ order_id: order.id, type, ...(order[type] as ExportRecord) }] : []
        ),
    },
    {
      name: "order_shipping_methods",
      columns: ["order_id", "name", "amount", "data", "metadata"],
      rows: (order) => list(order.shipping_methods).map((method) => ({ order_id: order.id, ...method })),
    },
    {
      name: "order_discounts",
      columns: ["order_id", "code", "amount", "description"],
      rows: (order) => list(order.discounts).map((discount) => ({ order_id: order.id, ...discount })),
    },
    {
      name: "fulfillments",
      columns: ["order_id", "provider_id", "packed_at", "shipped_at", "delivered_at", "canceled_at", "tracking", "delivery_address", "data", "metadata"],
      rows: (order) => list(order.fulfillments).map((fulfillment) => ({ order_id: order.id, ...fulfillment })),
    },
    {
      name: "payments",
      columns: ["order_id", "provider_id", "status", "amount", "currency_code", "created_at", "captured_at", "canceled_at", "refunds", "metadata"],
      rows: (order) => list(order.payments).map((payment) => ({ order_id: order.id, ...payment })),
    },
    {
      name: "returns",
      columns: ["order_id", "return_id", "status", "created_at", "received_at", "item_id", "quantity", "reason", "note", "metadata"],
      rows: (order) =>
        list(order.returns).flatMap((ret) =>
          list(ret.items).map((item) => ({ order_id: order.id, return_id: ret.id, status: ret.status, created_at: ret.created_at, received_at: ret.received_at, ...item }))
        ),
    },
    {
      name: "claims",
      columns: ["order_id", "claim_id", "type", "created_at", "item_id", "quantity", "reason", "note", "images", "metadata"],
      rows: (order) =>
        list(order.claims).flatMap((claim) =>
          list(claim.items).map((item) => ({ order_id: order.id, claim_id: claim.id, type: claim.type, created_at: claim.created_at, ...item }))
        ),
    },
    {
      name: "exchanges",
      columns: ["order_id", "exchange_id", "created_at", "additional_items", "metadata"],
      rows: (order) => list(order.exchanges).map((exchange) => ({ order_id: order.id, exchange_id: exchange.id, ...exchange })),
    },
    {
      name: "order_changes",
      columns: ["order_id", "change_type", "status", "created_at", "internal_note", "declined_reason"],
      rows: (order) => list(order.changes).map((change) => ({ order_id: order.id, ...change })),
    },
  ],
})

type Rows = Record<string, unknown>[]

function shapeOrder(
  order: Record<string, unknown>,
  { returns, claims, exchanges, changes }: { returns: Rows; claims: Rows; exchanges: Rows; changes: Rows }
): ExportRecord {
  const items = list(order.items)
  const methods = list(order.shipping_methods)
  const adjustments = [...items.flatMap((item) => list(item.adjustments)), ...methods.flatMap((method) => list(method.adjustments))]
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    created_at: order.created_at,
    updated_at: order.updated_at,
    canceled_at: order.canceled_at,
    email: order.email,
    currency_code: order.currency_code,
    totals: {
      total: amount(order.total),
      subtotal: amount(order.subtotal),
      tax_total: amount(order.tax_total),
      shipping_total: amount(order.shipping_total),
      discount_total: amount(order.discount_total),
    },
    items: items.map((item) => ({
      // The id is what a return, claim or exchange item points at (`item_id`).
      ...pick(item, ["id", "title", "subtitle", "product_title", "variant_title", "variant_sku", "quantity", "metadata"]),
      unit_price: amount(item.unit_price),
      total: amount(item.total),
    })),
    discounts: adjustments.map((adjustment) => ({
      code: adjustment.code,
      amount: amount(adjustment.amount),
      description: adjustment.description,
    })),
    shipping_address: order.shipping_address ?? null,
    billing_address: order.billing_address ?? null,
    shipping_methods: methods.map((method) => ({ ...pick(method, ["name", "data", "metadata"]), amount: amount(method.amount) })),
    credit_lines: list(order.credit_lines).map((line) => ({ ...pick(line, ["reference", "metadata"]), amount: amount(line.amount) })),
    fulfillments: list(order.fulfillments).map((fulfillment) => ({
      ...pick(fulfillment, ["provider_id", "packed_at", "shipped_at", "delivered_at", "canceled_at", "data", "metadata"]),
      tracking: list(fulfillment.labels).map((label) => pick(label, ["tracking_number", "tracking_url", "label_url"])),
      delivery_address: fulfillment.delivery_address ?? null,
    })),
    payments: list(order.payment_collections).flatMap((collection) =>
      list(collection.payments).map((payment) => ({
        ...pick(payment, ["provider_id", "currency_code", "created_at", "captured_at", "canceled_at", "metadata"]),
        status: collection.status,
        collection_metadata: collection.metadata ?? null,
        amount: amount(payment.amount),
        captures: list(payment.captures).map((capture) => ({ ...pick(capture, ["created_at", "metadata"]), amount: amount(capture.amount) })),
        refunds: list(payment.refunds).map((refund) => ({ ...pick(refund, ["created_at", "note", "metadata"]), amount: amount(refund.amount) })),
      }))
    ),
    returns: returns.map((ret) => ({
      ...pick(ret, ["id", "status", "created_at", "requested_at", "received_at", "canceled_at", "metadata"]),
      items: list(ret.items).map((item) => ({
        ...pick(item, ["item_id", "quantity", "note", "metadata"]),
        reason: (item.reason as { label?: string } | null)?.label ?? null,
      })),
    })),
    claims: claims.map((claim) => ({
      ...pick(claim, ["id", "type", "created_at", "canceled_at", "metadata"]),
      items: list(claim.claim_items).map((item) => ({
        ...pick(item, ["item_id", "quantity", "reason", "note", "metadata"]),
        images: list(item.images).map((image) => pick(image, ["url", "metadata"])),
      })),
      additional_items: list(claim.additional_items).map((item) => pick(item, ["title", "quantity"])),
    })),
    exchanges: exchanges.map((exchange) => ({
      ...pick(exchange, ["id", "created_at", "canceled_at", "metadata"]),
      additional_items: list(exchange.additional_items).map((item) => pick(item, ["title", "quantity"])),
    })),
    changes: changes.map((change) => ({
      ...pick(change, ["change_type", "status", "created_at", "internal_note", "declined_reason", "metadata"]),
      notes: list(change.actions).flatMap((action) => (action.internal_note ? [action.internal_note] : [])),
    })),
    metadata: order.metadata ?? null,
  }
}
