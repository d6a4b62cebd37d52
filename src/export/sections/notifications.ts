import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defineSection, pick } from "../types"

const COLUMNS = ["created_at", "channel", "to", "template", "status", "resource_type", "resource_id"] as const

/**
 * Every message sent to the customer, by their id or their address. The
 * contents are left out: they can hold one-time links.
 */
export const notificationsSection = defineSection({
  key: "notifications",
  many: true,
  tables: ["notification"],
  async *records({ container, customer_id, email }) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const fields = ["id", ...COLUMNS]
    const byCustomer = await query.graph({ entity: "notification", fields, filters: { receiver_id: customer_id } })
    const byAddress = email ? await query.graph({ entity: "notification", fields, filters: { to: email } }) : { data: [] }
    const seen = new Set<string>()
    const all = [...byCustomer.data, ...byAddress.data] as Record<string, unknown>[]
    all.sort((a, b) => new Date(a.created_at as string).getTime() - new Date(b.created_at as string).getTime())
    for (const notification of all) {
      if (!seen.has(notification.id as string)) {
        seen.add(notification.id as string)
        yield pick(notification, COLUMNS)
      }
    }
  },
  csv: [{ name: "notifications", columns: COLUMNS, rows: (record) => [record] }],
})
