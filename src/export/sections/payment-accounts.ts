import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defineSection, pick } from "../types"

const COLUMNS = ["provider_id", "email", "metadata", "created_at"] as const

/** The customer's accounts at payment providers (the provider's own record is theirs to give). */
export const paymentAccountsSection = defineSection({
  key: "payment_accounts",
  many: true,
  tables: ["account_holder"],
  async *records({ container, customer_id }) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [customer] } = await query.graph({
      entity: "customer",
      fields: ["account_holders.provider_id", "account_holders.email", "account_holders.metadata", "account_holders.created_at"],
      filters: { id: customer_id },
    })
    for (const holder of (customer as { account_holders?: Record<string, unknown>[] } | undefined)?.account_holders ?? []) {
      yield pick(holder, COLUMNS)
    }
  },
  csv: [{ name: "payment_accounts", columns: COLUMNS, rows: (record) => [record] }],
})
