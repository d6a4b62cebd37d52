import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { ownRequest, requestResponse } from "../../../../../utils/request-response"

/** The signed-in customer's own requests, newest first, with status and due date. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const rows = await privacy.listRequests({ customer_id: req.auth_context.actor_id, order: "-received_at", limit: 100 })
  res.json({ requests: rows.map((row) => ownRequest(requestResponse(privacy, row))) })
}
