import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
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
  await requestToActOn(req)
  const { kind, id, note } = req.validatedBody
  const updated = await linkToRequest(req, { kind, id, ...(note ? { note } : {}) })
  res.json({ request: requestResponse(req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE), updated) })
})
