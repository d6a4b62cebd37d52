import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

/**
 * The privacy notice a person is shown: in the language they asked for, else
 * their profile's, else the shop's default. Its version goes into the ledger.
 */
export const noticeForLanguageStep = createStep(
  "notice-for-language",
  async ({ language, customer_id }: { language?: string | null; customer_id?: string | null }, { container }) => {
    let wanted = language ?? undefined
    if (!wanted && customer_id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [profile] } = await query.graph({
        entity: "privacy_profile",
        fields: ["language"],
        filters: { customer_id },
      })
      wanted = profile?.language
    }
    const notice = container.resolve<PrivacyModuleService>(PRIVACY_MODULE).getNotice(wanted)
    return new StepResponse({ language: notice.language, version: notice.version })
  }
)
