import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { logHandOver } from "../disclosures/log-disclosure"
import { paymentCollectionOwner } from "../disclosures/payment-owner"

/**
 * Opening a payment session hands the buyer (name, e-mail, billing address)
 * and the amount to the payment provider; authorising it creates a payment
 * with the provider. Each is logged as a disclosure to the recipient behind
 * the provider.
 */
export default async function paymentDisclosureHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const authorised = event.name === "payment.payment.created"
  const { data } = await query.graph({
    entity: authorised ? "payment" : "payment_session",
    fields: ["id", "provider_id", "payment_collection_id", "created_at"],
    filters: { id: event.data.id },
  })
  const record = data[0]
  if (!record) {
    return
  }
  const owner = await paymentCollectionOwner(container, record.payment_collection_id)
  await logHandOver(container, {
    provider: { kind: "payment", id: record.provider_id },
    occasion: authorised ? "payment_authorization" : "payment_session",
    customer_id: owner.customer_id,
    source: { type: authorised ? "payment" : "payment_session", id: record.id },
    order_id: owner.order_id,
    at: record.created_at as Date,
  })
}

export const config: SubscriberConfig = {
  event: ["payment.payment-session.created", "payment.payment.created"],
  context: { subscriberId: "privacy-disclosure-payment" },
}
