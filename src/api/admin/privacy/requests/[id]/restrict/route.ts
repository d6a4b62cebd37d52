import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openRecipientTasksFor } from "../../../../../../disclosures/announce-tasks"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { answerConflicts } from "../../../../../utils/answer-conflicts"
import { requestResponse, restrictionResponse } from "../../../../../utils/request-response"
import { linkToRequest, requestToActOn } from "../../../../../utils/request-work"

/**
 * Restriction (Art. 18): from now on the person is left out of every
 * marketing audience, and retention keeps their data (a legal hold with this
 * reason) until the restriction is lifted.
 */
export const POST = answerConflicts(async (req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) => {
  const request = await requestToActOn(req)
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { restriction, created } = await privacy.restrictProcessing({
    customer_id: request.customer_id,
    email: request.email,
    request_id: request.id,
    reason: req.validatedBody.reason,
    actor_id: req.auth_context.actor_id,
  })
  const updated = await linkToRequest(req, { kind: "restriction", id: restriction.id })
  // Art. 19: every recipient the log shows had the data is to be told of the restriction.
  await openRecipientTasksFor(req.scope, { customer_id: request.customer_id, change: "restriction", request_id: request.id })
  res.status(created ? 201 : 200).json({ request: requestResponse(privacy, updated), restriction: restrictionResponse(restriction) })
})
