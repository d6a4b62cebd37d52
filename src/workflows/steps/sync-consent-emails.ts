import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

export const syncConsentEmailsStep = createStep(
  "sync-consent-emails",
  async (customers: { customer_id: string; email: string | null }[], { container }) => {
    const updated = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).syncConsentEmails(customers)
    return new StepResponse(updated)
  }
)
