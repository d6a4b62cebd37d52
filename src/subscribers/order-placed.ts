import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderActivityWorkflow } from "../workflows/record-order-activity"

/**
 * Placing an order is activity in the customer relationship, and gives a
 * guest a profile. The time is when the order is placed, not when it was
 * created: a converted draft order was created long before.
 */
export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderActivityWorkflow(container).run({ input: { order_id: event.data.id, at: new Date() } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "privacy-order-placed" },
}
