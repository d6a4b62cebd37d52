import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncConsentEmailsWorkflow } from "../workflows/sync-consent-emails"

/** Marketing goes to the address the customer uses now. */
export default async function customerUpdatedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncConsentEmailsWorkflow(container).run({ input: { customer_ids: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: "customer.updated",
  context: { subscriberId: "privacy-sync-consent-emails" },
}
