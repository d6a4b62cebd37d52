import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { recordConsentWorkflow } from "../../../../../../workflows/record-consent"
import { consentResponse } from "../../../../../utils/consent-response"
import { requestMetadata } from "../../../../../utils/request-metadata"
import type { StoreRecordConsentType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const overview = await privacy.getConsentOverview({ customer_id: req.auth_context.actor_id })
  res.json(consentResponse(privacy, overview))
}

/** The customer grants or withdraws a consent themselves; this is the only way back after an objection. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRecordConsentType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { purpose, channel, granted, source, notice_version, language } = req.validatedBody
  await recordConsentWorkflow(req.scope).run({
    input: {
      subject: { customer_id: customerId },
      purpose,
      channel,
      granted,
      source,
      notice_version,
      language,
      actor: { type: "customer", id: customerId },
      request: requestMetadata(req),
    },
  })
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  res.json(consentResponse(privacy, await privacy.getConsentOverview({ customer_id: customerId })))
}
