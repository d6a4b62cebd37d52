import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { fromErasure } from "../modules/privacy/lib/events"
import { closeCustomerConsentsWorkflow } from "../workflows/close-customer-consents"

/** A deleted customer leaves every marketing audience at once. */
export default async function customerDeletedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  if (fromErasure(event.metadata)) {
    return
  }
  await closeCustomerConsentsWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "customer.deleted",
  context: { subscriberId: "privacy-close-customer-consents" },
}
