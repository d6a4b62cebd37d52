import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { defineSection, pick } from "../types"

const COLUMNS = [
  "id", "email", "first_name", "last_name", "company_name", "phone", "has_account", "groups", "metadata", "created_at", "updated_at",
] as const

type Membership = { created_at: Date; metadata: Record<string, unknown> | null; customer_group?: { name: string } | null }

/** The customer record and the customer groups the customer is in (with the membership's own metadata). */
export const customerSection = defineSection({
  key: "customer",
  many: false,
  tables: ["customer", "customer_group_customer"],
  async *records({ container, customer_id }) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [customer] } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "company_name", "phone", "has_account", "metadata", "created_at", "updated_at"],
      filters: { id: customer_id },
    })
    if (!customer) {
      return
    }
    // The DTO type leaves out the membership's relations and metadata, which the model has.
    const memberships = (await container
      .resolve(Modules.CUSTOMER)
      .listCustomerGroupCustomers({ customer_id }, { relations: ["customer_group"] })) as unknown as Membership[]
    yield {
      ...customer,
      groups: memberships.map((membership) => ({
        name: membership.customer_group?.name ?? null,
        since: membership.created_at,
        metadata: membership.metadata ?? null,
      })),
    }
  },
  csv: [{ name: "customer", columns: COLUMNS, rows: (record) => [pick(record, COLUMNS)] }],
})
