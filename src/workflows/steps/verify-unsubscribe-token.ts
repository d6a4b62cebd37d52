import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

/** Same answer for forged, altered and unknown tokens: nothing about who exists leaks. */
export const INVALID_UNSUBSCRIBE_LINK = "This unsubscribe link is not valid"

export const verifyUnsubscribeTokenStep = createStep(
  "verify-unsubscribe-token",
  async (token: string, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const target = privacy.verifyUnsubscribeToken(token)
    if (!target) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, INVALID_UNSUBSCRIBE_LINK)
    }
    if ("subject_id" in target && !(await privacy.findConsentSubject(target.subject_id))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, INVALID_UNSUBSCRIBE_LINK)
    }
    return new StepResponse(target)
  }
)
