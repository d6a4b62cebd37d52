import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import { roleSatisfies } from "../../../../../../modules/privacy/lib/staff-roles"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { resolveStaffAccess } from "../../../../../access/staff-role"
import { requestActionRoute } from "../../../../../utils/request-action-route"
import { keptFromTimeline } from "../../../../../utils/request-kept"

/**
 * The answer: what was done goes to the person in their language; what the
 * request's erasure kept (bookkeeping, proof of consents) makes it a partial
 * answer that says why and until when, unless `outcome` says otherwise.
 * Agents complete requests; one that asks for erasure only an officer.
 */
export const POST = requestActionRoute("complete", async (req: AuthenticatedMedusaRequest) => {
  const { request, events } = await req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE).retrieveRequest(req.params.id)
  if (request.rights.includes("erasure") && !roleSatisfies((await resolveStaffAccess(req)).role, "privacy_officer")) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Request ${request.reference} asks for erasure: completing it needs the privacy_officer role`)
  }
  return { kept: keptFromTimeline(events) }
})
