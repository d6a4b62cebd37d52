import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { logHandOver } from "../disclosures/log-disclosure"

/**
 * Creating a fulfillment hands the order's delivery address, name, phone and
 * e-mail to the carrier behind the fulfillment provider: logged as a
 * disclosure to that carrier, with the order.
 */
export default async function fulfillmentDisclosureHandler({
  event,
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: fulfillments }, { data: orders }] = await Promise.all([
    query.graph({ entity: "fulfillment", fields: ["id", "provider_id", "created_at"], filters: { id: event.data.fulfillment_id } }),
    query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: event.data.order_id } }),
  ])
  const fulfillment = fulfillments[0]
  if (!fulfillment || !orders[0]) {
    return
  }
  await logHandOver(container, {
    provider: { kind: "fulfillment", id: fulfillment.provider_id },
    occasion: "fulfillment",
    customer_id: orders[0].customer_id,
    source: { type: "fulfillment", id: fulfillment.id },
    order_id: orders[0].id,
    at: fulfillment.created_at as Date,
  })
}

export const config: SubscriberConfig = {
  event: "order.fulfillment_created",
  context: { subscriberId: "privacy-disclosure-fulfillment" },
}
