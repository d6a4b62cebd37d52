import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { fromErasure } from "../modules/privacy/lib/events"
import { withdrawCustomerExports } from "../export/maintenance/withdraw-customer-exports"

/** A deleted customer's copies of their data are deleted with the account. */
export default async function customerDeletedExportsHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  if (fromErasure(event.metadata)) {
    return
  }
  await withdrawCustomerExports(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: "customer.deleted",
  context: { subscriberId: "privacy-withdraw-customer-exports" },
}
