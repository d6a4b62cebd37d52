import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type { CompletedErasures } from "../../modules/privacy/erasures/erasure-store"
import type PrivacyModuleService from "../../modules/privacy/service"

/** The privacy module records the outcome: bookkeeping holds, expired exports, completed records. */
export const completeErasuresStep = createStep("complete-privacy-erasures", async (input: CompletedErasures, { container }) => {
  if (input.erasure_ids.length || input.customer_ids.length) {
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).completeErasures(input)
  }
  return new StepResponse(input.erasure_ids)
})
