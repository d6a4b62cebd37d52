import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import type PrivacyModuleService from "../modules/privacy/service"
import { ensurePrivacyProfilesWorkflow } from "./ensure-privacy-profiles"

export type BackfillResult = { scanned: number; created: number }

/**
 * Gives every existing customer a profile, for stores that install the plugin
 * with customers already in them. Pages by customer id (keyset), so it neither
 * skips nor repeats customers, and running it twice creates nothing new.
 * A backfilled customer's last activity is their latest order, or sign-up,
 * so retention does not mistake a long-standing buyer for an inactive one.
 */
export async function backfillPrivacyProfiles(
  container: MedusaContainer,
  { batchSize = 500 }: { batchSize?: number } = {}
): Promise<BackfillResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const result: BackfillResult = { scanned: 0, created: 0 }
  let cursor = ""

  for (;;) {
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: cursor ? { id: { $gt: cursor } } : {},
      pagination: { take: batchSize, order: { id: "ASC" } },
    })
    if (!customers.length) {
      return result
    }
    cursor = customers[customers.length - 1].id
    result.scanned += customers.length

    const ids = customers.map((customer) => customer.id)
    const existing = await privacy.listPrivacyProfiles({ customer_id: ids }, { select: ["customer_id"] })
    const have = new Set(existing.map((profile) => profile.customer_id))
    const missing = ids.filter((id) => !have.has(id))
    if (!missing.length) {
      continue
    }

    const { result: created } = await ensurePrivacyProfilesWorkflow(container).run({
      input: { customer_ids: missing, last_activity_at: await latestOrderDates(container, missing) },
    })
    result.created += created.length
  }
}

async function latestOrderDates(container: MedusaContainer, customerIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["customer_id", "created_at"],
    filters: { customer_id: customerIds },
  })
  const latest: Record<string, Date> = {}
  for (const order of orders) {
    const at = new Date(order.created_at as string | Date)
    const customerId = order.customer_id as string
    if (!latest[customerId] || latest[customerId] < at) {
      latest[customerId] = at
    }
  }
  return latest
}
