import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { closeCustomerConsentsWorkflow } from "../workflows/close-customer-consents"

/** A deleted customer leaves every marketing audience at once. */
export default async function customerDeletedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await closeCustomerConsentsWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "customer.deleted",
  context: { subscriberId: "privacy-close-customer-consents" },
}
