import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { progressDataSubjectRequestWorkflow } from "../../../../../../workflows/progress-data-subject-request"
import { staffActor } from "../../../../../utils/request-actor"
import { answerConflicts } from "../../../../../utils/answer-conflicts"
import { requestResponse, restrictionResponse } from "../../../../../utils/request-response"

/**
 * Lifts the restriction standing for the request's person (Art. 18(3): the
 * person is told before it is lifted; the note records how). Allowed on a
 * closed request too: a restriction outlives the request that started it.
 */
export const POST = answerConflicts(async (req: AuthenticatedMedusaRequest<{ note: string }>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { request } = await privacy.retrieveRequest(req.params.id)
  const lifted = await privacy.liftRestriction({ customer_id: request.customer_id, email: request.email }, req.auth_context.actor_id)
  if (!lifted.length) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `No restriction stands for the person of request ${request.reference}`)
  }
  const { result } = await progressDataSubjectRequestWorkflow(req.scope).run({
    input: { id: request.id, change: { action: "note", actor: staffActor(req), note: `Restriction lifted: ${req.validatedBody.note}` } },
  })
  res.json({ request: requestResponse(privacy, result.request), restrictions: lifted.map(restrictionResponse) })
})
