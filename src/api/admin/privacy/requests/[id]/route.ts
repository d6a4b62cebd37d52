import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../modules/privacy/service"
import { requestEventResponse, requestLinks, requestResponse } from "../../../../utils/request-response"

/** One request with its timeline and what was done for it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { request, events } = await privacy.retrieveRequest(req.params.id)
  res.json({
    request: { ...requestResponse(privacy, request), timeline: events.map(requestEventResponse), links: requestLinks(events) },
  })
}
