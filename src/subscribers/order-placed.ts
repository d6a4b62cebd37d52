import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordCustomerActivityWorkflow } from "../workflows/record-customer-activity"

/** Placing an order is activity in the customer relationship (and gives guests a profile). */
export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["customer_id", "created_at"],
    filters: { id: event.data.id },
  })
  if (!order?.customer_id) {
    return
  }
  await recordCustomerActivityWorkflow(container).run({
    input: { customer_ids: [order.customer_id], at: order.created_at as string | Date },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "privacy-order-placed" },
}
