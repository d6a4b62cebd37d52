import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ensurePrivacyProfilesWorkflow } from "../workflows/ensure-privacy-profiles"

/** Every new customer gets a profile and customer number, however it was created. */
export default async function customerCreatedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await ensurePrivacyProfilesWorkflow(container).run({ input: { customer_ids: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: "customer.created",
  context: { subscriberId: "privacy-customer-created" },
}
