import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../modules/privacy"
import { isHttpUrl } from "../../modules/privacy/lib/http-url"
import type PrivacyModuleService from "../../modules/privacy/service"
import type { PrivacyProfileUpdate } from "../update-privacy-profile"

/**
 * The rules every profile update obeys, whoever calls the workflow: the
 * language must be one of the shop's (which only the options know), and a
 * homepage must be an http(s) address, since the dashboard links to it.
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
    if (update.homepage_url != null && !isHttpUrl(update.homepage_url)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: 'homepage_url' must be an http:// or https:// address")
    }
  }
)
