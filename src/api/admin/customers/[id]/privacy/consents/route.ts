import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { recordConsentWorkflow } from "../../../../../../workflows/record-consent"
import { assertCustomerExists } from "../../../../../utils/assert-customer-exists"
import { consentResponse } from "../../../../../utils/consent-response"
import type { AdminRecordConsentType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertCustomerExists(req.scope, req.params.id)
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  res.json(consentResponse(privacy, await privacy.getConsentOverview({ customer_id: req.params.id }), { forStaff: true }))
}

/**
 * Staff record a consent or withdrawal that reached them by phone, e-mail or
 * letter. A grant after the customer's objection is refused (403).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRecordConsentType>, res: MedusaResponse) => {
  await assertCustomerExists(req.scope, req.params.id)
  const { purpose, channel, granted, source, note } = req.validatedBody
  await recordConsentWorkflow(req.scope).run({
    input: {
      subject: { customer_id: req.params.id },
      purpose,
      channel,
      granted,
      source,
      note,
      actor: { type: req.auth_context.actor_type === "api-key" ? "api-key" : "user", id: req.auth_context.actor_id },
    },
  })
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  res.json(consentResponse(privacy, await privacy.getConsentOverview({ customer_id: req.params.id }), { forStaff: true }))
}
