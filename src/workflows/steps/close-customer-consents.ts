import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

export const closeCustomerConsentsStep = createStep("close-customer-consents", async (customerId: string, { container }) => {
  return new StepResponse(await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).closeCustomerConsents(customerId))
})
