import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ensureCartCustomerProfileWorkflow } from "../workflows/ensure-cart-customer-profile"

/**
 * A guest checkout creates its customer inside the cart flows, where Medusa
 * emits no `customer.created`; the cart's own events are the first sign of
 * that customer.
 */
export default async function cartCustomerHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await ensureCartCustomerProfileWorkflow(container).run({ input: { cart_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: ["cart.created", "cart.updated"],
  context: { subscriberId: "privacy-cart-customer" },
}
