import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

export const INVALID_JOIN_LINK = "This link is not valid"

/** A genuine, unexpired join link whose account still has the address the link was sent to. */
export const verifyConsentJoinTokenStep = createStep("verify-consent-join-token", async (token: string, { container }) => {
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const target = privacy.verifyConsentJoinToken(token)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [customer] } = target
    ? await query.graph({ entity: "customer", fields: ["id", "email", "has_account"], filters: { id: target.customer_id } })
    : { data: [] }
  if (!target || !customer?.has_account || !privacy.isSameAddress(target, customer.email)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, INVALID_JOIN_LINK)
  }
  return new StepResponse({ customer_id: customer.id as string, email: customer.email as string })
})
