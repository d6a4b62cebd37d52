import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import type PrivacyModuleService from "../modules/privacy/service"

/**
 * Creating a fulfillment hands the order's delivery address, name, phone and
 * e-mail to the carrier behind the fulfillment provider: logged as a
 * disclosure to that carrier, with the order. A failure is logged (without
 * the person) and never reaches the fulfillment.
 */
export default async function fulfillmentDisclosureHandler({
  event,
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  try {
    await container
      .resolve<PrivacyModuleService>(PRIVACY_MODULE)
      .recordFulfillmentDisclosure({ fulfillment_id: event.data.fulfillment_id, order_id: event.data.order_id })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`privacy: the carrier disclosure of fulfillment ${event.data.fulfillment_id} was not logged: ${(error as Error).name}`)
  }
}

export const config: SubscriberConfig = {
  event: "order.fulfillment_created",
  context: { subscriberId: "privacy-disclosure-fulfillment" },
}
