import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openRecipientTasksFor } from "../../../../../../disclosures/announce-tasks"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { answerConflicts } from "../../../../../utils/answer-conflicts"
import { requestResponse } from "../../../../../utils/request-response"
import { linkToRequest, requestToActOn } from "../../../../../utils/request-work"

/**
 * Links what staff did elsewhere for the request: a rectification through
 * the profile or core's customer edit (`profile_change`), a consent event, a
 * disclosure to a recipient.
 */
export const POST = answerConflicts(async (req: AuthenticatedMedusaRequest<{ kind: "consent_event" | "profile_change" | "disclosure"; id: string; note?: string }>, res: MedusaResponse) => {
  const request = await requestToActOn(req)
  const { kind, id, note } = req.validatedBody
  const updated = await linkToRequest(req, { kind, id, ...(note ? { note } : {}) })
  if (kind === "profile_change") {
    // Art. 19: a rectification is told to every recipient the log shows had the data.
    await openRecipientTasksFor(req.scope, { customer_id: request.customer_id, change: "rectification", request_id: request.id })
  }
  res.json({ request: requestResponse(req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE), updated) })
})
