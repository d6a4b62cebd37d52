import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { keysetPages } from "../paging"
import { defineSection } from "../types"
import { ORDER_CSV } from "./order-csv"
import { CHANGE_FIELDS, CLAIM_FIELDS, EXCHANGE_FIELDS, ORDER_FIELDS, RETURN_FIELDS } from "./order-fields"
import { shapeOrder } from "./order-record"

export { ORDER_FIELDS } from "./order-fields"

/**
 * Everything about the customer's orders: items, totals, addresses, delivery,
 * shipments with tracking, payments (provider, status, amounts; never the
 * provider's own record), refunds, returns, claims, exchanges, edits and the
 * discounts applied. Read a page of orders at a time, by id, with the page's
 * returns, claims, exchanges and edits.
 */
export const ordersSection = defineSection({
  key: "orders",
  many: true,
  tables: [
    "order", "order_address", "order_item", "order_line_item", "order_line_item_adjustment", "order_shipping_method",
    "order_credit_line", "order_change", "order_change_action", "return", "return_item", "order_claim", "order_claim_item",
    "order_claim_item_image", "order_exchange", "order_exchange_item", "fulfillment", "fulfillment_label", "fulfillment_address",
    "payment", "payment_collection", "payment_session", "capture", "refund",
  ],
  async *records({ container, customer_id, pageSize }) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const pages = keysetPages(
      async (after: string | undefined) =>
        (
          await query.graph({
            entity: "order",
            fields: ORDER_FIELDS,
            filters: after ? { customer_id, id: { $gt: after } } : { customer_id },
            pagination: { take: pageSize, order: { id: "ASC" } },
          })
        ).data as Record<string, unknown>[],
      (order) => order.id as string,
      pageSize
    )
    for await (const orders of pages) {
      const ids = orders.map((order) => order.id as string)
      const related = async (entity: string, fields: string[]) =>
        (await query.graph({ entity, fields, filters: { order_id: ids } })).data as Record<string, unknown>[]
      const [returns, claims, exchanges, changes] = await Promise.all([
        related("return", RETURN_FIELDS),
        related("order_claim", CLAIM_FIELDS),
        related("order_exchange", EXCHANGE_FIELDS),
        related("order_change", CHANGE_FIELDS),
      ])
      for (const order of orders) {
        const own = (rows: Record<string, unknown>[]) => rows.filter((row) => row.order_id === order.id)
        yield shapeOrder(order, { returns: own(returns), claims: own(claims), exchanges: own(exchanges), changes: own(changes) })
      }
    }
  },
  csv: ORDER_CSV,
})
