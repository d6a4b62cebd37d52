import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import { STAFF_CONSENT_SOURCES, type ConsentSource } from "../../modules/privacy/lib/constants"
import type PrivacyModuleService from "../../modules/privacy/service"

type Input = { purpose: string; source: ConsentSource; actor: { type: string } }

/**
 * The purpose must be one the shop asks consent for, and the source must fit
 * who acts: staff record what reached them by phone, e-mail or letter; a
 * customer acts in the storefront, at checkout or in their account.
 */
export const validateConsentRequestStep = createStep(
  "validate-consent-request",
  async ({ purpose, source, actor }: Input, { container }) => {
    const { consent } = container.resolve<PrivacyModuleService>(PRIVACY_MODULE).getOptions()
    const purposes = consent.purposes.map((configured) => configured.key)
    // A genuine unsubscribe link withdraws even a purpose the shop has since dropped.
    if (!purposes.includes(purpose) && source !== "unsubscribe_link") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid request: 'purpose' must be one of ${purposes.join(", ")}, got '${purpose}'`
      )
    }
    const staff = actor.type === "user" || actor.type === "api-key"
    const staffSource = (STAFF_CONSENT_SOURCES as readonly string[]).includes(source)
    if (staff !== staffSource && source !== "import") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        staff
          ? `Invalid request: 'source' must be one of ${STAFF_CONSENT_SOURCES.join(", ")} when staff record a consent`
          : `Invalid request: 'source' ${source} is for staff`
      )
    }
  }
)
