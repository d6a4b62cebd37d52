import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { keysetPages } from "../paging"
import { defineSection, pick } from "../types"

const COLUMNS = ["created_at", "channel", "to", "template", "status", "resource_type", "resource_id"] as const

/**
 * Every message sent to the customer, by their id or their address, oldest
 * first. The contents are left out: they can hold one-time links.
 */
export const notificationsSection = defineSection({
  key: "notifications",
  many: true,
  tables: ["notification"],
  async *records({ container, customer_id, email, pageSize }) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const whose = email ? { $or: [{ receiver_id: customer_id }, { to: email }] } : { receiver_id: customer_id }
    const pages = keysetPages(
      async (after: string | undefined) =>
        (
          await query.graph({
            entity: "notification",
            fields: ["id", ...COLUMNS],
            filters: after ? { $and: [whose, { id: { $gt: after } }] } : whose,
            pagination: { take: pageSize, order: { id: "ASC" } },
          })
        ).data as Record<string, unknown>[],
      (notification) => notification.id as string,
      pageSize
    )
    for await (const notifications of pages) {
      yield* notifications.map((notification) => pick(notification, COLUMNS))
    }
  },
  csv: [{ name: "notifications", columns: COLUMNS, rows: (record) => [record] }],
})
