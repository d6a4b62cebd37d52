import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defineSection, pick } from "../types"

const COLUMNS = [
  "id", "email", "first_name", "last_name", "company_name", "phone", "has_account", "groups", "metadata", "created_at", "updated_at",
] as const

export const customerSection = defineSection({
  key: "customer",
  many: false,
  tables: ["customer", "customer_group_customer"],
  async *records({ container, customer_id }) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [customer] } = await query.graph({
      entity: "customer",
      fields: [
        "id", "email", "first_name", "last_name", "company_name", "phone", "has_account", "metadata",
        "created_at", "updated_at", "groups.name",
      ],
      filters: { id: customer_id },
    })
    if (customer) {
      const { groups, ...rest } = customer as Record<string, unknown> & { groups?: { name: string }[] }
      yield { ...rest, groups: (groups ?? []).map((group) => group.name) }
    }
  },
  csv: [{ name: "customer", columns: COLUMNS, rows: (record) => [pick(record, COLUMNS)] }],
})
