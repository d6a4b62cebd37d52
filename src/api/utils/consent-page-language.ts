import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type { UnsubscribeTarget } from "../../modules/privacy/consent/unsubscribe-token"
import type PrivacyModuleService from "../../modules/privacy/service"

/** The language of the person a link is for: their profile's, else their subscription's, else the shop's. */
export async function languageOfTarget(scope: MedusaContainer, target: UnsubscribeTarget | undefined): Promise<string> {
  const privacy = scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  let language: string | null | undefined
  if (target && "customer_id" in target) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [profile] } = await query.graph({
      entity: "privacy_profile",
      fields: ["language"],
      filters: { customer_id: target.customer_id },
    })
    language = profile?.language
  } else if (target) {
    language = (await privacy.findConsentSubject(target.subject_id))?.language
  }
  return privacy.getNotice(language ?? undefined).language
}
