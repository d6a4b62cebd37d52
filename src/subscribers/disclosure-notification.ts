import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { logHandOver } from "../disclosures/log-disclosure"

/**
 * A notification sent through a provider hands the address and the message
 * to the e-mail (or SMS) service behind it. The person is the receiver
 * Medusa names, or else the account holding the address.
 */
export default async function notificationDisclosureHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "notification",
    fields: ["id", "to", "channel", "provider_id", "receiver_id", "created_at"],
    filters: { id: event.data.id },
  })
  const notification = data[0]
  if (!notification || notification.channel === "feed" || !notification.provider_id) {
    return
  }
  const customerId = notification.receiver_id?.startsWith("cus_")
    ? notification.receiver_id
    : await customerByAddress(container, notification.to)
  await logHandOver(container, {
    provider: { kind: "notification", id: notification.provider_id },
    occasion: "notification",
    customer_id: customerId,
    source: { type: "notification", id: notification.id },
    at: notification.created_at as Date,
  })
}

/** The account holding the address, else the newest guest record of it. */
async function customerByAddress(container: SubscriberArgs["container"], to: string | null | undefined): Promise<string | null> {
  if (!to || !to.includes("@")) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "has_account", "created_at"],
    filters: { email: to.trim().toLowerCase() },
  })
  const sorted = [...data].sort(
    (a, b) => Number(b.has_account) - Number(a.has_account) || new Date(b.created_at as Date).getTime() - new Date(a.created_at as Date).getTime()
  )
  return sorted[0]?.id ?? null
}

export const config: SubscriberConfig = {
  event: "notification.notification.created",
  context: { subscriberId: "privacy-disclosure-notification" },
}
