import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { joinConsentHistoriesWorkflow } from "../workflows/join-consent-histories"

/** A newsletter subscriber or guest who registers keeps their consent history. */
export default async function customerRegisteredHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await joinConsentHistoriesWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "customer.created",
  context: { subscriberId: "privacy-join-consent-histories" },
}
