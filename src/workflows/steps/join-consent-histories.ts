import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

export const joinConsentHistoriesStep = createStep(
  "join-consent-histories",
  async (input: { customer_id: string; email: string }, { container }) => {
    const joined = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).joinConsentHistories(input)
    return new StepResponse(joined)
  }
)
