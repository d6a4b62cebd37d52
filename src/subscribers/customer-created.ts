import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ensurePrivacyProfilesWorkflow } from "../workflows/ensure-privacy-profiles"
import { syncConsentEmailsWorkflow } from "../workflows/sync-consent-emails"

/** Every new customer gets a profile and customer number, however it was created; its address is remembered. */
export default async function customerCreatedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await ensurePrivacyProfilesWorkflow(container).run({ input: { customer_ids: [event.data.id] } })
  await syncConsentEmailsWorkflow(container).run({ input: { customer_ids: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: "customer.created",
  context: { subscriberId: "privacy-customer-created" },
}
