import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import type { RequestMetadata } from "../../modules/privacy/service"

export const INVALID_CONFIRMATION_LINK = "This confirmation link is not valid, has expired or has already been used"

/** Grants the pending double opt-in, once. No compensation: the ledger is never rolled back. */
export const confirmConsentStep = createStep(
  "confirm-consent",
  async ({ token, request }: { token: string; request?: RequestMetadata }, { container }) => {
    const recorded = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).confirmConsent(token, request ?? {})
    if (!recorded) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, INVALID_CONFIRMATION_LINK)
    }
    return new StepResponse(recorded)
  }
)
