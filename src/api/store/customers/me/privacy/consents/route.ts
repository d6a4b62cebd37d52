import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { confirmGrantByMailboxWorkflow } from "../../../../../../workflows/confirm-grant-by-mailbox"
import { recordConsentWorkflow } from "../../../../../../workflows/record-consent"
import { consentResponse } from "../../../../../utils/consent-response"
import { requestMetadata } from "../../../../../utils/request-metadata"
import type { StoreRecordConsentType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const overview = await privacy.getConsentOverview({ customer_id: req.auth_context.actor_id })
  res.json(consentResponse(privacy, overview))
}

/**
 * The customer grants or withdraws a consent themselves; this is the only way
 * back after an objection. A grant that the owner of the account's e-mail
 * address objected to before (as a subscriber, histories not joined) waits for
 * that mailbox's confirmation instead: 202 `{ status: "confirmation_sent" }`.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRecordConsentType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { purpose, channel, granted, source, notice_version, language } = req.validatedBody
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const email = granted ? await customerEmail(req, customerId) : null
  if (email && (await privacy.hasObjected({ email }, purpose, channel))) {
    const { result } = await confirmGrantByMailboxWorkflow(req.scope).run({
      input: { customer_id: customerId, email, purpose, channel, source, notice_version, language, request: requestMetadata(req) },
    })
    res.status(202).json(result)
    return
  }
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
  res.json(consentResponse(privacy, await privacy.getConsentOverview({ customer_id: customerId })))
}

async function customerEmail(req: AuthenticatedMedusaRequest, customerId: string): Promise<string | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [customer] } = await query.graph({ entity: "customer", fields: ["email"], filters: { id: customerId } })
  return customer?.email ?? null
}
