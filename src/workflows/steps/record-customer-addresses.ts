import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

/** Nothing to compensate: a remembered address only widens what export and erasure find. */
export const recordCustomerAddressesStep = createStep(
  "record-customer-addresses",
  async (customers: { customer_id: string; email: string | null }[], { container }) => {
    const recorded = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).recordCustomerAddresses(customers)
    return new StepResponse(recorded)
  }
)
