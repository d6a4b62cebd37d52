import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defineSection, pick } from "../types"

export const ADDRESS_COLUMNS = [
  "first_name", "last_name", "company", "address_1", "address_2", "postal_code", "city", "province", "country_code", "phone",
] as const

const COLUMNS = ["id", "address_name", ...ADDRESS_COLUMNS, "is_default_shipping", "is_default_billing", "metadata", "created_at"] as const

export const addressesSection = defineSection({
  key: "addresses",
  many: true,
  tables: ["customer_address"],
  async *records({ container, customer_id }) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer_address",
      fields: [...COLUMNS],
      filters: { customer_id },
    })
    yield* data as Record<string, unknown>[]
  },
  csv: [{ name: "addresses", columns: COLUMNS, rows: (record) => [pick(record, COLUMNS)] }],
})
