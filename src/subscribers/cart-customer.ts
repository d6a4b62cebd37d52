import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import type PrivacyModuleService from "../modules/privacy/service"
import { ensurePrivacyProfilesWorkflow } from "../workflows/ensure-privacy-profiles"

/**
 * A guest checkout creates its customer inside the cart flows, where Medusa
 * emits no `customer.created`; the cart's own events are the first sign of
 * that customer. Most cart updates find the profile already there and stop
 * after one lookup.
 */
export default async function cartCustomerHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: ["customer_id"], filters: { id: event.data.id } })
  const customerId = cart?.customer_id
  if (!customerId) {
    return
  }
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const [existing] = await privacy.listPrivacyProfiles({ customer_id: customerId }, { select: ["id"] })
  if (!existing) {
    await ensurePrivacyProfilesWorkflow(container).run({ input: { customer_ids: [customerId] } })
  }
}

export const config: SubscriberConfig = {
  event: ["cart.created", "cart.updated"],
  context: { subscriberId: "privacy-cart-customer" },
}
