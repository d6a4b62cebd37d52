import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { recordDataSubjectRequestWorkflow } from "../../../../workflows/record-data-subject-request"
import { ownRequest, requestResponse } from "../../../utils/request-response"
import type { StoreCreateRequestType } from "./validators"

/**
 * A request from the storefront. A signed-in customer's is verified by the
 * session and answered with the request. Anyone else names an address and
 * gets a verification link there; the answer is the same whether or not the
 * address is known, and nothing is done before the link is used.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateRequestType>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { rights, email, language, message } = req.validatedBody
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const options = privacy.getOptions()
  if (customerId) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerId } })
    const { result } = await recordDataSubjectRequestWorkflow(req.scope).run({
      input: {
        rights,
        channel: "account",
        customer_id: customerId,
        email: data[0]?.email ?? null,
        language: language ?? options.defaultLanguage,
        verification_method: "session",
        note: message ?? null,
        actor: { type: "customer", id: customerId },
      },
    })
    res.status(201).json({ request: ownRequest(requestResponse(privacy, result)) })
    return
  }
  if (!email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "'email' is required without a signed-in customer: the verification link goes there")
  }
  await recordDataSubjectRequestWorkflow(req.scope).run({
    input: { rights, channel: "web_form", email, language: language ?? options.defaultLanguage, awaiting_verification: true, note: message ?? null, actor: { type: "subject", id: null } },
  })
  res.status(202).json({ message: "If the address is right, a link to confirm the request is on its way to it. Nothing is done until the link is used." })
}
