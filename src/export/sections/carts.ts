import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { keysetPages } from "../paging"
import { defineSection, pick, type ExportRecord } from "../types"
import { amount, list } from "../values"
import { ADDRESS_COLUMNS } from "./addresses"

const ADDRESS = [...ADDRESS_COLUMNS, "metadata"]
const CART_FIELDS = [
  "id", "email", "currency_code", "created_at", "updated_at", "metadata",
  "items.title", "items.quantity", "items.unit_price", "items.metadata",
  ...ADDRESS.map((field) => `shipping_address.${field}`),
  ...ADDRESS.map((field) => `billing_address.${field}`),
  "shipping_methods.name", "shipping_methods.amount", "shipping_methods.data", "shipping_methods.metadata",
  "credit_lines.amount", "credit_lines.reference", "credit_lines.metadata",
]

/** Carts not (yet) turned into orders; a completed cart's data is in its order. */
export const cartsSection = defineSection<ExportRecord>({
  key: "carts",
  many: true,
  tables: ["cart", "cart_address", "cart_line_item", "cart_shipping_method", "credit_line"],
  async *records({ container, customer_id, pageSize }) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const open = { customer_id, completed_at: null }
    const pages = keysetPages(
      async (after: string | undefined) =>
        (
          await query.graph({
            entity: "cart",
            fields: CART_FIELDS,
            filters: after ? { ...open, id: { $gt: after } } : open,
            pagination: { take: pageSize, order: { id: "ASC" } },
          })
        ).data as Record<string, unknown>[],
      (cart) => cart.id as string,
      pageSize
    )
    for await (const carts of pages) {
      yield* carts.map(shapeCart)
    }
  },
  csv: [
    { name: "carts", columns: ["id", "email", "currency_code", "created_at", "updated_at", "metadata"], rows: (cart) => [cart] },
    {
      name: "cart_items",
      columns: ["cart_id", "title", "quantity", "unit_price", "metadata"],
      rows: (cart) => list(cart.items).map((item) => ({ cart_id: cart.id, ...item })),
    },
    {
      name: "cart_addresses",
      columns: ["cart_id", "type", ...ADDRESS_COLUMNS, "metadata"],
      rows: (cart) =>
        (["shipping_address", "billing_address"] as const).flatMap((type) =>
          cart[type] ? [{ cart_id: cart.id, type, ...(cart[type] as ExportRecord) }] : []
        ),
    },
  ],
})

function shapeCart(cart: Record<string, unknown>): ExportRecord {
  return {
    ...pick(cart, ["id", "email", "currency_code", "created_at", "updated_at", "metadata"]),
    items: list(cart.items).map((item) => ({ ...pick(item, ["title", "quantity", "metadata"]), unit_price: amount(item.unit_price) })),
    shipping_address: cart.shipping_address ?? null,
    billing_address: cart.billing_address ?? null,
    shipping_methods: list(cart.shipping_methods).map((method) => ({ ...pick(method, ["name", "data", "metadata"]), amount: amount(method.amount) })),
    credit_lines: list(cart.credit_lines).map((line) => ({ ...pick(line, ["reference", "metadata"]), amount: amount(line.amount) })),
  }
}
