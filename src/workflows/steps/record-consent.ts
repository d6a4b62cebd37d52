import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import type { RecordConsentInput } from "../../modules/privacy/service"

/**
 * Appends to the consent ledger. There is no compensation on purpose: the
 * ledger is proof and is never rolled back; a correction is a new event.
 */
export const recordConsentStep = createStep("record-consent", async (input: RecordConsentInput, { container }) => {
  const recorded = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).recordConsent(input)
  return new StepResponse(recorded)
})
