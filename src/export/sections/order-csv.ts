import type { CsvTable, ExportRecord } from "../types"
import { list } from "../values"
import { ADDRESS_COLUMNS } from "./addresses"

/** The CSV files of the orders section, one per kind of row, each row led by its order id. */
export const ORDER_CSV: CsvTable<ExportRecord>[] = [
    {
      name: "orders",
      columns: ["id", "display_id", "status", "created_at", "email", "currency_code", "total", "subtotal", "tax_total", "shipping_total", "discount_total", "metadata"],
      rows: (order) => [{ ...order, ...(order.totals as ExportRecord) }],
    },
    {
      name: "order_items",
      columns: ["order_id", "id", "title", "product_title", "variant_title", "variant_sku", "quantity", "unit_price", "total", "metadata", "order_item_metadata"],
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
      name: "payment_sessions",
      columns: ["order_id", "provider_id", "status", "amount", "currency_code", "created_at", "metadata"],
      rows: (order) => list(order.payment_sessions).map((session) => ({ order_id: order.id, ...session })),
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
      name: "claim_additional_items",
      columns: ["order_id", "claim_id", "item_id", "title", "quantity", "note", "metadata"],
      rows: (order) =>
        list(order.claims).flatMap((claim) =>
          list(claim.additional_items).map((item) => ({ order_id: order.id, claim_id: claim.id, ...item }))
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
  ]
