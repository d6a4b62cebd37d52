import { pick, type ExportRecord } from "../types"
import { amount, list } from "../values"

type Rows = Record<string, unknown>[]

/** One order as the export gives it, with its returns, claims, exchanges and edits. */
export function shapeOrder(
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
      ...pick(item, ["id", "title", "subtitle", "product_title", "variant_title", "variant_sku", "quantity"]),
      unit_price: amount(item.unit_price),
      total: amount(item.total),
      metadata: item.line_item_metadata ?? null,
      order_item_metadata: (item.detail as { metadata?: unknown } | undefined)?.metadata ?? null,
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
    payment_sessions: list(order.payment_collections).flatMap((collection) =>
      list(collection.payment_sessions).map((session) => ({
        ...pick(session, ["provider_id", "status", "currency_code", "created_at", "metadata"]),
        amount: amount(session.amount),
      }))
    ),
    returns: returns.map((ret) => ({
      ...pick(ret, ["id", "status", "created_at", "requested_at", "received_at", "canceled_at", "metadata"]),
      items: list(ret.items).map((item) => ({
        ...pick(item, ["item_id", "quantity", "note", "metadata"]),
        reason: (item.reason as { label?: string } | null)?.label ?? null,
      })),
    })),
    claims: claims.map((claim) => {
      const claimItems = list(claim.claim_items)
      return {
        ...pick(claim, ["id", "type", "created_at", "canceled_at", "metadata"]),
        items: claimItems
          .filter((item) => !item.is_additional_item)
          .map((item) => ({
            ...pick(item, ["item_id", "quantity", "reason", "note", "metadata"]),
            images: list(item.images).map((image) => pick(image, ["url", "metadata"])),
          })),
        additional_items: claimItems.filter((item) => item.is_additional_item).map(additionalItem),
      }
    }),
    exchanges: exchanges.map((exchange) => ({
      ...pick(exchange, ["id", "created_at", "canceled_at", "metadata"]),
      additional_items: list(exchange.additional_items).map(additionalItem),
    })),
    changes: changes.map((change) => ({
      ...pick(change, ["change_type", "status", "created_at", "internal_note", "declined_reason", "metadata"]),
      notes: list(change.actions).flatMap((action) => (action.internal_note ? [action.internal_note] : [])),
    })),
    metadata: order.metadata ?? null,
  }
}

/** An item sent in a claim or an exchange. */
function additionalItem(item: Record<string, unknown>) {
  return {
    ...pick(item, ["item_id", "quantity", "note", "metadata"]),
    title: (item.item as { title?: string } | null)?.title ?? null,
  }
}
