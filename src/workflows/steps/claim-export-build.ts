import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

export const CLAIM_EXPORT_BUILD_STEP = "claim-privacy-export-build"

/**
 * Takes a pending export for this build, atomically: a second run for the
 * same export (an event delivered twice) stops here and changes nothing. A
 * build that fails later is marked failed by the caller, with its reason.
 */
export const claimExportBuildStep = createStep(CLAIM_EXPORT_BUILD_STEP, async (exportId: string, { container }) => {
  const claimed = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).claimExportBuild(exportId)
  if (!claimed) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Export ${exportId} is not pending; another build has it or it is done`)
  }
  return new StepResponse({
    id: claimed.id,
    customer_id: claimed.customer_id,
    email: claimed.email,
    language: claimed.language,
    requested_by: claimed.requested_by,
    verification: claimed.verification,
    created_at: claimed.created_at,
    attempt: claimed.attempts,
  })
})
