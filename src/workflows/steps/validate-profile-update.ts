import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import type { PrivacyProfileUpdate } from "../update-privacy-profile"

/**
 * The languages a profile may hold are the shop's, which only the plugin
 * options know; the HTTP validators check everything else.
 */
export const validateProfileUpdateStep = createStep(
  "validate-privacy-profile-update",
  async (update: PrivacyProfileUpdate, { container }) => {
    const { languages } = container.resolve<PrivacyModuleService>(PRIVACY_MODULE).getOptions()
    if (update.language !== undefined && !languages.includes(update.language)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid request: 'language' must be one of the shop's languages (${languages.join(", ")}), got '${update.language}'`
      )
    }
  }
)
